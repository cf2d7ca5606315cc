import { getInfrastructure } from '../src/app/infrastructure';
import { checkTable } from '../src/storage/health';
import { httpHandler, jsonResponse } from '../src/http/middleware';

/** GET /health: 200 when the handler starts (config valid) and the table answers; 503 otherwise. */
export const handler = httpHandler().handler(async () => {
  const { dynamo, config } = await getInfrastructure();
  const table = await checkTable(dynamo.documentClient, config.TABLE_NAME);
  return jsonResponse(table ? 200 : 503, { status: table ? 'ok' : 'unavailable', table: table ? 'reachable' : 'unreachable' });
});
