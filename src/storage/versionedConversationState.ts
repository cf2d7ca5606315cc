import { ConversationState, calculateChangeHash, type TurnContext } from 'botbuilder-core';
import { CREATE_ONLY_ETAG } from './dynamoStorage';

const LOADED_HASH = Symbol('versionedConversationState.loadedHash');

/**
 * ConversationState that writes back the eTag it read. botbuilder's BotState.saveChanges always
 * writes with eTag `*` (last writer wins), which loses a parent's second text when two arrive
 * together; this keeps the version so the storage can refuse a stale write. A conversation seen
 * for the first time is written "create only", so two first texts cannot both create it.
 */
export class VersionedConversationState extends ConversationState {
  // botbuilder's BotState.load is declared Promise<any>; an override must keep that signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async load(context: TurnContext, force = false): Promise<any> {
    // Every property access calls load; only a real read from storage sets the baseline to compare against.
    const fromStorage = force || this.get(context) === undefined;
    const state = await super.load(context, force);
    if (fromStorage) {
      state.eTag ??= CREATE_ONLY_ETAG;
      context.turnState.set(LOADED_HASH, calculateChangeHash(state));
    }
    return state;
  }

  async saveChanges(context: TurnContext, force = false): Promise<void> {
    const state = this.get(context);
    if (!state) return super.saveChanges(context, force);
    if (!force && context.turnState.get(LOADED_HASH) === calculateChangeHash(state)) return;
    const key = this.getStorageKey(context);
    if (!key) throw new Error('[VersionedConversationState]: cannot compute a storage key for this activity.');
    // The storage leaves `state.eTag` as read: one save per load (runCommittedTurn re-loads before saving again).
    await this.storage.write({ [key]: state });
    context.turnState.set(LOADED_HASH, calculateChangeHash(state));
  }
}
