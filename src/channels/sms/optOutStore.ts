import { DeleteCommand, GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/**
 * Numbers that texted STOP. Kept without a TTL: an opt-out lasts until the person texts START,
 * whatever happens to their conversation data. Checked before every outbound text.
 */
export class OptOutStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private key(phone: string) {
    return { pk: `OPTOUT#${phone}`, sk: 'OPTOUT' };
  }

  async optOut(phone: string, at = new Date()): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: { ...this.key(phone), optedOutAt: at.toISOString() } }));
  }

  async optIn(phone: string): Promise<void> {
    await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: this.key(phone) }));
  }

  async isOptedOut(phone: string): Promise<boolean> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.key(phone), ConsistentRead: true }));
    return Item !== undefined;
  }
}
