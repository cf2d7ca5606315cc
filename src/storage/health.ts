import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { errorSummary, logger } from '../observability/logger';
import { HEALTH_PROBE_KEY } from './keys';

/** True when the table answers a read (one GetItem on a key that never exists: cheap, needs no extra IAM). */
export async function checkTable(client: DynamoDBDocumentClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new GetCommand({ TableName: tableName, Key: HEALTH_PROBE_KEY }));
    return true;
  } catch (error) {
    logger.error('health check: table unreachable', { error: errorSummary(error) });
    return false;
  }
}
