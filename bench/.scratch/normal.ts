import { startLocalStack } from '../../src/local/stack';
import { invokeMessages, messagesEvent } from '../lib/lambda';
async function main() {
  const stack = await startLocalStack();
  try {
    const t0 = performance.now();
    const r = await invokeMessages(messagesEvent({ type: 'message', text: 'hi', channelId: 'webchat', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'x1' }, from: { id: 'u1' } }));
    console.log((performance.now() - t0).toFixed(0), 'ms', r.statusCode, r.body?.slice(0, 200));
  } finally { await stack.close(); }
}
main();
