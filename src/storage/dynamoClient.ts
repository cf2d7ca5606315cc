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

/** One document client per process, shared by every store (connection reuse across warm invocations). */
export function createDocumentClient(config: Pick<Config, 'AWS_REGION' | 'DYNAMODB_ENDPOINT'>): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(dynamoClientConfig(config)), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: true },
  });
}
