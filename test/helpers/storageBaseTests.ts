import { AutoSaveStateMiddleware, ConversationState, MessageFactory, TestAdapter, type BotState, type Storage } from 'botbuilder';
import { Dialog, DialogSet, TextPrompt, WaterfallDialog, type DialogState } from 'botbuilder-dialogs';
import { VersionedConversationState } from '../../src/storage/versionedConversationState';

/**
 * The project's port of botbuilder-js's StorageBaseTests (botbuilder-core/tests/storageBaseTests.js):
 * the behaviour every botbuilder `Storage` provider must show, with botbuilder's MemoryStorage as
 * the reference for argument handling (null keys and changes are a ReferenceError; an empty list
 * or object is nothing to do). Run it with `describeStorage(name, make)`; each test gets a fresh
 * storage from `make`. Keys carry a per-run prefix so providers on a shared table do not meet.
 */
export function describeStorage(name: string, make: () => Promise<Storage>): void {
  describe(`StorageBaseTests: ${name}`, () => {
    let storage: Storage;
    let run = 0;
    /** A key unique to this test, so a table shared by tests starts empty for each. */
    let k: (key: string) => string;
    beforeEach(async () => {
      storage = await make();
      const prefix = `${Date.now().toString(36)}-${++run}-`;
      k = (key) => `${prefix}${key}`;
    });

    it('returns an empty object when reading an unknown key', async () => {
      const result = await storage.read([k('unknown')]);
      expect(result).not.toBeNull();
      expect(Object.keys(result)).toHaveLength(0);
    });

    it('refuses null keys when reading, as MemoryStorage does', async () => {
      await expect(storage.read(null as never)).rejects.toThrow(new ReferenceError('Keys are required when reading.'));
    });

    it('refuses null changes when writing, as MemoryStorage does', async () => {
      await expect(storage.write(null as never)).rejects.toThrow(new ReferenceError('Changes are required when writing.'));
    });

    it('does not throw when writing no items (an empty list or object)', async () => {
      await expect(storage.write([] as never)).resolves.toBeUndefined();
      await expect(storage.write({})).resolves.toBeUndefined();
      await expect(storage.read([])).resolves.toEqual({});
    });

    it('creates objects that read back with an eTag', async () => {
      const items = { [k('createPoco')]: { id: 1 }, [k('createPocoStoreItem')]: { id: 2 } };
      await storage.write(items);
      const read = await storage.read(Object.keys(items));
      expect(read[k('createPoco')].id).toBe(1);
      expect(read[k('createPocoStoreItem')].id).toBe(2);
      expect(typeof read[k('createPoco')].eTag).toBe('string');
      expect(typeof read[k('createPocoStoreItem')].eTag).toBe('string');
    });

    it('handles crazy keys', async () => {
      const key = k('!@#$%^&*()~/\\><,.?\';"`~');
      await storage.write({ [key]: { id: 1 } });
      const read = await storage.read([key]);
      expect(read[key]?.id).toBe(1);
    });

    it('updates objects: a stale eTag is refused, no eTag and * write anyway', async () => {
      const poco = k('pocoItem');
      const storeItem = k('pocoStoreItem');
      await storage.write({ [poco]: { id: 1, count: 1 }, [storeItem]: { id: 1, count: 1 } });

      const loaded = await storage.read([poco, storeItem]);
      const updatePoco = loaded[poco];
      delete updatePoco.eTag; // a plain object without an eTag
      const updateStoreItem = loaded[storeItem];
      const eTagAsRead = updateStoreItem.eTag;
      expect(typeof eTagAsRead).toBe('string');

      updatePoco.count++;
      updateStoreItem.count++;
      await storage.write(loaded);
      // The caller's object keeps the eTag it read: the storage never copies the new one back.
      expect(updateStoreItem.eTag).toBe(eTagAsRead);

      const reloaded = await storage.read([poco, storeItem]);
      expect(typeof reloaded[poco].eTag).toBe('string');
      expect(reloaded[storeItem].eTag).not.toBe(eTagAsRead);
      expect(reloaded[poco].count).toBe(2);
      expect(reloaded[storeItem].count).toBe(2);

      // Without an eTag the write goes through; with the old eTag it must fail.
      updatePoco.count = 123;
      await expect(storage.write({ [poco]: updatePoco })).resolves.toBeUndefined();
      updateStoreItem.count = 123;
      await expect(storage.write({ [storeItem]: updateStoreItem })).rejects.toThrow(/eTag conflict/);

      const reloaded2 = await storage.read([poco, storeItem]);
      expect(reloaded2[poco].count).toBe(123);
      expect(reloaded2[storeItem].count).toBe(2);

      // The wildcard eTag writes unconditionally.
      delete reloaded2[poco].eTag;
      reloaded2[poco].count = 100;
      reloaded2[storeItem].count = 100;
      reloaded2[storeItem].eTag = '*';
      await storage.write({ [poco]: reloaded2[poco], [storeItem]: reloaded2[storeItem] });
      const final = await storage.read([poco, storeItem]);
      expect(final[poco].count).toBe(100);
      expect(final[storeItem].count).toBe(100);
    });

    it('deletes an object', async () => {
      const key = k('delete1');
      await storage.write({ [key]: { id: 1, count: 1 } });
      const read = await storage.read([key]);
      expect(typeof read[key].eTag).toBe('string');
      expect(read[key].count).toBe(1);
      await storage.delete([key]);
      expect((await storage.read([key]))[key]).toBeUndefined();
    });

    it('does not throw when deleting an unknown object', async () => {
      await expect(storage.delete([k('unknown_key')])).resolves.toBeUndefined();
    });

    it('performs batch operations', async () => {
      const keys = [k('batch1'), k('batch2'), k('batch3')];
      await storage.write({ [keys[0]]: { count: 10 }, [keys[1]]: { count: 20 }, [keys[2]]: { count: 30 } });
      const read = await storage.read(keys);
      expect(keys.map((key) => read[key]?.count)).toEqual([10, 20, 30]);
      for (const key of keys) expect(typeof read[key].eTag).toBe('string');
      await storage.delete(keys);
      expect(await storage.read(keys)).toEqual({});
    });

    describe.each([
      ['ConversationState', (s: Storage) => new ConversationState(s)],
      ['VersionedConversationState', (s: Storage) => new VersionedConversationState(s)],
    ])('proceeds through a waterfall with %s', (_stateName, makeState: (s: Storage) => BotState) => {
      it('keeps the dialog stack and prompt attempts across turns', async () => {
        const convoState = makeState(storage);
        const dialogs = new DialogSet(convoState.createProperty<DialogState>('dialogState'));
        dialogs.add(
          new TextPrompt('textPrompt', async (prompt) => {
            if ((prompt.recognized.value ?? '').length > 3) {
              await prompt.context.sendActivity(MessageFactory.text(`You got it at the ${prompt.attemptCount}th try!`));
              return true;
            }
            await prompt.context.sendActivity(MessageFactory.text(`Please send a name that is longer than 3 characters. ${prompt.attemptCount}`));
            return false;
          }),
        );
        dialogs.add(
          new WaterfallDialog('waterfallDialog', [
            async (step) => {
              await step.context.sendActivity('step1');
              return Dialog.EndOfTurn;
            },
            async (step) => step.prompt('textPrompt', { prompt: MessageFactory.text('Please type your name.') }),
            async (step) => {
              await step.context.sendActivity('step3');
              return Dialog.EndOfTurn;
            },
          ]),
        );
        const adapter = new TestAdapter(
          async (context) => {
            const dc = await dialogs.createContext(context);
            await dc.continueDialog();
            if (!context.responded) await dc.beginDialog('waterfallDialog');
          },
          { conversation: { id: k('waterfall'), isGroup: false, name: '', conversationType: 'test' } } as never,
        ).use(new AutoSaveStateMiddleware(convoState));

        await adapter
          .send('hello')
          .assertReply('step1')
          .send('hello')
          .assertReply('Please type your name.')
          .send('hi')
          .assertReply('Please send a name that is longer than 3 characters. 1')
          .send('hi')
          .assertReply('Please send a name that is longer than 3 characters. 2')
          .send('hi')
          .assertReply('Please send a name that is longer than 3 characters. 3')
          .send('Kyle')
          .assertReply('You got it at the 4th try!')
          .assertReply('step3')
          .startTest();
      });
    });
  });
}
