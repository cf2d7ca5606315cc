import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder';
import { CREATE_ONLY_ETAG } from './dynamoStorage';

/**
 * ConversationState that writes back the eTag it read. botbuilder's BotState.saveChanges always
 * writes with eTag `*` (last writer wins), which loses a parent's second text when two arrive
 * together; this keeps the version so the storage can refuse a stale write.
 */
export class VersionedConversationState extends ConversationState {
  async load(context: TurnContext, force = false): Promise<any> {
    const state = await super.load(context, force);
    state.eTag ??= CREATE_ONLY_ETAG;
    return state;
  }

  async saveChanges(context: TurnContext, force = false): Promise<void> {
    const cached = context.turnState.get(this.stateKey);
    const eTag: string | undefined = cached?.state?.eTag;
    if (!cached || eTag === undefined || eTag === '*') return super.saveChanges(context, force);
    if (!force && cached.hash === calculateChangeHash(cached.state)) return;
    const key = this.getStorageKey(context);
    if (!key) throw new Error('[VersionedConversationState]: cannot compute a storage key for this activity.');
    await this.storage.write({ [key]: { ...cached.state, eTag } });
    cached.hash = calculateChangeHash(cached.state);
  }
}
