import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';

/**
 * The cold-start floor: a Lambda handler that only imports the DynamoDB client (bundled the same
 * way as the product's functions) and reads one item per invocation.
 */
const client = new DynamoDBClient(
  process.env.DYNAMODB_ENDPOINT
    ? { endpoint: process.env.DYNAMODB_ENDPOINT, region: 'us-west-2', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }
    : {},
);

export const handler = async (): Promise<{ statusCode: number }> => {
  await client.send(new GetItemCommand({ TableName: process.env.TABLE_NAME, Key: { pk: { S: 'FLOOR' }, sk: { S: 'FLOOR' } } }));
  return { statusCode: 200 };
};
