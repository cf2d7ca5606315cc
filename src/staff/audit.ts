import type { StaffIdentity } from './http/staffAuth';
import { logger } from '../observability/logger';

/**
 * Staff reads of personal data (opening a referral, exporting a queue) change nothing on the
 * referral, so they are audited as structured log lines (CloudWatch keeps them) rather than in
 * its history. Every change is audited in the referral's history by the store.
 */
export function auditRead(staff: StaffIdentity, action: 'viewed' | 'exported', details: { referralId?: string; queue?: string; count?: number }): void {
  logger.info('staff audit', { audit: action, staffId: staff.id, via: staff.via, ...details });
}
