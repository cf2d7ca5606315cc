import type { ConversationReference } from 'botbuilder-core';
import type { Lang } from '../i18n';
import type { REFERRAL_SK } from '../storage/keys';

/**
 * The referral model shared by intake (this issue), the staff console (issue 5) and status
 * updates to families (issue 11). One item per referral or handoff, keyed `REFERRAL#<id>`;
 * see src/storage/keys.ts for the key layout and {@link ReferralItem} for the stored shape.
 */

/** What staff receive: a full referral, a "talk to a person" request, or an urgent (crisis) handoff. */
export type ReferralKind = 'referral' | 'handoff' | 'urgent';

/**
 * Lifecycle: `submitted` (the bot wrote it) → `received` (staff opened it) → `in_progress`
 * (optionally with a reason such as `waiting_for_records`) → `closed` with an {@link Outcome}.
 * A closed item may be reopened to `in_progress`.
 */
export const STATUSES = ['submitted', 'received', 'in_progress', 'closed'] as const;
export type ReferralStatus = (typeof STATUSES)[number];

export const OUTCOMES = ['eligible', 'not_eligible', 'referred_elsewhere', 'could_not_reach', 'withdrawn'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Allowed status changes. `in_progress → in_progress` records a new reason (e.g. now waiting for records). */
export const TRANSITIONS: Record<ReferralStatus, readonly ReferralStatus[]> = {
  submitted: ['received', 'in_progress', 'closed'],
  received: ['in_progress', 'closed'],
  in_progress: ['in_progress', 'closed'],
  closed: ['in_progress'],
};

export function canTransition(from: ReferralStatus, to: ReferralStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

/** What a history line records: the bot's and notifier's steps, and every staff action (the audit trail). */
export type HistoryAction = 'created' | 'status' | 'notified' | 'note' | 'claimed' | 'released' | 'messaged' | 'deadline';

/**
 * What became of a staff message to the family: `sent` (Twilio accepted the text, or the web
 * chat got it proactively), `chat_history` (web, no proactive channel: the chat page shows it
 * from the transcript), `opted_out` (the number texted STOP: nothing was sent), `uncertain`
 * (Twilio did not answer: it may have gone out; check Twilio's log before sending it again).
 */
export type MessageDelivery = 'sent' | 'chat_history' | 'opted_out' | 'uncertain';

/** Whether the family has the message: Twilio took the text, or it is in their web chat. */
export function reachedFamily(delivery: string | undefined): boolean {
  return delivery === 'sent' || delivery === 'chat_history';
}

/** A staff message's line in the history: its delivery, or `already_told` (not sent: an automatic status text had just told the family the same thing). */
export type StaffMessageOutcome = MessageDelivery | 'already_told';

/** One line of a referral's audit trail, kept in the item's `history` list (oldest first). */
export interface HistoryEntry {
  at: string;
  /** `bot`, `notifier`, or the staff member's id (the JWT `sub`, or `staff-token` locally). */
  by: string;
  /** How staff recognise who it was (their email), when known. */
  byName?: string;
  action: HistoryAction;
  from?: ReferralStatus;
  to?: ReferralStatus;
  reason?: string;
  outcome?: Outcome;
  /** `note`: what staff wrote; `status`: why, in their words; `messaged`: the message as sent to the family. */
  text?: string;
  /** `messaged`: the template it started from. */
  templateId?: string;
  delivery?: StaffMessageOutcome;
  /** `claimed` over someone else's claim: whose it was. */
  previous?: string;
  /** `deadline`: the due date set, and the date it was computed from. */
  dueDate?: string;
  noticedOn?: string;
}

/** Who a staff action is recorded as. */
export interface StaffRef {
  id: string;
  /** Email, when the sign-in carries one. */
  name?: string;
}

/** The staff member working a referral (claim / release). */
export interface Assignee extends StaffRef {
  at: string;
}

/**
 * Illinois Home Services Program: an MCO must give HSP the care coordinator's contact within 15
 * days of the notice (of a member's waiver assignment, or of a coordinator change). Staff record
 * the notice date; the due date follows from it.
 */
export interface CareCoordinatorUpdate {
  /** ISO date of the notice. */
  noticedOn: string;
  /** ISO date: `noticedOn` + 15 calendar days. */
  dueDate: string;
}

export type Channel = 'sms' | 'web';

/**
 * How to reach the person back. SMS: the phone they texted from (`key` = E.164). Web: the Bot
 * Framework conversation id, with the reference a proactive message needs (issue 11).
 */
export interface ContactKey {
  channel: Channel;
  key: string;
  conversationReference?: Partial<ConversationReference>;
}

export type ReferrerRole = 'parent' | 'provider' | 'other';
export type MediCal = 'full' | 'limited' | 'yes' | 'no' | 'unsure';
export type YesNoUnsure = 'yes' | 'no' | 'unsure';

export interface Referrer {
  role: ReferrerRole;
  name?: string;
  practiceName?: string;
  /** 10-digit NPI, Luhn-checked (prefix 80840). */
  npi?: string;
  /** E.164. */
  fax?: string;
}

export interface Child {
  firstName: string;
  lastName: string;
  /** ISO date. */
  dateOfBirth: string;
}

/** Emergency admission at a hospital that is not CCS-approved: the county must get the referral by the next business day. */
export interface EmergencyAdmission {
  admittedOn: string;
  /** ISO date: next California business day after admission. */
  dueDate: string;
}

/** Per-channel state of the staff notification, so a retried stream record never sends twice. */
export interface NotificationState {
  /** `failed`: certainly not sent, may be retried; `uncertain`: may have gone out, never resent automatically. */
  status: 'sending' | 'sent' | 'failed' | 'uncertain';
  at: string;
  attempts: number;
  /** Twilio message sid or SES message id. */
  messageId?: string;
  error?: string;
}

/** Which staff notification a claim is for: the queue's own channel, or a told plan team's (`email:wcm-partnership`). */
export type NotificationKey = 'sms' | 'email' | `${'sms' | 'email'}:${string}`;

export interface QueueRef {
  id: string;
  name: string;
}

/** A referral or handoff as the rest of the code sees it (the stored item minus key attributes). */
export interface Referral {
  /** Equals `code`, e.g. `CCS-7K3F9Q`: short, unambiguous, read out over the phone. */
  id: string;
  code: string;
  kind: ReferralKind;
  /** Hash of what created it (conversation + intake start, or + the activity for a handoff): the idempotency key. */
  sourceKey: string;
  status: ReferralStatus;
  statusChangedAt: string;
  statusReason?: string;
  outcome?: Outcome;
  history: HistoryEntry[];
  queue: QueueRef;
  region: 'CA' | 'IL';
  county?: string;
  channel: Channel;
  contact: ContactKey;
  /** Language of the conversation (what the bot and status updates speak). */
  language: Lang;
  /** Language the person wants the office to use: `en`, `es` or what they typed ("Hmong"). */
  preferredLanguage?: string;
  /** Whether the person wants text/chat updates about this referral (issue 11). */
  updatesOptIn: boolean;
  /** Best phone to reach them, E.164. */
  phone?: string;
  referrer?: Referrer;
  child?: Child;
  /** The health condition in the person's own words. */
  condition?: string;
  mediCal?: MediCal;
  /** The child's Medi-Cal plan as named in the intake (a plan from content/counties.json, `other` or `unsure`). */
  mediCalPlan?: string;
  /** Whole Child Model plan care teams told about it besides the queue that has it (the county office). */
  alsoTold?: QueueRef[];
  openToCcs?: YesNoUnsure;
  emergency?: EmergencyAdmission;
  /** ISO date: an emergency admission's (copy of emergency.dueDate) or the HSP care-coordinator update's. */
  dueDate?: string;
  careCoordinatorUpdate?: CareCoordinatorUpdate;
  /** Who is working it; unset while nobody has claimed it. */
  assignee?: Assignee;
  /** ISO date by which staff should make first contact: the staff target in content/routing.json, never told to families as a promise. */
  firstContactDue: string;
  /** ISO date by which the office has confirmed it makes first contact; set only for an office that confirmed a time. */
  confirmedFirstContactDue?: string;
  consentAt?: string;
  /** Handoffs: why, and what the dialog knew. The conversation itself is in the transcript store, by `contact`. */
  handoff?: HandoffDetails;
  /** Keyed `sms` / `email` for the queue's own targets, `sms:<queue>` / `email:<queue>` for a plan team told as well. */
  notifications?: Partial<Record<NotificationKey, NotificationState>>;
  notifiedAt?: string;
  createdAt: string;
}

/** What the intake or a handoff hands to the store; id, code, status, history and staff work are the store's. */
export type NewReferral = Omit<
  Referral,
  'id' | 'code' | 'status' | 'statusChangedAt' | 'history' | 'notifications' | 'notifiedAt' | 'assignee' | 'careCoordinatorUpdate'
>;

/**
 * What the intake has gathered so far. Lives in the dialog state (DynamoDB, 30-day TTL), so an
 * SMS intake paused for hours continues where it stopped.
 */
export interface ReferralDraft {
  /** Identifies this intake (conversation + the activity that started it): the referral's idempotency source. */
  intakeId: string;
  startedAt: string;
  role?: ReferrerRole;
  referrerName?: string;
  childFirstName?: string;
  childLastName?: string;
  dateOfBirth?: string;
  region?: 'CA' | 'IL';
  county?: string;
  condition?: string;
  mediCal?: MediCal;
  /** Asked in a Whole Child Model county after full-scope Medi-Cal: one of its plans, `other` or `unsure`. */
  mediCalPlan?: string;
  openToCcs?: YesNoUnsure;
  practiceName?: string;
  npi?: string;
  fax?: string;
  emergency?: YesNoUnsure;
  admittedOn?: string;
  phone?: string;
  /** `en`, `es` or `other` (then `preferredLanguageOther` holds what they typed). */
  preferredLanguage?: 'en' | 'es' | 'other';
  preferredLanguageOther?: string;
  updatesOptIn?: boolean;
  /** Handoffs only: the person chose to be answered in the web chat rather than called. */
  replyInChat?: boolean;
  /** Handoffs only: the county is unknown and the person said so. */
  countyUnknown?: boolean;
}

export interface HandoffDetails {
  reason: 'person' | 'crisis';
  /** Which question the person was on, if any (e.g. `dateOfBirth`). */
  during?: string;
  /** What the conversation had established (the intake's answers so far). */
  known?: Partial<Omit<ReferralDraft, 'intakeId' | 'startedAt'>>;
}

/** The stored item: the referral plus the single-table key attributes. */
export interface ReferralItem extends Referral {
  pk: string;
  sk: typeof REFERRAL_SK;
  type: 'referral';
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  expiresAt: number;
}
