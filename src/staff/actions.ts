import { HttpError } from '../http/errors';
import type { StaffIdentity } from './http/staffAuth';
import { CA_TIME_ZONE, type BusinessCalendar } from '../referrals/businessDays';
import type { MessageDelivery, Outcome, Referral, ReferralStatus, StaffMessageOutcome } from '../referrals/model';
import type { Router } from '../referrals/routing';
import { AssignmentConflictError, InvalidTransitionError, ReferralNotFoundError, StatusConflictError, type ReferralRepository } from '../referrals/store';
import { referralForStaff, staffRef } from './access';
import { careCoordinatorDueDate } from './deadlines';
import type { StaffMessenger } from './staffMessenger';
import type { StatusTexts } from '../family/statusTexts';
import { UNSUBSCRIBE_WORDS } from './familyMessageRules';
import { familyTemplates, FREE_TEMPLATE, type FamilyTemplate } from './templates';

export interface StaffActionsDeps {
  store: ReferralRepository;
  router: Router;
  calendar: BusinessCalendar;
  /** Needed only to message families. */
  messenger?: StaffMessenger;
  /** Needed only for the family templates: what the automatic status texts already told. */
  statusTexts?: StatusTexts;
  now?: () => Date;
}

/** A template the console offers; `unavailable` says why it may not be sent now. */
export interface OfferedTemplate extends FamilyTemplate {
  unavailable?: string;
}

/** How long a template that repeats an automatic status text stays held back after that text went out. */
const REPEAT_WINDOW_MS = 24 * 3600_000;

// Made on first use: a formatter with a time zone takes ~3 ms to build, at every cold start otherwise.
let toldAtFormat: Intl.DateTimeFormat | undefined;

function alreadyTold(at: Date): string {
  toldAtFormat ??= new Intl.DateTimeFormat('en-US', {
    timeZone: CA_TIME_ZONE,
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  return `The family was already told this at ${toldAtFormat.format(at)} by the automatic status update. To add something, write your own message.`;
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

  /**
   * The family templates for this referral, filled in. One that repeats an automatic status text
   * the family received in the last 24 hours is `unavailable`: never tell a family the same thing twice.
   */
  async templates(referral: Referral): Promise<OfferedTemplate[]> {
    const { statusTexts, router, calendar } = this.deps;
    if (!statusTexts) throw new Error('[StaffActions]: templates need the StatusTexts');
    const since = new Date(this.now().getTime() - REPEAT_WINDOW_MS);
    return Promise.all(
      familyTemplates(referral, { router, calendar, today: this.today() }).map(async (template) => {
        const toldAt = template.repeats && (await statusTexts.lastToldAt(referral, template.repeats, since));
        return toldAt ? { ...template, unavailable: alreadyTold(toldAt) } : template;
      }),
    );
  }

  /**
   * Messages the family from a template (optionally edited), and records what happened in the
   * audit trail; a template the status text already said is refused (409, nothing sent) and the
   * attempt recorded.
   */
  async message(staff: StaffIdentity, id: string, request: MessageRequest): Promise<{ delivery: MessageDelivery; referral: Referral }> {
    const { messenger, store } = this.deps;
    if (!messenger) throw new Error('[StaffActions]: messaging needs a StaffMessenger');
    const referral = await referralForStaff(store, staff, id);
    const template = (await this.templates(referral)).find((t) => t.id === request.templateId);
    if (!template) throw new HttpError(400, `Invalid request: templateId ${request.templateId} is not a template`);
    const text = (request.text ?? template.text).trim();
    if (request.templateId === FREE_TEMPLATE && text === template.text.trim()) throw new HttpError(400, 'Invalid request: write the message first');
    if (referral.contact.channel === 'sms' && UNSUBSCRIBE_WORDS.test(text)) {
      throw new HttpError(400, 'Invalid request: CANCEL and QUIT unsubscribe the family on SMS, so a message to them may not mention either');
    }
    const at = this.now();
    const record = (delivery: StaffMessageOutcome) =>
      asHttp(() => store.addRecord(id, { staff: staffRef(staff), entry: { action: 'messaged', text, templateId: template.id, delivery }, at }));
    if (template.unavailable) {
      await record('already_told');
      throw new HttpError(409, template.unavailable);
    }
    const delivery = await messenger.send(referral, staffRef(staff), text, at);
    return { delivery, referral: await record(delivery) };
  }
}
