import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
const client = new DynamoDBClient({});
export const handler = async () => { await client.send(new GetItemCommand({ TableName: 't', Key: { pk: { S: 'x' } } })); return { statusCode: 200 }; };
