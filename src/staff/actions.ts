import { HttpError } from '../http/errors';
import type { StaffIdentity } from '../referrals/http/staffAuth';
import type { BusinessCalendar } from '../referrals/businessDays';
import type { MessageDelivery, Outcome, Referral, ReferralStatus } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { AssignmentConflictError, InvalidTransitionError, ReferralNotFoundError, StatusConflictError, type ReferralRepository } from '../referrals/store';
import { referralForStaff, staffRef } from './access';
import { careCoordinatorDueDate } from './deadlines';
import type { StaffMessenger } from './staffMessenger';
import { familyTemplates, FREE_TEMPLATE, UNSUBSCRIBE_WORDS } from './templates';

export interface StaffActionsDeps {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  /** Needed only to message families. */
  messenger?: StaffMessenger;
  now?: () => Date;
}

export interface StatusChangeRequest {
  to: ReferralStatus;
  reason?: string;
  outcome?: Outcome;
  note?: string;
}

export interface MessageRequest {
  templateId: string;
  /** The template's text as staff edited it; the template as is when omitted. */
  text?: string;
}

/** A store refusal as the HTTP answer staff get: someone else got there first (409), or it is gone (404). */
async function asHttp<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AssignmentConflictError || error instanceof StatusConflictError || error instanceof InvalidTransitionError) {
      throw new HttpError(409, error.message);
    }
    if (error instanceof ReferralNotFoundError) throw new HttpError(404, error.message);
    throw error;
  }
}

/**
 * Everything staff do to a referral. Each action checks that the referral is in one of the
 * staff member's queues (403) and changes it in one conditional store update that also writes
 * its audit line (who, what, when).
 */
export class StaffActions {
  private readonly now: () => Date;

  constructor(private readonly deps: StaffActionsDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The office's calendar date. */
  today(): string {
    return this.deps.calendar.localDate(this.now());
  }

  /** Opening a submitted referral marks it received: that is how the family learns someone opened it. */
  async open(staff: StaffIdentity, id: string): Promise<Referral> {
    const referral = await referralForStaff(this.deps.store, staff, id);
    if (referral.status !== 'submitted') return referral;
    const { id: by, name: byName } = staffRef(staff);
    try {
      return await this.deps.store.updateStatus(id, { to: 'received', by, byName, at: this.now() });
    } catch (error) {
      // A colleague opened it at the same moment: theirs is the "received" line.
      if (error instanceof StatusConflictError) return referralForStaff(this.deps.store, staff, id);
      throw error;
    }
  }

  async claim(staff: StaffIdentity, id: string, takeOver = false): Promise<Referral> {
    await referralForStaff(this.deps.store, staff, id);
    return asHttp(() => this.deps.store.claim(id, { staff: staffRef(staff), takeOver, at: this.now() }));
  }

  async release(staff: StaffIdentity, id: string): Promise<Referral> {
    await referralForStaff(this.deps.store, staff, id);
    return asHttp(() => this.deps.store.release(id, { staff: staffRef(staff), at: this.now() }));
  }

  async changeStatus(staff: StaffIdentity, id: string, change: StatusChangeRequest): Promise<Referral> {
    await referralForStaff(this.deps.store, staff, id);
    const { id: by, name: byName } = staffRef(staff);
    return asHttp(() => this.deps.store.updateStatus(id, { ...change, by, byName, at: this.now() }));
  }

  async addNote(staff: StaffIdentity, id: string, text: string): Promise<Referral> {
    await referralForStaff(this.deps.store, staff, id);
    return asHttp(() => this.deps.store.addRecord(id, { staff: staffRef(staff), entry: { action: 'note', text }, at: this.now() }));
  }

  /** Illinois HSP: the care coordinator's contact is due 15 days after the notice staff received. */
  async setCareCoordinatorNotice(staff: StaffIdentity, id: string, noticedOn: string): Promise<Referral> {
    const referral = await referralForStaff(this.deps.store, staff, id);
    if (referral.region !== 'IL') throw new HttpError(400, 'The HSP 15-day rule applies to Illinois referrals only');
    if (noticedOn > this.today()) throw new HttpError(400, 'Invalid request: noticedOn cannot be in the future');
    const update = { noticedOn, dueDate: careCoordinatorDueDate(noticedOn) };
    return asHttp(() => this.deps.store.setCareCoordinatorUpdate(id, { staff: staffRef(staff), update, at: this.now() }));
  }

  /** Messages the family from a template (optionally edited), and records what happened in the audit trail. */
  async message(staff: StaffIdentity, id: string, request: MessageRequest): Promise<{ delivery: MessageDelivery; referral: Referral }> {
    const { messenger, store, router, calendar } = this.deps;
    if (!messenger) throw new Error('[StaffActions]: messaging needs a StaffMessenger');
    const referral = await referralForStaff(store, staff, id);
    const template = familyTemplates(referral, { router, calendar, today: this.today() }).find((t) => t.id === request.templateId);
    if (!template) throw new HttpError(400, `Invalid request: templateId ${request.templateId} is not a template`);
    const text = (request.text ?? template.text).trim();
    if (request.templateId === FREE_TEMPLATE && text === template.text.trim()) throw new HttpError(400, 'Invalid request: write the message first');
    if (referral.contact.channel === 'sms' && UNSUBSCRIBE_WORDS.test(text)) {
      throw new HttpError(400, 'Invalid request: CANCEL and QUIT unsubscribe the family on SMS, so a message to them may not mention either');
    }
    const at = this.now();
    const delivery = await messenger.send(referral, staffRef(staff), text, at);
    const entry = { action: 'messaged' as const, text, templateId: template.id, delivery };
    return { delivery, referral: await asHttp(() => store.addRecord(id, { staff: staffRef(staff), entry, at })) };
  }
}
