import { appendFileSync } from 'node:fs';
import { startTestStack, type TestStack } from './localStack';
import {
  DynamoDBServiceException,
  InternalServerError,
  ProvisionedThroughputExceededException,
  ThrottlingException,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';

/**
 * Fault injection and accounting on the runtime's DynamoDB client, through the SDK's own
 * middleware stack (`runtime.dynamo.client.middlewareStack`): nothing in production code knows.
 *
 * - {@link injectDynamoFaults} makes chosen commands fail the way DynamoDB does under load or
 *   during an outage (throttling, 500s, a dropped connection).
 * - {@link recordDynamoCalls} records every command with the capacity DynamoDB says it consumed.
 * - {@link tally} adds to the reliability suite's printed totals.
 */

export type FaultKind = 'throttle' | 'throughput' | 'unavailable' | 'network';

export interface FaultRule {
  /** SDK command name, e.g. `PutItemCommand`; any command when omitted. */
  command?: string;
  /** Only calls whose input matches (e.g. a state write: `(input) => String(input.Item?.pk).startsWith('STATE#')`). */
  when?: (input: Record<string, any>) => boolean;
  /** Which matching calls fail, 1-based: `[1]` fails the first only; omitted fails every match. */
  calls?: number[];
  kind?: FaultKind;
}

export interface FaultController {
  /** Faults thrown so far. */
  readonly injected: number;
  /** Matching calls seen so far (failed or not). */
  readonly matched: number;
  /** Removes the middleware: the client behaves normally again. */
  remove(): void;
}

const meta = { httpStatusCode: 400, requestId: 'fault-injection', attempts: 1, totalRetryDelay: 0 };

/** The error DynamoDB (or the network under it) would give for `kind`. */
export function dynamoFault(kind: FaultKind): Error {
  switch (kind) {
    case 'throttle':
      return new ThrottlingException({ message: 'Rate of requests exceeds the allowed throughput (injected)', $metadata: meta });
    case 'throughput':
      return new ProvisionedThroughputExceededException({
        message: 'The level of configured provisioned throughput for the table was exceeded (injected)',
        $metadata: meta,
      });
    case 'unavailable':
      return new InternalServerError({ message: 'Internal server error (injected)', $metadata: { ...meta, httpStatusCode: 500 } });
    case 'network': {
      const error = new Error('socket hang up (injected)') as Error & { code: string };
      error.name = 'TimeoutError';
      error.code = 'ECONNRESET';
      return error;
    }
  }
}

let faultIds = 0;

/** The controller of a fault middleware named `name`: its live counts, and removing it. */
function middlewareController(client: DynamoDBClient, name: string, counts: () => { injected: number; matched: number }): FaultController {
  return {
    get injected() {
      return counts().injected;
    },
    get matched() {
      return counts().matched;
    },
    remove: () => void client.middlewareStack.remove(name),
  };
}

/**
 * Makes matching DynamoDB calls fail. Injected at the `initialize` step, before the SDK's retry
 * middleware, so a fault is final for that call: what a handler sees once the SDK's own retries
 * are exhausted (a throttled table, an outage).
 */
export function injectDynamoFaults(client: DynamoDBClient, rules: FaultRule | FaultRule[]): FaultController {
  const list = Array.isArray(rules) ? rules : [rules];
  const seen = list.map(() => 0);
  let injected = 0;
  let matched = 0;
  const name = `faultInjection${++faultIds}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      const input = args.input as Record<string, any>;
      for (const [i, rule] of list.entries()) {
        if (rule.command && rule.command !== command) continue;
        if (rule.when && !rule.when(input)) continue;
        seen[i]++;
        matched++;
        if (!rule.calls || rule.calls.includes(seen[i])) {
          injected++;
          throw dynamoFault(rule.kind ?? 'throttle');
        }
      }
      return next(args);
    },
    { step: 'initialize', name, priority: 'high' },
  );
  return middlewareController(client, name, () => ({ injected, matched }));
}

export interface BarrierOptions {
  command: string;
  when?: (input: Record<string, any>) => boolean;
  /** How many matching calls wait for each other (the first `parties` only; later calls pass). */
  parties: number;
  /** Let the ones that arrived go anyway after this long (a test must not hang). */
  timeoutMs?: number;
}

/**
 * Holds the answers of the first `parties` matching calls until all of them have been answered:
 * e.g. two turns of one phone both read the state before either writes it, so their writes
 * race for real (one of them must lose the eTag check and be re-run).
 */
export function barrier(client: DynamoDBClient, { command, when, parties, timeoutMs = 3000 }: BarrierOptions): FaultController & { readonly arrived: number } {
  let arrived = 0;
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const timer = setTimeout(release, timeoutMs);
  const name = `barrier${++faultIds}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (String(context.commandName) !== command || (when && !when(args.input as Record<string, any>)) || arrived >= parties) return next(args);
      const result = await next(args);
      if (++arrived >= parties) {
        clearTimeout(timer);
        release();
      }
      await released;
      return result;
    },
    { step: 'initialize', name, priority: 'low' },
  );
  return {
    get arrived() {
      return arrived;
    },
    get injected() {
      return 0;
    },
    get matched() {
      return arrived;
    },
    remove: () => {
      clearTimeout(timer);
      release();
      client.middlewareStack.remove(name);
    },
  };
}

/**
 * Makes the first `rounds` BatchGetItem calls answer as a throttled table does, without an error:
 * only the first key is read and the rest come back as `UnprocessedKeys` (a lone key comes back
 * unprocessed itself).
 */
export function returnUnprocessedKeys(client: DynamoDBClient, { rounds }: { rounds: number }): FaultController {
  let matched = 0;
  let injected = 0;
  const name = `unprocessedKeys${++faultIds}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const input = args.input as { RequestItems?: Record<string, { Keys: Record<string, AttributeValue>[] }> };
      if (String(context.commandName) !== 'BatchGetItemCommand' || !input.RequestItems) return next(args);
      if (++matched > rounds) return next(args);
      injected++;
      const [table, request] = Object.entries(input.RequestItems)[0];
      const [first, ...rest] = request.Keys;
      const result = await next({ ...args, input: { ...input, RequestItems: { [table]: { ...request, Keys: [first] } } } });
      const output = result.output as { Responses?: Record<string, unknown[]>; UnprocessedKeys?: unknown };
      const unprocessed = rest.length > 0 ? rest : [first];
      if (rest.length === 0) output.Responses = { [table]: [] };
      // Keys as the document client hands them back: plain strings (its unmarshalling ran before this step).
      const plain = (key: Record<string, AttributeValue>) => Object.fromEntries(Object.entries(key).map(([name, value]) => [name, value.S]));
      output.UnprocessedKeys = { [table]: { ...request, Keys: unprocessed.map(plain) } };
      return result;
    },
    // At `build` the input is marshalled and the output already unmarshalled by the document client.
    { step: 'build', name, priority: 'low' },
  );
  return middlewareController(client, name, () => ({ injected, matched }));
}

export interface RecordedCall {
  command: string;
  /** `pk` of the item written or read (first key of a batch), for telling state from guard from referral calls. */
  pk?: string;
  /** Read and write capacity units DynamoDB reported, table and indexes together. */
  read: number;
  write: number;
  /** Per index, as reported with ReturnConsumedCapacity INDEXES. */
  indexes: Record<string, number>;
  failed?: string;
  /** The marshalled input as sent (with `keepInput`), e.g. to replay the same work elsewhere. */
  input?: Record<string, any>;
}

export interface RecordOptions {
  /** Ask DynamoDB for consumed capacity (default true). Off, the calls are exactly the product's. */
  capacity?: boolean;
  /** Keep a copy of each call's marshalled input. */
  keepInput?: boolean;
}

export interface CallRecorder {
  calls: RecordedCall[];
  reset(): void;
  remove(): void;
}

const CAPACITY_COMMANDS = new Set([
  'GetItemCommand',
  'PutItemCommand',
  'UpdateItemCommand',
  'DeleteItemCommand',
  'BatchGetItemCommand',
  'BatchWriteItemCommand',
  'QueryCommand',
  'ScanCommand',
  'TransactGetItemsCommand',
  'TransactWriteItemsCommand',
]);

const RECORDED = Symbol('recordedCall');

/** `pk` of the item a call writes or reads (first key of a batch), whether the input is marshalled or not. */
export function firstPk(input: Record<string, any>): string | undefined {
  const pick = (v: any) => (typeof v === 'string' ? v : v?.S);
  if (input.Item) return pick(input.Item.pk);
  if (input.Key) return pick(input.Key.pk);
  const batch = input.RequestItems && (Object.values(input.RequestItems)[0] as any);
  if (batch?.Keys?.[0]) return pick(batch.Keys[0].pk);
  if (Array.isArray(batch) && batch[0]) return pick(batch[0].PutRequest?.Item?.pk ?? batch[0].DeleteRequest?.Key?.pk);
  return undefined;
}

/**
 * Records every DynamoDB command the client sends, asking DynamoDB for the capacity each one
 * consumed (`ReturnConsumedCapacity: INDEXES`, which DynamoDB Local answers like AWS). Capacity
 * is billed for failed conditional writes too; they are recorded with `failed`.
 */
export function recordDynamoCalls(client: DynamoDBClient, { capacity = true, keepInput = false }: RecordOptions = {}): CallRecorder {
  const calls: RecordedCall[] = [];
  const name = `recordCalls${++faultIds}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      const input = args.input as Record<string, any>;
      const call: RecordedCall = { command, pk: firstPk(input), read: 0, write: 0, indexes: {} };
      (context as { [RECORDED]?: RecordedCall })[RECORDED] = call;
      calls.push(call);
      if (capacity && CAPACITY_COMMANDS.has(command) && input.ReturnConsumedCapacity === undefined) input.ReturnConsumedCapacity = 'INDEXES';
      try {
        const result = await next(args);
        addCapacity(call, (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity);
        return result;
      } catch (error) {
        call.failed = (error as Error).name;
        // A failed conditional write still consumes write capacity; DynamoDB reports it on the error when asked.
        addCapacity(call, (error as DynamoDBServiceException & { ConsumedCapacity?: unknown }).ConsumedCapacity);
        throw error;
      }
    },
    { step: 'initialize', name, priority: 'high' },
  );
  if (keepInput) {
    // At `build` the document client has marshalled the input: this is what goes on the wire.
    client.middlewareStack.add(
      (next, context) => async (args) => {
        const call = (context as { [RECORDED]?: RecordedCall })[RECORDED];
        if (call) call.input = structuredClone(args.input as Record<string, any>);
        return next(args);
      },
      { step: 'build', name: `${name}Input`, priority: 'low' },
    );
  }
  return {
    calls,
    reset: () => void calls.splice(0),
    remove: () => {
      client.middlewareStack.remove(name);
      client.middlewareStack.remove(`${name}Input`);
    },
  };
}

interface Capacity {
  CapacityUnits?: number;
  ReadCapacityUnits?: number;
  WriteCapacityUnits?: number;
  Table?: Capacity;
  GlobalSecondaryIndexes?: Record<string, Capacity>;
  LocalSecondaryIndexes?: Record<string, Capacity>;
}

function addCapacity(call: RecordedCall, consumed: unknown): void {
  const list = (Array.isArray(consumed) ? consumed : consumed ? [consumed] : []) as Capacity[];
  const reads = (c?: Capacity) => c?.ReadCapacityUnits ?? 0;
  const writes = (c?: Capacity) => c?.WriteCapacityUnits ?? 0;
  for (const c of list) {
    const isWrite = /Put|Update|Delete|BatchWrite|TransactWrite/.test(call.command);
    // Some responses only carry CapacityUnits; attribute it by the kind of command.
    const split = (x?: Capacity) =>
      x && x.ReadCapacityUnits === undefined && x.WriteCapacityUnits === undefined && x.CapacityUnits !== undefined
        ? isWrite
          ? { r: 0, w: x.CapacityUnits }
          : { r: x.CapacityUnits, w: 0 }
        : { r: reads(x), w: writes(x) };
    const hasParts = c.Table !== undefined || c.GlobalSecondaryIndexes !== undefined;
    if (hasParts) {
      const table = split(c.Table);
      call.read += table.r;
      call.write += table.w;
      for (const [index, cap] of Object.entries({ ...(c.GlobalSecondaryIndexes ?? {}), ...(c.LocalSecondaryIndexes ?? {}) })) {
        const part = split(cap);
        call.read += part.r;
        call.write += part.w;
        call.indexes[index] = (call.indexes[index] ?? 0) + part.r + part.w;
      }
    } else {
      const total = split(c);
      call.read += total.r;
      call.write += total.w;
    }
  }
}

/** Counters the reliability suite prints at the end (test/reliability/globalTeardown.ts). */
export interface Tally {
  inputsTried?: number;
  faultsInjected?: number;
  turnsChecked?: number;
  recordsLost?: number;
}

function currentTestFile(): string {
  const state = (globalThis as { expect?: { getState?: () => { testPath?: string } } }).expect?.getState?.();
  return state?.testPath?.replace(/^.*\//, '') ?? 'unknown';
}

/** Adds to the run's totals (a line in the file named by RELIABILITY_TALLY_FILE; nothing outside the reliability suite). */
export function tally(counts: Tally, suite = currentTestFile()): void {
  const file = process.env.RELIABILITY_TALLY_FILE;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ suite, ...counts })}\n`);
}

/** DynamoDB commands that change the table. */
export const DYNAMO_WRITES = /^(PutItem|UpdateItem|DeleteItem|BatchWriteItem|TransactWriteItems)Command$/;

/**
 * The local stack for a reliability suite, with every DynamoDB call recorded; the suite's counts
 * are printed when it ends. Read `stack` and `recorder` inside tests (they exist from beforeAll on).
 */
export function useReliabilityStack(counts: Tally): { readonly stack: TestStack; readonly recorder: CallRecorder } {
  const suite = {} as { stack: TestStack; recorder: CallRecorder };
  beforeAll(async () => {
    suite.stack = await startTestStack();
    suite.recorder = recordDynamoCalls(suite.stack.runtime.dynamo.client, { capacity: false });
  });
  afterAll(async () => {
    tally(counts);
    suite.recorder.remove();
    await suite.stack.close();
  });
  return suite;
}
