import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { newReferral, staffClient, webChatReferral } from '../helpers/staffFixtures';
import { allows, tableStatements } from '../helpers/iamWrites';
import { fakeTwilio } from '../../src/local/fakeTwilio';
import { handler as notifyStaff } from '../../functions/notifyStaff';
import { kindOf, referralKey } from '../../src/storage/keys';
import type { OutboxEmailSender } from '../../src/staff/email';
import type { NewReferral } from '../../src/referrals/model';

/** One write a function sent to the table: the IAM action it needs and the partition key it touched. */
interface Write {
  action: string;
  pk: string;
}

/** A partition key as a command carries it: a string (document client) or `{ S }` (marshalled). */
const pkOf = (item: Record<string, unknown> | undefined): string => {
  const pk = item?.pk as string | { S?: string } | undefined;
  return typeof pk === 'string' ? pk : (pk?.S ?? '(none)');
};

/** The writes a DynamoDB command makes, by the IAM action each needs (a batch write needs BatchWriteItem for each of its items). */
function writesOf(command: string, input: Record<string, unknown>): Write[] {
  const action = `dynamodb:${command.replace(/Command$/, '')}`;
  switch (command) {
    case 'PutItemCommand':
    case 'PutCommand':
      return [{ action: 'dynamodb:PutItem', pk: pkOf(input.Item as Record<string, unknown>) }];
    case 'UpdateItemCommand':
    case 'UpdateCommand':
      return [{ action: 'dynamodb:UpdateItem', pk: pkOf(input.Key as Record<string, unknown>) }];
    case 'DeleteItemCommand':
    case 'DeleteCommand':
      return [{ action: 'dynamodb:DeleteItem', pk: pkOf(input.Key as Record<string, unknown>) }];
    case 'BatchWriteItemCommand':
    case 'BatchWriteCommand':
      return Object.values(
        input.RequestItems as Record<string, { PutRequest?: { Item: Record<string, unknown> }; DeleteRequest?: { Key: Record<string, unknown> } }[]>,
      )
        .flat()
        .map((request) => ({ action: 'dynamodb:BatchWriteItem', pk: pkOf(request.PutRequest?.Item ?? request.DeleteRequest?.Key) }));
    default:
      // Reads (and anything else that is no write) carry no key this test checks; an unknown write shows up as its own action.
      return /^(Get|BatchGet|Query|Scan)/.test(command) ? [] : [{ action, pk: '(unknown command)' }];
  }
}

/**
 * The staff and notification roles, run through their real write paths on DynamoDB Local (which
 * checks no IAM): every key each one writes is recorded from the table client and must be one its
 * role's dynamodb:LeadingKeys conditions in serverless.yml allow (REFERRAL#, and TRANSCRIPT# for
 * staff messages). A write path that reaches a new kind of item fails here before it fails deployed.
 */
describe('What the staff and notification functions write, against their IAM roles', () => {
  let stack: TestStack;
  let api: ReturnType<typeof staffClient>;
  let recorded: Write[] = [];
  beforeAll(async () => {
    stack = await startTestStack();
    api = staffClient(stack.baseUrl);
    // Every function in this process shares this client (the runtime's), so this sees every write they send.
    stack.runtime.dynamo.client.middlewareStack.add(
      (next, context) => async (args) => {
        recorded.push(...writesOf(context.commandName ?? '', args.input as Record<string, unknown>));
        return next(args);
      },
      { step: 'initialize', name: 'recordTableWrites' },
    );
  });
  afterAll(() => stack.close());
  beforeEach(() => fakeTwilio.reset());

  const create = async (overrides: Partial<NewReferral> = {}) => (await stack.runtime.referrals.store.create(newReferral(overrides))).referral;

  /** What `run` wrote, with each key's kind. */
  async function writesDuring(run: () => Promise<unknown>): Promise<(Write & { kind?: string })[]> {
    recorded = [];
    await run();
    return recorded.map((write) => ({ ...write, kind: kindOf(write.pk) }));
  }

  /** The writes the role of `fn` in serverless.yml does not allow. */
  const refusedFor = (fn: string, writes: Write[]) => writes.filter(({ action, pk }) => !allows(tableStatements()[fn], action, pk));

  const kinds = (writes: { action: string; kind?: string }[]) => [...new Set(writes.map(({ action, kind }) => `${action} ${kind}`))].sort();

  it('staffReferral: opening a referral writes only its referral item', async () => {
    const { id } = await create();
    const writes = await writesDuring(async () => {
      expect((await api.get(`/staff/api/referrals/${id}`)).status).toBe(200);
      // Opened again: already received, nothing more to write.
      expect((await api.get(`/staff/api/referrals/${id}`)).status).toBe(200);
    });
    expect(writes.map((w) => w.pk)).toEqual([referralKey(id).pk]);
    expect(refusedFor('staffReferral', writes)).toEqual([]);
  });

  it('staffReferralActions: claim, take over, release, status, note and the care-coordinator notice write only the referral item, conflicts included', async () => {
    const { id } = await create();
    const illinois = await create({ queue: { id: 'illinois-team', name: 'Illinois programs team' }, region: 'IL', county: undefined });
    const path = (referral: string, action: string) => `/staff/api/referrals/${referral}/${action}`;
    const writes = await writesDuring(async () => {
      const statuses = [
        (await api.post(path(id, 'claim'))).status,
        (await api.post(path(id, 'release'))).status,
        (await api.post(path(id, 'release'))).status, // 409: not claimed, the conditional write refused
        (await api.post(path(id, 'claim'), { takeOver: true })).status,
        (await api.post(path(id, 'status'), { to: 'received' })).status,
        (await api.post(path(id, 'status'), { to: 'in_progress', reason: 'waiting_for_records' })).status,
        (await api.post(path(id, 'notes'), { text: 'Called the family, left a message' })).status,
        (await api.post(path(illinois.id, 'deadline'), { noticedOn: '2026-01-02' })).status,
      ];
      expect(statuses).toEqual([200, 200, 409, 200, 200, 200, 200, 200]);
    });
    expect(new Set(writes.map((w) => w.pk))).toEqual(new Set([referralKey(id).pk, referralKey(illinois.id).pk]));
    expect(kinds(writes)).toEqual(['dynamodb:UpdateItem referral']);
    expect(refusedFor('staffReferralActions', writes)).toEqual([]);
  });

  it("staffMessages: a text, a web chat message and an opted-out family's attempt write the referral item and the conversation's transcript lines only", async () => {
    const sms = await create();
    const optedOut = await create();
    await stack.runtime.optOuts.optOut(optedOut.contact.key);
    const conversationId = `web-${Date.now()}`;
    const web = await create(webChatReferral(conversationId));
    const message = async (id: string) => (await (await api.post(`/staff/api/referrals/${id}/messages`, { templateId: 'received' })).json()).delivery;
    const writes = await writesDuring(async () => {
      expect([await message(sms.id), await message(web.id), await message(optedOut.id)]).toEqual(['sent', 'chat_history', 'opted_out']);
    });
    expect(kinds(writes)).toEqual(['dynamodb:BatchWriteItem transcript', 'dynamodb:UpdateItem referral']);
    expect(refusedFor('staffMessages', writes)).toEqual([]);
  });

  it('notifyStaff: telling a queue of a new referral (sent, a refused email retried, a redelivery) writes only the referral item', async () => {
    const email = stack.runtime.email as OutboxEmailSender;
    const inserted = (id: string, sequence: string): DynamoDBStreamEvent => ({
      Records: [
        {
          eventID: `event-${sequence}`,
          eventName: 'INSERT',
          dynamodb: { Keys: { pk: { S: referralKey(id).pk }, sk: { S: 'REFERRAL' } }, SequenceNumber: sequence },
        },
      ],
    });
    const { id } = await create({ queue: { id: 'county-fresno', name: 'Fresno County CCS office' }, county: 'Fresno' });
    const writes = await writesDuring(async () => {
      email.failNext(1);
      const failed = await notifyStaff(inserted(id, '1'), {} as Context);
      expect(failed.batchItemFailures).toEqual([{ itemIdentifier: '1' }]);
      expect((await notifyStaff(inserted(id, '2'), {} as Context)).batchItemFailures).toEqual([]);
      expect((await notifyStaff(inserted(id, '3'), {} as Context)).batchItemFailures).toEqual([]);
    });
    expect(new Set(writes.map((w) => w.pk))).toEqual(new Set([referralKey(id).pk]));
    expect(kinds(writes)).toEqual(['dynamodb:UpdateItem referral']);
    expect(refusedFor('notifyStaff', writes)).toEqual([]);
  });

  it('reads the writes it checks: a command of each kind is recorded with its key', () => {
    expect(writesOf('UpdateCommand', { Key: { pk: 'REFERRAL#CCS-7K3F9Q', sk: 'REFERRAL' } })).toEqual([
      { action: 'dynamodb:UpdateItem', pk: 'REFERRAL#CCS-7K3F9Q' },
    ]);
    expect(writesOf('UpdateItemCommand', { Key: { pk: { S: 'RATE#x' } } })).toEqual([{ action: 'dynamodb:UpdateItem', pk: 'RATE#x' }]);
    expect(
      writesOf('BatchWriteCommand', { RequestItems: { t: [{ PutRequest: { Item: { pk: 'TRANSCRIPT#a' } } }, { DeleteRequest: { Key: { pk: 'STATE#b' } } }] } }),
    ).toEqual([
      { action: 'dynamodb:BatchWriteItem', pk: 'TRANSCRIPT#a' },
      { action: 'dynamodb:BatchWriteItem', pk: 'STATE#b' },
    ]);
    expect(writesOf('GetCommand', { Key: { pk: 'REFERRAL#x' } })).toEqual([]);
    expect(writesOf('TransactWriteCommand', {})).toEqual([{ action: 'dynamodb:TransactWrite', pk: '(unknown command)' }]);
  });
});
