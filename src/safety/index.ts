export { detectCrisis } from './crisisDetector';
export type { CrisisKind, CrisisSignal } from './crisisDetector';
export { asksPoisonControlNumber, poisonControlNumber, safetyMessage, ssnNotice } from './safetyMessages';
export type { Lang, SafetyKind, SafetySignal } from './safetyMessages';
export { findSsn, redactSsn } from './sensitiveData';
export { safetyNet, soundsUrgent } from './safetyNet';
