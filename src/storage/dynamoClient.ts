import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Config } from '../config';

/** Client settings for AWS or, when `DYNAMODB_ENDPOINT` is set, DynamoDB Local (any static credentials work there). */
export function dynamoClientConfig(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBClientConfig {
  if (!config.DYNAMODB_ENDPOINT) return { region: config.AWS_REGION };
  return {
    region: config.AWS_REGION,
    endpoint: config.DYNAMODB_ENDPOINT,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  };
}

export interface DynamoClients {
  client: DynamoDBClient;
  documentClient: DynamoDBDocumentClient;
}

/** One client pair per process, shared by every store (connection reuse across warm invocations). */
export function createDynamoClients(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoClients {
  const client = new DynamoDBClient(dynamoClientConfig(config));
  const documentClient = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
  return { client, documentClient };
}
