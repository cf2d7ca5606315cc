import { createHash } from 'node:crypto';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { expiresInDays, TABLE_KEYS } from '../storage/table';
import { confirmationCode } from './code';
import {
  canTransition,
  REFERRAL_SK,
  type ContactKey,
  type HistoryEntry,
  type NotificationState,
  type Outcome,
  type Referral,
  type ReferralItem,
  type ReferralStatus,
} from './model';

/** What the intake or a handoff hands to the store; id, code, status and history are the store's. */
export type NewReferral = Omit<Referral, 'id' | 'code' | 'status' | 'statusChangedAt' | 'history' | 'notifications' | 'notifiedAt'>;

export interface StatusChange {
  to: ReferralStatus;
  /** Staff id (JWT sub) or `bot` / `notifier`. */
  by: string;
  reason?: string;
  /** Required when `to` is `closed`. */
  outcome?: Outcome;
  at?: Date;
}

export interface ListOptions {
  status?: ReferralStatus;
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export type NotifyChannel = 'sms' | 'email';

export type ClaimResult = { claimed: true; attempts: number } | { claimed: false; state: NotificationState };

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
 * Referrals and handoffs in storage. Implemented on DynamoDB ({@link DynamoReferralStore}) and
 * in memory for dialog tests ({@link MemoryReferralStore}); both honour the same conditions.
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
  /** Moves a referral along its lifecycle, appending to its history; refuses transitions the model forbids. */
  updateStatus(id: string, change: StatusChange): Promise<Referral>;
  /** Claims a staff notification channel before sending, so two deliveries of a stream record cannot both send. */
  claimNotification(id: string, channel: NotifyChannel, at: Date): Promise<ClaimResult>;
  completeNotification(id: string, channel: NotifyChannel, result: { messageId?: string; at: Date; attempts: number }): Promise<void>;
  /** The send certainly failed (nothing went out): a retry may claim the channel again. */
  failNotification(id: string, channel: NotifyChannel, result: { error: string; at: Date; attempts: number; uncertain: boolean }): Promise<void>;
  /** Records that every channel was notified; false when it was already recorded. */
  markNotified(id: string, at: Date): Promise<boolean>;
}

/** gsi2 partition for a contact: hashed, so a phone number is never a key. */
export function contactIndexKey(contact: Pick<ContactKey, 'channel' | 'key'>): string {
  return `CONTACT#${createHash('sha256').update(`${contact.channel}:${contact.key}`).digest('hex').slice(0, 32)}`;
}

export function queueIndexKey(queueId: string): string {
  return `QUEUE#${queueId}`;
}

function queueSortKey(status: ReferralStatus, createdAt: string, id: string): string {
  return `${status}#${createdAt}#${id}`;
}

export function referralKey(id: string): { pk: string; sk: string } {
  return { pk: `REFERRAL#${id}`, sk: REFERRAL_SK };
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

export interface DynamoReferralStoreOptions {
  client: DynamoDBDocumentClient;
  tableName: string;
  ttlDays: number;
}

/**
 * One item per referral (`REFERRAL#<id>` / `REFERRAL`), history inside the item: a status change
 * and its history line are one conditional UpdateItem, so they cannot disagree.
 */
export class DynamoReferralStore implements ReferralRepository {
  constructor(private readonly options: DynamoReferralStoreOptions) {}

  async create(input: NewReferral): Promise<{ referral: Referral; created: boolean }> {
    const { client, tableName, ttlDays } = this.options;
    for (let salt = 0; salt < MAX_CODE_TRIES; salt++) {
      const referral = newReferral(input, confirmationCode(input.sourceKey, salt));
      const item: ReferralItem = {
        ...referral,
        ...referralKey(referral.id),
        sk: REFERRAL_SK,
        type: 'referral',
        gsi1pk: queueIndexKey(referral.queue.id),
        gsi1sk: queueSortKey(referral.status, referral.createdAt, referral.id),
        gsi2pk: contactIndexKey(referral.contact),
        gsi2sk: `${referral.createdAt}#${referral.id}`,
        expiresAt: expiresInDays(ttlDays, new Date(referral.createdAt)),
      };
      try {
        await client.send(new PutCommand({ TableName: tableName, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
        return { referral, created: true };
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        const existing = await this.get(referral.id);
        if (existing?.sourceKey === input.sourceKey) return { referral: existing, created: false };
        // A different referral has this code: try the next one.
      }
    }
    throw new Error('[DynamoReferralStore]: could not allocate a confirmation code');
  }

  async get(id: string): Promise<Referral | undefined> {
    const { Item } = await this.options.client.send(
      new GetCommand({ TableName: this.options.tableName, Key: referralKey(id), ConsistentRead: true }),
    );
    return Item ? fromItem(Item) : undefined;
  }

  async listByQueue(queueId: string, { status, limit = 50, cursor }: ListOptions = {}): Promise<{ referrals: Referral[]; cursor?: string }> {
    const result = await this.options.client.send(
      new QueryCommand({
        TableName: this.options.tableName,
        IndexName: TABLE_KEYS.gsi1,
        KeyConditionExpression: status ? 'gsi1pk = :pk AND begins_with(gsi1sk, :status)' : 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': queueIndexKey(queueId), ...(status ? { ':status': `${status}#` } : {}) },
        ScanIndexForward: false,
        Limit: limit,
        ExclusiveStartKey: cursor ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined,
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

  async updateStatus(id: string, change: StatusChange): Promise<Referral> {
    const current = await this.get(id);
    if (!current) throw new Error(`Referral ${id} not found`);
    validateChange(current, change);
    const at = (change.at ?? new Date()).toISOString();
    const entry: HistoryEntry = { at, by: change.by, action: 'status', from: current.status, to: change.to, reason: change.reason, outcome: change.outcome };
    const sets = ['#status = :to', 'statusChangedAt = :at', 'gsi1sk = :gsi1sk', 'history = list_append(history, :entry)'];
    const removes: string[] = [];
    const values: Record<string, unknown> = {
      ':to': change.to,
      ':from': current.status,
      ':at': at,
      ':gsi1sk': queueSortKey(change.to, current.createdAt, id),
      ':entry': [JSON.parse(JSON.stringify(entry))],
    };
    if (change.reason) (sets.push('statusReason = :reason'), (values[':reason'] = change.reason));
    else removes.push('statusReason');
    if (change.to === 'closed') (sets.push('outcome = :outcome'), (values[':outcome'] = change.outcome));
    else removes.push('outcome');
    try {
      const { Attributes } = await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: `SET ${sets.join(', ')}${removes.length ? ` REMOVE ${removes.join(', ')}` : ''}`,
          ConditionExpression: '#status = :from AND statusChangedAt = :changedAt',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ...values, ':changedAt': current.statusChangedAt },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return fromItem(Attributes ?? {});
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw new StatusConflictError(id);
      throw error;
    }
  }

  async claimNotification(id: string, channel: NotifyChannel, at: Date): Promise<ClaimResult> {
    const current = await this.get(id);
    if (!current) throw new Error(`Referral ${id} not found`);
    const previous = current.notifications?.[channel];
    if (previous && previous.status !== 'failed') return { claimed: false, state: previous };
    const attempts = (previous?.attempts ?? 0) + 1;
    const state: NotificationState = { status: 'sending', at: at.toISOString(), attempts };
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: 'SET notifications.#ch = :state',
          ConditionExpression: previous ? 'notifications.#ch.#status = :failed AND notifications.#ch.attempts = :prev' : 'attribute_not_exists(notifications.#ch)',
          ExpressionAttributeNames: { '#ch': channel, ...(previous ? { '#status': 'status' } : {}) },
          ExpressionAttributeValues: { ':state': state, ...(previous ? { ':failed': 'failed', ':prev': previous.attempts } : {}) },
        }),
      );
      return { claimed: true, attempts };
    } catch (error) {
      if (!(error instanceof ConditionalCheckFailedException)) throw error;
      const now = (await this.get(id))?.notifications?.[channel];
      return { claimed: false, state: now ?? state };
    }
  }

  async completeNotification(id: string, channel: NotifyChannel, result: { messageId?: string; at: Date; attempts: number }): Promise<void> {
    const at = result.at.toISOString();
    const state: NotificationState = { status: 'sent', at, attempts: result.attempts, messageId: result.messageId };
    const entry: HistoryEntry = { at, by: 'notifier', action: 'notified', reason: channel };
    await this.options.client.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: referralKey(id),
        UpdateExpression: 'SET notifications.#ch = :state, history = list_append(history, :entry)',
        ExpressionAttributeNames: { '#ch': channel },
        ExpressionAttributeValues: { ':state': JSON.parse(JSON.stringify(state)), ':entry': [entry] },
      }),
    );
  }

  async failNotification(id: string, channel: NotifyChannel, result: { error: string; at: Date; attempts: number; uncertain: boolean }): Promise<void> {
    const state: NotificationState = {
      status: result.uncertain ? 'uncertain' : 'failed',
      at: result.at.toISOString(),
      attempts: result.attempts,
      error: result.error,
    };
    await this.options.client.send(
      new UpdateCommand({
        TableName: this.options.tableName,
        Key: referralKey(id),
        UpdateExpression: 'SET notifications.#ch = :state',
        ExpressionAttributeNames: { '#ch': channel },
        ExpressionAttributeValues: { ':state': state },
      }),
    );
  }

  async markNotified(id: string, at: Date): Promise<boolean> {
    try {
      await this.options.client.send(
        new UpdateCommand({
          TableName: this.options.tableName,
          Key: referralKey(id),
          UpdateExpression: 'SET notifiedAt = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(notifiedAt)',
          ExpressionAttributeValues: { ':at': at.toISOString() },
        }),
      );
      return true;
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) return false;
      throw error;
    }
  }
}

/** The same contract in memory, for dialog tests and anything that must not touch DynamoDB. */
export class MemoryReferralStore implements ReferralRepository {
  readonly items = new Map<string, Referral>();

  async create(input: NewReferral): Promise<{ referral: Referral; created: boolean }> {
    for (let salt = 0; salt < MAX_CODE_TRIES; salt++) {
      const code = confirmationCode(input.sourceKey, salt);
      const existing = this.items.get(code);
      if (existing?.sourceKey === input.sourceKey) return { referral: clone(existing), created: false };
      if (existing) continue;
      const referral = newReferral(input, code);
      this.items.set(code, clone(referral));
      return { referral, created: true };
    }
    throw new Error('[MemoryReferralStore]: could not allocate a confirmation code');
  }

  async get(id: string): Promise<Referral | undefined> {
    const item = this.items.get(id);
    return item && clone(item);
  }

  async listByQueue(queueId: string, { status, limit = 50 }: ListOptions = {}): Promise<{ referrals: Referral[]; cursor?: string }> {
    const referrals = [...this.items.values()]
      .filter((r) => r.queue.id === queueId && (!status || r.status === status))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map(clone);
    return { referrals };
  }

  async listByContact(contact: Pick<ContactKey, 'channel' | 'key'>, limit = 20): Promise<Referral[]> {
    return [...this.items.values()]
      .filter((r) => r.contact.channel === contact.channel && r.contact.key === contact.key)
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map(clone);
  }

  async updateStatus(id: string, change: StatusChange): Promise<Referral> {
    const current = this.items.get(id);
    if (!current) throw new Error(`Referral ${id} not found`);
    validateChange(current, change);
    const at = (change.at ?? new Date()).toISOString();
    current.history.push({ at, by: change.by, action: 'status', from: current.status, to: change.to, reason: change.reason, outcome: change.outcome });
    current.status = change.to;
    current.statusChangedAt = at;
    current.statusReason = change.reason;
    current.outcome = change.to === 'closed' ? change.outcome : undefined;
    return clone(current);
  }

  async claimNotification(id: string, channel: NotifyChannel, at: Date): Promise<ClaimResult> {
    const current = this.items.get(id);
    if (!current) throw new Error(`Referral ${id} not found`);
    const previous = current.notifications?.[channel];
    if (previous && previous.status !== 'failed') return { claimed: false, state: { ...previous } };
    const attempts = (previous?.attempts ?? 0) + 1;
    current.notifications = { ...current.notifications, [channel]: { status: 'sending', at: at.toISOString(), attempts } };
    return { claimed: true, attempts };
  }

  async completeNotification(id: string, channel: NotifyChannel, result: { messageId?: string; at: Date; attempts: number }): Promise<void> {
    const current = this.items.get(id);
    if (!current) return;
    const at = result.at.toISOString();
    current.notifications = { ...current.notifications, [channel]: { status: 'sent', at, attempts: result.attempts, messageId: result.messageId } };
    current.history.push({ at, by: 'notifier', action: 'notified', reason: channel });
  }

  async failNotification(id: string, channel: NotifyChannel, result: { error: string; at: Date; attempts: number; uncertain: boolean }): Promise<void> {
    const current = this.items.get(id);
    if (!current) return;
    current.notifications = {
      ...current.notifications,
      [channel]: { status: result.uncertain ? 'uncertain' : 'failed', at: result.at.toISOString(), attempts: result.attempts, error: result.error },
    };
  }

  async markNotified(id: string, at: Date): Promise<boolean> {
    const current = this.items.get(id);
    if (!current || current.notifiedAt) return false;
    current.notifiedAt = at.toISOString();
    return true;
  }
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
