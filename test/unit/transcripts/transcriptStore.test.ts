import { TranscriptStore, type TranscriptEntry } from '../../../src/transcripts/transcriptStore';
import { MemoryTable } from '../memoryTable';

const PHONE = '+16615550177';
const texter = { channel: 'sms' as const, key: PHONE };
const at = (minute: number) => `2026-11-03T17:${String(minute).padStart(2, '0')}:00.000Z`;
const line = (minute: number, text: string, from: TranscriptEntry['from'] = 'user'): TranscriptEntry => ({ at: at(minute), from, text });

function store(table: MemoryTable, ttlDays = 30) {
  return new TranscriptStore(table.client, 'ccs-test', ttlDays);
}

describe('Class: TranscriptStore', () => {
  it('gives back a long conversation in the order it was said (lines of one turn share a time), written 25 lines per call', async () => {
    const table = new MemoryTable();
    const lines = Array.from({ length: 60 }, (_, i) => line(Math.floor(i / 3), `line ${i}`, i % 3 ? 'bot' : 'user'));
    await store(table).append(texter, lines);

    expect(table.calls.filter((name) => name === 'BatchWriteCommand')).toHaveLength(3);
    expect((await store(table).list(texter)).map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  it('shows the most recent lines when asked for a few, oldest of them first', async () => {
    const table = new MemoryTable();
    await store(table).append(texter, [line(1, 'one'), line(2, 'two'), line(3, 'three'), line(4, 'four')]);
    expect((await store(table).list(texter, 2)).map((l) => l.text)).toEqual(['three', 'four']);
  });

  it('lists only lines written after a given moment (what an open web chat polls for), not the ones at that moment', async () => {
    const table = new MemoryTable();
    await store(table).append(texter, [line(1, 'seen'), line(2, 'also seen')]);
    await store(table).append(texter, [{ ...line(3, 'Your referral was received.', 'staff'), staffId: 'kern-1', proactive: true }]);
    expect(await store(table).list(texter, 200, at(2))).toEqual([
      { at: at(3), from: 'staff', text: 'Your referral was received.', staffId: 'kern-1', proactive: true },
    ]);
  });

  it('keeps one conversation apart from another, a web chat apart from a phone', async () => {
    const table = new MemoryTable();
    await store(table).append(texter, [line(1, 'from the phone')]);
    await store(table).append({ channel: 'web', key: 'web-conv-1' }, [line(1, 'from the web')]);
    expect((await store(table).list(texter)).map((l) => l.text)).toEqual(['from the phone']);
    expect(await store(table).list({ channel: 'web', key: PHONE })).toEqual([]);
  });

  it('writes no phone number into any key and lets every line expire with the conversation (STATE_TTL_DAYS)', async () => {
    const table = new MemoryTable();
    const before = Math.floor(Date.now() / 1000);
    await store(table, 30).append(texter, [line(1, 'hello')]);
    const [item] = table.all();
    expect(`${item.pk} ${item.sk}`).not.toMatch(/6615550177/);
    expect(item.expiresAt).toBeGreaterThanOrEqual(before + 30 * 86400);
    expect(item.expiresAt).toBeLessThanOrEqual(before + 30 * 86400 + 5);
  });
});
