import { BatchGetCommand, BatchWriteCommand, DeleteCommand, PutCommand, QueryCommand, ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

type Item = Record<string, unknown>;
type Values = Record<string, unknown>;

/**
 * A small in-memory stand-in for the DynamoDB document client, for unit tests of modules that
 * take one (transcripts, unanswered questions, privacy). It does what those modules ask of the
 * table: Put, Delete, BatchWrite, BatchGet, Query and Scan with `a = :v`, `a > :v` and
 * `begins_with(a, :v)` clauses joined by AND. Anything else throws, so a module that starts
 * asking for more fails here instead of passing against a fake that ignored it. Integration
 * tests run the same modules against DynamoDB Local.
 */
export class MemoryTable {
  readonly items = new Map<string, Item>();
  /** Every command sent, by name (tests count calls, e.g. one BatchWrite per 25 lines). */
  readonly calls: string[] = [];
  /** Items per Query/Scan page; more come back with LastEvaluatedKey, as DynamoDB pages a large result. */
  pageSize = Infinity;
  /** How many requests of the next BatchWrite come back as UnprocessedItems (DynamoDB under load). */
  unprocessedNextBatch = 0;

  readonly client = { send: (command: unknown) => this.send(command) } as unknown as DynamoDBDocumentClient;

  put(...items: Item[]): void {
    for (const item of items) this.items.set(keyOf(item), structuredClone(item));
  }

  all(): Item[] {
    return [...this.items.values()];
  }

  private async send(command: unknown): Promise<unknown> {
    this.calls.push((command as object).constructor.name);
    if (command instanceof PutCommand) return void this.put(command.input.Item as Item);
    if (command instanceof DeleteCommand) return void this.items.delete(keyOf(command.input.Key as Item));
    if (command instanceof BatchWriteCommand) return this.batchWrite(command.input.RequestItems ?? {});
    if (command instanceof BatchGetCommand) {
      const [[table, { Keys = [] }]] = Object.entries(command.input.RequestItems ?? {});
      return { Responses: { [table]: Keys.map((key) => this.items.get(keyOf(key))).filter(Boolean) } };
    }
    if (command instanceof QueryCommand) {
      const { KeyConditionExpression = '', FilterExpression, ScanIndexForward = true, Limit } = command.input;
      if (FilterExpression) throw new Error(`MemoryTable: unsupported Query FilterExpression ${FilterExpression}`);
      const matches = this.where(KeyConditionExpression, command.input).sort(bySortKey(command.input.IndexName));
      if (!ScanIndexForward) matches.reverse();
      return this.page(matches.slice(0, Limit ?? Infinity), command.input);
    }
    if (command instanceof ScanCommand) {
      const matches = command.input.FilterExpression ? this.where(command.input.FilterExpression, command.input) : this.all();
      return this.page(matches.sort(bySortKey()), command.input);
    }
    throw new Error(`MemoryTable: unsupported command ${(command as object).constructor.name}`);
  }

  private batchWrite(requestItems: Record<string, { PutRequest?: { Item?: Item }; DeleteRequest?: { Key?: Item } }[]>) {
    const [[table, requests]] = Object.entries(requestItems);
    if (requests.length > 25) throw new Error(`MemoryTable: BatchWrite of ${requests.length} requests (DynamoDB allows 25)`);
    const kept = requests.length - Math.min(this.unprocessedNextBatch, requests.length);
    this.unprocessedNextBatch = 0;
    for (const request of requests.slice(0, kept)) {
      if (request.PutRequest?.Item) this.put(request.PutRequest.Item);
      else if (request.DeleteRequest?.Key) this.items.delete(keyOf(request.DeleteRequest.Key));
    }
    const unprocessed = requests.slice(kept);
    return { UnprocessedItems: unprocessed.length > 0 ? { [table]: unprocessed } : {} };
  }

  private where(expression: string, input: { ExpressionAttributeNames?: Record<string, string>; ExpressionAttributeValues?: Values }): Item[] {
    const name = (n: string) => input.ExpressionAttributeNames?.[n] ?? n;
    const value = (v: string) => {
      if (!(v in (input.ExpressionAttributeValues ?? {}))) throw new Error(`MemoryTable: no value for ${v}`);
      return input.ExpressionAttributeValues![v];
    };
    const tests = expression.split(/\s+AND\s+/).map((clause): ((item: Item) => boolean) => {
      const prefix = clause.match(/^begins_with\((\S+),\s*(:\w+)\)$/);
      if (prefix) return (item) => String(item[name(prefix[1])] ?? '').startsWith(String(value(prefix[2])));
      const compare = clause.match(/^(\S+)\s*(=|>)\s*(:\w+)$/);
      if (!compare) throw new Error(`MemoryTable: unsupported expression ${clause}`);
      const [, attribute, op, placeholder] = compare;
      return (item) => {
        const actual = item[name(attribute)];
        if (actual === undefined) return false;
        return op === '=' ? actual === value(placeholder) : String(actual) > String(value(placeholder));
      };
    });
    return this.all().filter((item) => tests.every((test) => test(item)));
  }

  private page(matches: Item[], input: { ExclusiveStartKey?: Item; ProjectionExpression?: string }) {
    const start = input.ExclusiveStartKey ? matches.findIndex((item) => keyOf(item) === keyOf(input.ExclusiveStartKey!)) + 1 : 0;
    const page = matches.slice(start, start + this.pageSize);
    const more = start + page.length < matches.length;
    const attributes = input.ProjectionExpression?.split(/\s*,\s*/);
    const project = (item: Item) => (attributes ? Object.fromEntries(attributes.map((a) => [a, item[a]])) : structuredClone(item));
    const last = page[page.length - 1];
    return { Items: page.map(project), ...(more ? { LastEvaluatedKey: { pk: last.pk, sk: last.sk } } : {}) };
  }
}

function keyOf(item: Item): string {
  return `${String(item.pk)}\u0000${String(item.sk)}`;
}

/** DynamoDB's order: by the (index's) sort key, compared by code unit as DynamoDB compares bytes. */
function bySortKey(indexName?: string) {
  const sk = indexName ? `${indexName}sk` : 'sk';
  const compare = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return (a: Item, b: Item) => compare(String(a[sk] ?? ''), String(b[sk] ?? '')) || compare(keyOf(a), keyOf(b));
}
