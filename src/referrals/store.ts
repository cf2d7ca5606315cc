import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { contactIndexKey, contactSortKey, queueIndexKey, queueSortKey, REFERRAL_SK, referralKey } from '../storage/keys';
import { expiresInDays, TABLE_KEYS } from '../storage/table';
import { confirmationCode } from './code';
import {
  canTransition,
  type Assignee,
  type CareCoordinatorUpdate,
  type ContactKey,
  type HistoryEntry,
  type NewReferral,
  type NotificationKey,
  type NotificationState,
  type Outcome,
  type Referral,
  type ReferralItem,
  type ReferralStatus,
  type StaffRef,
} from './model';

export interface StatusChange {
  to: ReferralStatus;
  /** Staff id (JWT sub) or `bot` / `notifier`. */
  by: string;
  /** The staff member's email, for the audit trail. */
  byName?: string;
  reason?: string;
  /** Required when `to` is `closed`. */
  outcome?: Outcome;
  /** Why, in the staff member's words; kept on the history line. */
  note?: string;
  at?: Date;
}

export interface ListOptions {
  /** One status, or `open` (every status but closed). */
  status?: ReferralStatus | 'open';
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export type NotifyChannel = 'sms' | 'email';

export type ClaimResult = { claimed: true; attempts: number } | { claimed: false; state: NotificationState };

/** A staff action's audit line; the store adds the time. */
export type StaffEntry = Omit<HistoryEntry, 'at' | 'by' | 'byName'>;

/** History lines staff add without changing anything else: notes, and messages to the family. */
export type StaffRecord = StaffEntry & { action: 'note' | 'messaged' };

export class ReferralNotFoundError extends Error {
  constructor(id: string) {
    super(`Referral ${id} not found`);
    this.name = 'ReferralNotFoundError';
  }
}

/** Claimed by someone else (claim without take-over), or not claimed by this staff member (release). */
export class AssignmentConflictError extends Error {
  constructor(
    id: string,
    readonly assignee: Assignee | undefined,
  ) {
    super(assignee ? `Referral ${id} is claimed by ${assignee.name ?? assignee.id}` : `Referral ${id} is not claimed`);
    this.name = 'AssignmentConflictError';
  }
}

export class InvalidTransitionError extends Error {
  constructor(from: ReferralStatus, to: ReferralStatus) {
    super(`A referral cannot go from ${from} to ${to}`);
    this.name = 'InvalidTransitionError';
  }
}

export class StatusConflictError extends Error {
  constructor(id: string) {
    super(`Referral ${id} changed meanwhile; reload and try again`);
    this.name = 'StatusConflictError';
  }
}

/**
 * Referrals and handoffs in storage. {@link ReferralStore} holds the rules; it is implemented on
 * DynamoDB ({@link DynamoReferralStore}) and in memory for tests (test/helpers/memoryReferralStore.ts),
 * and one contract suite (test/helpers/referralStoreContract.ts) runs against both.
 */
export interface ReferralRepository {
  /**
   * Writes a new referral once per `sourceKey`: a second call with the same source (a Twilio
   * retry, an eTag re-run, a double tap) returns the stored one with `created: false`.
   */
  create(input: NewReferral): Promise<{ referral: Referral; created: boolean }>;
  get(id: string): Promise<Referral | undefined>;
  /** A queue's items, newest first, optionally of one status. */
  listByQueue(queueId: string, options?: ListOptions): Promise<{ referrals: Referral[]; cursor?: string }>;
  /** A person's own referrals, newest first ("my referrals", issue 11). */
  listByContact(contact: Pick<ContactKey, 'channel' | 'key'>, limit?: number): Promise<Referral[]>;
  /** How many of a queue's items have this status, or are open. */
  countByQueue(queueId: string, status: ReferralStatus | 'open'): Promise<number>;
  /** Moves a referral along its lifecycle, appending to its history; refuses transitions the model forbids. */
  updateStatus(id: string, change: StatusChange): Promise<Referral>;
  /**
   * Puts a staff member on the referral. Someone else's claim is refused ({@link AssignmentConflictError})
   * unless `takeOver`, which records whose it was. Claiming one's own again changes nothing.
   */
  claim(id: string, claim: { staff: StaffRef; takeOver?: boolean; at?: Date }): Promise<Referral>;
  /** Takes the assignee off; only they can ({@link AssignmentConflictError} otherwise). */
  release(id: string, release: { staff: StaffRef; at?: Date }): Promise<Referral>;
  /** Appends a note or a message record to the audit trail. */
  addRecord(id: string, record: { staff: StaffRef; entry: StaffRecord; at?: Date }): Promise<Referral>;
  /** Records an Illinois HSP care-coordinator notice and the due date it sets. */
  setCareCoordinatorUpdate(id: string, update: { staff: StaffRef; update: CareCoordinatorUpdate; at?: Date }): Promise<Referral>;
  /** Claims a staff notification channel before sending, so two deliveries of a stream record cannot both send. */
  claimNotification(id: string, channel: NotificationKey, at: Date): Promise<ClaimResult>;
  completeNotification(id: string, channel: NotificationKey, result: { messageId?: string; at: Date; attempts: number }): Promise<void>;
  /** The send certainly failed (nothing went out): a retry may claim the channel again. */
  failNotification(id: string, channel: NotificationKey, result: { error: string; at: Date; attempts: number; uncertain: boolean }): Promise<void>;
  /** Records that every channel was notified; false when it was already recorded. */
  markNotified(id: string, at: Date): Promise<boolean>;
}

/**
 * A page cursor of one queue's list: the last key DynamoDB returned, as base64url JSON. Anything
 * else (edited, truncated, another queue's) is not one: undefined, so callers refuse it (400)
 * instead of handing DynamoDB a start key it rejects.
 */
export function decodeQueueCursor(cursor: string, queueId: string): Record<string, string> | undefined {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const names = ['gsi1pk', 'gsi1sk', 'pk', 'sk'];
  if (typeof key !== 'object' || key === null || Array.isArray(key) || Object.keys(key).sort().join() !== names.join()) return undefined;
  const fields = key as Record<string, unknown>;
  return names.every((n) => typeof fields[n] === 'string') && fields.gsi1pk === queueIndexKey(queueId) ? (fields as Record<string, string>) : undefined;
}

function invalidCursor(): never {
  throw new RangeError('[ReferralStore]: not a cursor of this queue (validate it with decodeQueueCursor first)');
}

/**
 * Open statuses sort after `closed` ('closed' < 'in_progress' < 'received' < 'submitted'), so
 * one key range of the queue index holds every open item (test/unit/staff/staffStore.test.ts checks the order).
 */
export const OPEN_SORT_FROM = 'in_progress#';

/** The queue index key condition for one status, `open`, or all. */
function queueKeyCondition(queueId: string, status?: ReferralStatus | 'open') {
  const values: Record<string, string> = { ':pk': queueIndexKey(queueId) };
  if (!status) return { KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: values };
  if (status === 'open')
    return { KeyConditionExpression: 'gsi1pk = :pk AND gsi1sk >= :from', ExpressionAttributeValues: { ...values, ':from': OPEN_SORT_FROM } };
  return { KeyConditionExpression: 'gsi1pk = :pk AND begins_with(gsi1sk, :status)', ExpressionAttributeValues: { ...values, ':status': `${status}#` } };
}

/** Whether a referral is in a list filter (one status, or `open`): for stores that filter in code. */
export function matchesStatus(referral: Referral, status?: ReferralStatus | 'open'): boolean {
  return !status || (status === 'open' ? referral.status !== 'closed' : referral.status === status);
}

/** A staff action's history line. */
function staffHistory(staff: StaffRef, at: string, entry: StaffEntry): HistoryEntry {
  return plain({ at, by: staff.id, byName: staff.name, ...entry });
}

function assigneeOf(staff: StaffRef, at: string): Assignee {
  return plain({ id: staff.id, name: staff.name, at });
}

/** A deep copy without undefined fields (DynamoDB lists of maps must not carry them; the memory store hands out copies). */
export function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}

const KEY_ATTRIBUTES = ['pk', 'sk', 'type', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk', 'expiresAt'] as const;

export function fromItem(item: Record<string, unknown>): Referral {
  const copy = { ...item };
  for (const key of KEY_ATTRIBUTES) delete copy[key];
  return copy as unknown as Referral;
}

function newReferral(input: NewReferral, code: string): Referral {
  const created: HistoryEntry = { at: input.createdAt, by: 'bot', action: 'created', to: 'submitted' };
  return { ...input, id: code, code, status: 'submitted', statusChangedAt: input.createdAt, history: [created], notifications: {} };
}

function validateChange(current: Referral, change: StatusChange): void {
  if (!canTransition(current.status, change.to)) throw new InvalidTransitionError(current.status, change.to);
  if (change.to === 'closed' && !change.outcome) throw new Error('Closing a referral needs an outcome');
}

const MAX_CODE_TRIES = 6;

/** What must still hold when a change is written (checked in the same write): the optimistic-concurrency guard. */
export interface ChangeGuard {
  status?: ReferralStatus;
  statusChangedAt?: string;
  /** The assignee's id, or null for "nobody has claimed it". */
  assigneeId?: string | null;
}

/** Fields a change sets; a field given as undefined is removed. */
export type ReferralFields = Partial<
  Pick<Referral, 'status' | 'statusChangedAt' | 'statusReason' | 'outcome' | 'assignee' | 'careCoordinatorUpdate' | 'dueDate'>
>;

/** One change to a referral: its fields and its audit line, written together or not at all. */
export interface ReferralChange {
  /** The referral as read before the change (a subclass may derive index keys from it). */
  current: Referral;
  fields: ReferralFields;
  entry: HistoryEntry;
  guard: ChangeGuard;
  /** What a failed guard means. */
  conflict: () => Error | Promise<Error>;
}

/**
 * The referral rules, once for every storage: confirmation codes, which status changes are
 * allowed, who may claim or release, how each action is audited, and the notification claims.
 * Subclasses only store: they write a change with its history line atomically, honouring the
 * guard, and answer the queries.
 */
export abstract class ReferralStore implements ReferralRepository {
  abstract get(id: string): Promise<Referral | undefined>;
  abstract listByQueue(queueId: string, options?: ListOptions): Promise<{ referrals: Referral[]; cursor?: string }>;
  abstract listByContact(contact: Pick<ContactKey, 'channel' | 'key'>, limit?: number): Promise<Referral[]>;
  abstract countByQueue(queueId: string, status: ReferralStatus | 'open'): Promise<number>;
  /** Stores a new referral unless its id is taken; false when it is. */
  protected abstract insert(referral: Referral): Promise<boolean>;
  /** Applies the fields and appends the history line atomically if the referral exists and the guard holds; throws `conflict()` otherwise. */
  protected abstract apply(id: string, change: ReferralChange): Promise<Referral>;
  /**
   * Sets one notification channel's state (and appends `entry`), on an existing referral only.
   * `expectAttempts`: undefined = whatever is there, null = the channel must be unclaimed,
   * a number = the channel must have failed after that many attempts. False when that does not hold.
   */
  protected abstract writeNotification(
    id: string,
    channel: NotificationKey,
    state: NotificationState,
    options: { expectAttempts?: number | null; entry?: HistoryEntry },
  ): Promise<boolean>;
  /** Sets `notifiedAt` unless it is set already; false then (or when there is no such referral). */
  protected abstract setNotifiedOnce(id: string, at: string): Promise<boolean>;

  async create(input: NewReferral): Promise<{ referral: Referral; created: boolean }> {
    for (let salt = 0; salt < MAX_CODE_TRIES; salt++) {
      const referral = newReferral(input, confirmationCode(input.sourceKey, salt));
      if (await this.insert(referral)) return { referral, created: true };
      const existing = await this.get(referral.id);
      if (existing?.sourceKey === input.sourceKey) return { referral: existing, created: false };
      // A different referral has this code: try the next one.
    }
    throw new Error('[ReferralStore]: could not allocate a confirmation code');
  }

  async updateStatus(id: string, change: StatusChange): Promise<Referral> {
    const current = await this.require(id);
    validateChange(current, change);
    const at = (change.at ?? new Date()).toISOString();
    const entry: HistoryEntry = {
      at,
      by: change.by,
      byName: change.byName,
      action: 'status',
      from: current.status,
      to: change.to,
      reason: change.reason,
      outcome: change.outcome,
      text: change.note,
    };
    return this.apply(id, {
      current,
      fields: { status: change.to, statusChangedAt: at, statusReason: change.reason, outcome: change.to === 'closed' ? change.outcome : undefined },
      entry: plain(entry),
      guard: { status: current.status, statusChangedAt: current.statusChangedAt },
      conflict: () => new StatusConflictError(id),
    });
  }

  async claim(id: string, { staff, takeOver = false, at = new Date() }: { staff: StaffRef; takeOver?: boolean; at?: Date }): Promise<Referral> {
    const current = await this.require(id);
    const previous = current.assignee;
    if (previous?.id === staff.id) return current;
    if (previous && !takeOver) throw new AssignmentConflictError(id, previous);
    const iso = at.toISOString();
    return this.apply(id, {
      current,
      fields: { assignee: assigneeOf(staff, iso) },
      entry: staffHistory(staff, iso, { action: 'claimed', previous: previous && (previous.name ?? previous.id) }),
      // Whoever held it when we read it still holds it: two staff claiming at once cannot both win.
      guard: { assigneeId: previous?.id ?? null },
      conflict: async () => new AssignmentConflictError(id, (await this.get(id))?.assignee),
    });
  }

  async release(id: string, { staff, at = new Date() }: { staff: StaffRef; at?: Date }): Promise<Referral> {
    const current = await this.require(id);
    if (current.assignee?.id !== staff.id) throw new AssignmentConflictError(id, current.assignee);
    return this.apply(id, {
      current,
      fields: { assignee: undefined },
      entry: staffHistory(staff, at.toISOString(), { action: 'released' }),
      guard: { assigneeId: staff.id },
      conflict: async () => new AssignmentConflictError(id, (await this.get(id))?.assignee),
    });
  }

  async addRecord(id: string, { staff, entry, at = new Date() }: { staff: StaffRef; entry: StaffRecord; at?: Date }): Promise<Referral> {
    const current = await this.require(id);
    return this.apply(id, {
      current,
      fields: {},
      entry: staffHistory(staff, at.toISOString(), entry),
      guard: {},
      conflict: () => new ReferralNotFoundError(id),
    });
  }

  async setCareCoordinatorUpdate(
    id: string,
    { staff, update, at = new Date() }: { staff: StaffRef; update: CareCoordinatorUpdate; at?: Date },
  ): Promise<Referral> {
    const current = await this.require(id);
    return this.apply(id, {
      current,
      fields: { careCoordinatorUpdate: plain(update), dueDate: update.dueDate },
      entry: staffHistory(staff, at.toISOString(), { action: 'deadline', noticedOn: update.noticedOn, dueDate: update.dueDate }),
      guard: {},
      conflict: () => new ReferralNotFoundError(id),
    });
  }

  async claimNotification(id: string, channel: NotificationKey, at: Date): Promise<ClaimResult> {
    const current = await this.require(id);
    const previous = current.notifications?.[channel];
    if (previous && previous.status !== 'failed') return { claimed: false, state: previous };
    const attempts = (previous?.attempts ?? 0) + 1;
    const state: NotificationState = { status: 'sending', at: at.toISOString(), attempts };
    if (await this.writeNotification(id, channel, state, { expectAttempts: previous ? previous.attempts : null })) return { claimed: true, attempts };
    const now = (await this.get(id))?.notifications?.[channel];
    return { claimed: false, state: now ?? state };
  }

  async completeNotification(id: string, channel: NotificationKey, result: { messageId?: string; at: Date; attempts: number }): Promise<void> {
    const at = result.at.toISOString();
    const state: NotificationState = plain({ status: 'sent', at, attempts: result.attempts, messageId: result.messageId });
    await this.writeNotification(id, channel, state, { entry: { at, by: 'notifier', action: 'notified', reason: channel } });
  }

  async failNotification(id: string, channel: NotificationKey, result: { error: string; at: Date; attempts: number; uncertain: boolean }): Promise<void> {
    const state: NotificationState = {
      status: result.uncertain ? 'uncertain' : 'failed',
      at: result.at.toISOString(),
      attempts: result.attempts,
      error: result.error,
    };
    await this.writeNotification(id, channel, state, {});
  }

  async markNotified(id: string, at: Date): Promise<boolean> {
    return this.setNotifiedOnce(id, at.toISOString());
  }

  private async require(id: string): Promise<Referral> {
    const current = await this.get(id);
    if (!current) throw new ReferralNotFoundError(id);
    return current;
  }
}

export interface DynamoReferralStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  ttlDays: number;
}

/**
 * One item per referral (src/storage/keys.ts: `REFERRAL#<id>` / `REFERRAL`), history inside the item: a change and its
 * history line are one conditional UpdateItem, so they cannot disagree.
 */
export class DynamoReferralStore extends ReferralStore {
  constructor(private readonly options: DynamoReferralStoreOptions) {
    super();
  }

  protected async insert(referral: Referral): Promise<boolean> {
    const item: ReferralItem = {
      ...referral,
      ...referralKey(referral.id),
      sk: REFERRAL_SK,
      type: 'referral',
      gsi1pk: queueIndexKey(referral.queue.id),
      gsi1sk: queueSortKey(referral.status, referral.createdAt, referral.id),
      gsi2pk: contactIndexKey(referral.contact),
      gsi2sk: contactSortKey(referral.createdAt, referral.id),
      expiresAt: expiresInDays(this.options.ttlDays, new Date(referral.createdAt)),
    };
    try {
      await this.options.client.send(new PutCommand({ TableName: this.options.tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  async get(id: string): Promise<Referral | undefined> {
    const { Item } = await this.options.client.send(new GetCommand({ TableName: this.options.tableName, Key: referralKey(id), ConsistentRead: true }));
    return Item ? fromItem(Item) : undefined;
  }

  async listByQueue(queueId: string, { status, limit = 50, cursor }: ListOptions = {}): Promise<{ referrals: Referral[]; cursor?: string }> {
    const result = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        IndexName: TABLE_KEYS.gsi1,
        ...queueKeyCondition(queueId, status),
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: cursor ? (decodeQueueCursor(cursor, queueId) ?? invalidCursor()) : undefined,
      }),
    );
    return {
      referrals: (result.Items ?? []).map(fromItem),
      cursor: result.LastEvaluatedKey ? Buffer.from(JSON.stringify(result.LastEvaluatedKey)).toString('base64url') : undefined,
    };
  }

  async listByContact(contact: Pick<ContactKey, 'channel' | 'key'>, limit = 20): Promise<Referral[]> {
    const result = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        IndexName: TABLE_KEYS.gsi2,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': contactIndexKey(contact) },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return (result.Items ?? []).map(fromItem);
  }

  async countByQueue(queueId: string, status: ReferralStatus | 'open'): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.options.client.send(
        new QueryCommand({
          TableName: this.options.tableName,
          IndexName: TABLE_KEYS.gsi1,
          ...queueKeyCondition(queueId, status),
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += page.Count ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
    return count;
  }

  protected async apply(id: string, { current, fields, entry, guard, conflict }: ReferralChange): Promise<Referral> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = { ':entry': [entry] };
    const sets = ['history = list_append(history, :entry)'];
    const removes: string[] = [];
    const set = (expression: string, name: string, value: unknown) => {
      sets.push(expression);
      values[name] = value;
    };
    for (const [field, value] of Object.entries(fields)) {
      names[`#${field}`] = field;
      if (value === undefined) removes.push(`#${field}`);
      else set(`#${field} = :${field}`, `:${field}`, value);
    }
    // The queue index sorts by status: it moves with the status in the same write.
    if (fields.status) set('gsi1sk = :gsi1sk', ':gsi1sk', queueSortKey(fields.status, current.createdAt, id));
    const conditions = ['attribute_exists(pk)'];
    const expect = (condition: string, name: string, value: unknown) => {
      conditions.push(condition);
      values[name] = value;
    };
    if (guard.status !== undefined) {
      names['#g_status'] = 'status';
      expect('#g_status = :g_status', ':g_status', guard.status);
    }
    if (guard.statusChangedAt !== undefined) expect('statusChangedAt = :g_changedAt', ':g_changedAt', guard.statusChangedAt);
    if (guard.assigneeId === null) conditions.push('attribute_not_exists(assignee)');
    else if (guard.assigneeId !== undefined) expect('assignee.id = :g_assignee', ':g_assignee', guard.assigneeId);
    try {
      const { Attributes } = await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: Object.keys(names).length ? names : undefined,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return fromItem(Attributes ?? {});
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw await conflict();
      throw error;
    }
  }

  protected async writeNotification(
    id: string,
    channel: NotificationKey,
    state: NotificationState,
    { expectAttempts, entry }: { expectAttempts?: number | null; entry?: HistoryEntry },
  ): Promise<boolean> {
    const conditions = ['attribute_exists(pk)'];
    const names: Record<string, string> = { '#ch': channel };
    const values: Record<string, unknown> = { ':state': state };
    if (expectAttempts === null) conditions.push('attribute_not_exists(notifications.#ch)');
    else if (expectAttempts !== undefined) {
      conditions.push('notifications.#ch.#status = :failed AND notifications.#ch.attempts = :prev');
      Object.assign(names, { '#status': 'status' });
      Object.assign(values, { ':failed': 'failed', ':prev': expectAttempts });
    }
    if (entry) values[':entry'] = [entry];
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: `SET notifications.#ch = :state${entry ? ', history = list_append(history, :entry)' : ''}`,
          ConditionExpression: conditions.join(' AND '),
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }

  protected async setNotifiedOnce(id: string, at: string): Promise<boolean> {
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: 'SET notifiedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(notifiedAt)',
          ExpressionAttributeValues: { ':at': at },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}
