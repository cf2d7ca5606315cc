import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestStack, type TestStack } from '../helpers/localStack';
import { sendSms } from '../helpers/twilio';
import { segmentInfo } from '../../src/channels/sms/segments';

/** A stand-in for Twilio's Messages API that records what it was asked to send. */
async function recordingTwilio(): Promise<{ server: Server; url: string; sent: URLSearchParams[] }> {
  const sent: URLSearchParams[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      sent.push(new URLSearchParams(body));
      res.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ sid: `SM${sent.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, sent };
}

describe('SMS keywords and opt-out (carrier rules) against DynamoDB Local', () => {
  let stack: TestStack;
  let twilio: Awaited<ReturnType<typeof recordingTwilio>>;
  beforeAll(async () => {
    twilio = await recordingTwilio();
    stack = await startTestStack({ TWILIO_API_BASE_URL: twilio.url });
  });
  afterAll(async () => {
    await stack.close();
    twilio.server.close();
  });

  it('STOP opts out with one confirmation; then silence, proactive texts included, until START', async () => {
    const from = '+15555550141';
    await sendSms(stack.baseUrl, { From: from, Body: 'What is CCS?' });

    const stop = await sendSms(stack.baseUrl, { From: from, Body: 'STOP' });
    expect(stop.messages).toHaveLength(1);
    expect(stop.messages[0]).toMatch(/unsubscribed/i);
    expect(stop.messages[0]).toMatch(/START/);

    const ignored = await sendSms(stack.baseUrl, { From: from, Body: 'hello?' });
    expect(ignored.status).toBe(200);
    expect(ignored.messages).toEqual([]);
    const stopAgain = await sendSms(stack.baseUrl, { From: from, Body: 'stop' });
    expect(stopAgain.messages).toEqual([]);

    expect(await stack.runtime.smsSender.send(from, 'Your referral was received')).toEqual({ skipped: 'optedOut' });
    expect(twilio.sent.filter((p) => p.get('To') === from)).toHaveLength(0);

    const start = await sendSms(stack.baseUrl, { From: from, Body: 'START' });
    expect(start.messages[0]).toMatch(/subscribed/i);
    const back = await sendSms(stack.baseUrl, { From: from, Body: 'What is CCS?' });
    expect(back.messages.join('\n')).toMatch(/21/);
    await stack.runtime.smsSender.send(from, 'Your referral was received');
    expect(twilio.sent.filter((p) => p.get('To') === from)).toHaveLength(1);
  });

  it.each(['STOPALL', 'unsubscribe', 'Cancel', 'END', 'quit', 'PARAR', 'alto'])('%s opts the number out too', async (word) => {
    const from = `+1555555${String(Math.floor(Math.random() * 9000) + 1000)}`;
    const reply = await sendSms(stack.baseUrl, { From: from, Body: word });
    expect(reply.messages).toHaveLength(1);
    expect(await stack.runtime.optOuts.isOptedOut(from)).toBe(true);
    expect((await sendSms(stack.baseUrl, { From: from, Body: 'hola' })).messages).toEqual([]);
  });

  it('treats "yes" as an answer for a subscribed number, and as opt-in only after STOP', async () => {
    const from = '+15555550145';
    await sendSms(stack.baseUrl, { From: from, Body: 'What is CCS?' });
    const answer = await sendSms(stack.baseUrl, { From: from, Body: 'yes' });
    expect(answer.messages.join('\n')).not.toMatch(/subscribed/i);
    await sendSms(stack.baseUrl, { From: from, Body: 'STOP' });
    const back = await sendSms(stack.baseUrl, { From: from, Body: 'YES' });
    expect(back.messages[0]).toMatch(/subscribed/i);
    expect(await stack.runtime.optOuts.isOptedOut(from)).toBe(false);
  });

  it('confirms a Spanish opt-out in Spanish', async () => {
    const reply = await sendSms(stack.baseUrl, { From: '+15555550142', Body: 'PARAR' });
    expect(reply.messages[0]).toMatch(/Ya no recibirá mensajes/);
  });

  it('HELP answers with the program, how to reach a person and how to opt out', async () => {
    const reply = await sendSms(stack.baseUrl, { From: '+15555550143', Body: 'help' });
    expect(reply.messages).toHaveLength(1);
    expect(reply.messages[0]).toMatch(/California Children's Services/);
    expect(reply.messages[0]).toMatch(/AGENT/);
    expect(reply.messages[0]).toMatch(/STOP/);
  });

  it('answers STOP, START and HELP in the language of the conversation, each in one text of at most 3 segments', async () => {
    const from = '+15555550146';
    await sendSms(stack.baseUrl, { From: from, Body: '¿Qué es CCS?' });
    const replies = [];
    for (const Body of ['HELP', 'STOP', 'START']) {
      const reply = await sendSms(stack.baseUrl, { From: from, Body });
      expect(reply.messages).toHaveLength(1);
      expect(segmentInfo(reply.messages[0]).segments).toBeLessThanOrEqual(3);
      replies.push(reply.messages[0]);
    }
    expect(replies[0]).toMatch(/Para hablar con una persona, responda AGENTE/);
    expect(replies[1]).toMatch(/Ya no recibirá mensajes/);
    expect(replies[2]).toMatch(/Volverá a recibir mensajes/);
    expect(await stack.runtime.optOuts.isOptedOut(from)).toBe(false);
  });

  it('answers AYUDA in Spanish within 3 segments even in an English conversation, and STOP in English there', async () => {
    const from = '+15555550147';
    await sendSms(stack.baseUrl, { From: from, Body: 'What is CCS?' });
    const help = await sendSms(stack.baseUrl, { From: from, Body: 'AYUDA' });
    expect(help.messages).toHaveLength(1);
    expect(help.messages[0]).toMatch(/responda AGENTE/);
    expect(segmentInfo(help.messages[0]).segments).toBeLessThanOrEqual(3);
    expect((await sendSms(stack.baseUrl, { From: from, Body: 'STOP' })).messages[0]).toMatch(/unsubscribed/);
  });

  it('treats "stop" inside a sentence as an ordinary message, not an opt-out', async () => {
    const from = '+15555550144';
    await sendSms(stack.baseUrl, { From: from, Body: 'how do i stop getting bills from the hospital' });
    expect(await stack.runtime.optOuts.isOptedOut(from)).toBe(false);
  });
});
