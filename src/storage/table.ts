import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * The single table. Every item has `pk`/`sk`; items that must be listed by another key carry
 * `gsi1pk`/`gsi1sk` (staff queues) or `gsi2pk`/`gsi2sk` (a family's own referrals). `expiresAt`
 * (epoch seconds) is the TTL attribute. serverless.yml declares the same table. What each kind
 * of item's keys look like is src/storage/keys.ts.
 */
export const TABLE_KEYS = {
  partition: 'pk',
  sort: 'sk',
  ttl: 'expiresAt',
  gsi1: 'gsi1',
  gsi2: 'gsi2',
} as const;

export function tableDefinition(tableName: string): CreateTableCommandInput {
  const gsi = (name: string) => ({
    IndexName: name,
    KeySchema: [
      { AttributeName: `${name}pk`, KeyType: 'HASH' as const },
      { AttributeName: `${name}sk`, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  });
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'gsi2pk', 'gsi2sk'].map((AttributeName) => ({
      AttributeName,
      AttributeType: 'S' as const,
    })),
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [gsi(TABLE_KEYS.gsi1), gsi(TABLE_KEYS.gsi2)],
    StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
  };
}

/** Epoch seconds `days` from `now`, for the TTL attribute. */
export function expiresInDays(days: number, now: Date = new Date()): number {
  return Math.floor(now.getTime() / 1000) + Math.round(days * 86400);
}
