export { detectCrisis } from './crisisDetector';
export type { CrisisKind, CrisisSignal } from './crisisDetector';
export { safetyMessage, ssnNotice } from './safetyMessages';
export type { Lang } from './safetyMessages';
export { findSsn, redactSsn } from './sensitiveData';
export { soundsUrgent } from './safetyNet';
