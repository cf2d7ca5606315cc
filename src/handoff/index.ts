export { createHandoff, handoffReplies, type HandoffRequest, type HandoffResult } from './handoffService';
