import { OptOutStore } from '../../../src/channels/sms/optOutStore';
import { migratePhoneKeys } from '../../../src/privacy/migratePhoneKeys';
import { KeyHasher } from '../../../src/storage/keyHash';
import { legacyOptOutKey, optOutKey, stateKey } from '../../../src/storage/keys';
import { MemoryTable } from '../memoryTable';

const TABLE = 'ccs-test';
const keyHash = new KeyHasher(() => 'unit-test-secret');
const PHONES = ['+16615550101', '+16615550102', '+16615550103', '+16615550104', '+16615550105'];

/** A table as it was before keys were hashed: opt-outs under the number in clear, plus unrelated items. */
function tableBeforeHashing(): MemoryTable {
  const table = new MemoryTable();
  PHONES.forEach((phone, i) => table.put({ ...legacyOptOutKey(phone), optedOutAt: `2026-10-0${i + 1}T09:00:00.000Z` }));
  table.put(
    { ...optOutKey(keyHash, '+16615550199'), optedOutAt: '2026-11-01T09:00:00.000Z' },
    { ...stateKey(keyHash, 'sms/conversations/+16615550199/'), document: {} },
  );
  return table;
}

describe('Function: migratePhoneKeys (moving opt-outs off the number in clear)', () => {
  it('moves every clear opt-out to the keyed hash, keeping when the person opted out, across scan pages', async () => {
    const table = tableBeforeHashing();
    table.pageSize = 2;

    expect(await migratePhoneKeys(table.client, TABLE, keyHash)).toEqual({ optOuts: PHONES.length });

    const pks = table.all().map((item) => String(item.pk));
    expect(pks.filter((pk) => pk.includes('+1'))).toEqual([]);
    PHONES.forEach((phone, i) => {
      expect(table.items.get(`${optOutKey(keyHash, phone).pk}\u0000OPTOUT`)).toMatchObject({ optedOutAt: `2026-10-0${i + 1}T09:00:00.000Z` });
    });
    const optOuts = new OptOutStore(table.client, TABLE, keyHash);
    for (const phone of PHONES) expect(await optOuts.isOptedOut(phone)).toBe(true);
    expect(await optOuts.isOptedOut('+16615550100')).toBe(false);
  });

  it('is safe to run again: the second run moves nothing and changes nothing', async () => {
    const table = tableBeforeHashing();
    await migratePhoneKeys(table.client, TABLE, keyHash);
    const afterFirst = table.all();

    expect(await migratePhoneKeys(table.client, TABLE, keyHash)).toEqual({ optOuts: 0 });
    expect(table.all()).toEqual(afterFirst);
  });

  it('writes the new key before removing the old one, so the number is opted out at every moment', async () => {
    const table = tableBeforeHashing();
    const optOuts = new OptOutStore(table.client, TABLE, keyHash);
    const seen: boolean[] = [];
    const send = table.client.send.bind(table.client);
    // After each write of the migration, ask what an outbound text would ask: is this number opted out?
    table.client.send = (async (command: Parameters<typeof send>[0]) => {
      const result = await send(command);
      if (command.constructor.name !== 'ScanCommand' && command.constructor.name !== 'BatchGetCommand') {
        seen.push(...(await Promise.all(PHONES.map((phone) => optOuts.isOptedOut(phone)))));
      }
      return result;
    }) as typeof table.client.send;

    await migratePhoneKeys(table.client, TABLE, keyHash);

    expect(seen.length).toBe(PHONES.length * 2 * PHONES.length);
    expect(seen.every(Boolean)).toBe(true);
  });
});
