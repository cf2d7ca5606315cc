import { startDynamoLocal } from '../../src/local/dynamoLocal';

/** One DynamoDB Local for the whole run; each test file makes its own table in it. */
export default async function globalSetup(): Promise<void> {
  const dynamo = await startDynamoLocal();
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  (globalThis as { __dynamoLocal?: typeof dynamo }).__dynamoLocal = dynamo;
}
