// The phone simulator: one thread per sending number, like a shared test phone with several SIMs.
// Sending goes through the local relay (POST /phone/api/send), which texts POST /sms as Twilio
// would; texts the product sends on its own are polled from the local Twilio outbox.
'use strict';

const PRESETS = [
  { label: 'Parent A', number: '+15555550123' },
  { label: 'Parent B', number: '+15555550124' },
  { label: 'Parent C', number: '+15555550125' },
];
const OTHER = 'other';
const POLL_MS = 1500;

const $ = (id) => document.getElementById(id);
const fromSelect = $('from');
const customForm = $('custom');
const customNumber = $('custom-number');
const thread = $('thread');
const list = $('messages');
const announcer = $('announcer');
const composer = $('composer');
const input = $('body');

/** number -> [{ direction: 'in' | 'out' | 'note', body, meta }] */
const threads = new Map();
const unread = new Map();
const labels = new Map(PRESETS.map((p) => [p.number, p.label]));
let current = PRESETS[0].number;
let cursor = 0;
// Texts from the same phone go out one after another, as a phone sends them.
let queue = Promise.resolve();

function segmentsMeta({ segments, encoding }) {
  return `${segments} segment${segments === 1 ? '' : 's'} · ${encoding}`;
}

function messagesOf(number) {
  if (!threads.has(number)) threads.set(number, []);
  return threads.get(number);
}

function renderSenders() {
  fromSelect.replaceChildren(
    ...[...labels].map(([number, label]) => {
      const count = unread.get(number) ?? 0;
      const text = `${label ? `${label} ` : ''}${number}${count ? ` (${count} new)` : ''}`;
      return new Option(text, number, false, number === current);
    }),
    new Option('Other number…', OTHER),
  );
}

function renderItem(item) {
  const li = document.createElement('li');
  li.className = item.direction === 'note' ? 'note' : `msg ${item.direction}`;
  if (item.direction === 'note') {
    li.textContent = item.body;
    return li;
  }
  const bubble = document.createElement('div');
  bubble.className = 'bubble';
  bubble.textContent = item.body;
  const meta = document.createElement('div');
  meta.className = 'meta';
  meta.textContent = item.meta;
  li.append(bubble, meta);
  item.metaElement = meta;
  return li;
}

function renderThread() {
  list.replaceChildren(...messagesOf(current).map(renderItem));
  thread.scrollTop = thread.scrollHeight;
}

function add(number, item) {
  messagesOf(number).push(item);
  if (number === current) {
    list.append(renderItem(item));
    thread.scrollTop = thread.scrollHeight;
    if (item.direction === 'in') announcer.textContent = `CCS Navigator: ${item.body}`;
  } else if (item.direction === 'in') {
    unread.set(number, (unread.get(number) ?? 0) + 1);
    labels.set(number, labels.get(number) ?? '');
    renderSenders();
  }
  return item;
}

function select(number) {
  current = number;
  labels.set(number, labels.get(number) ?? '');
  unread.delete(number);
  renderSenders();
  renderThread();
}

async function relay(from, body) {
  const response = await fetch('/phone/api/send', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ from, body }),
  });
  const json = await response.json().catch(() => ({ error: `HTTP ${response.status}` }));
  if (!response.ok) throw new Error(json.error);
  return json;
}

function send(body) {
  const from = current;
  const sent = add(from, { direction: 'out', body, meta: 'Sending…' });
  queue = queue.then(async () => {
    const typing = from === current ? renderItem({ direction: 'in', body: '•••', meta: '' }) : null;
    if (typing) {
      typing.classList.add('typing');
      typing.setAttribute('aria-label', 'CCS Navigator is replying');
      list.append(typing);
      thread.scrollTop = thread.scrollHeight;
    }
    try {
      const answer = await relay(from, body);
      sent.meta = `Delivered · ${segmentsMeta(answer.sent)}`;
      if (sent.metaElement) sent.metaElement.textContent = sent.meta;
      typing?.remove();
      for (const reply of answer.replies) add(from, { direction: 'in', body: reply.body, meta: `${segmentsMeta(reply)} · TwiML reply` });
    } catch (error) {
      typing?.remove();
      sent.meta = 'Not delivered';
      if (sent.metaElement) sent.metaElement.textContent = sent.meta;
      add(from, { direction: 'note', body: error.message });
      announcer.textContent = `Not delivered: ${error.message}`;
    }
  });
}

async function poll() {
  try {
    const response = await fetch(`/twilio/outbox?after=${cursor}`);
    if (response.ok) {
      const { messages, cursor: next } = await response.json();
      for (const m of messages) add(m.to, { direction: 'in', body: m.body, meta: `${segmentsMeta(m)} · sent via the Twilio API` });
      cursor = next;
    }
  } catch {
    // The local server is restarting; the next poll catches up from the same cursor.
  } finally {
    setTimeout(poll, POLL_MS);
  }
}

fromSelect.addEventListener('change', () => {
  const showCustom = fromSelect.value === OTHER;
  customForm.hidden = !showCustom;
  if (showCustom) customNumber.focus();
  else select(fromSelect.value);
});

customForm.addEventListener('submit', (event) => {
  event.preventDefault();
  customForm.hidden = true;
  select(customNumber.value.trim());
});

composer.addEventListener('submit', (event) => {
  event.preventDefault();
  const body = input.value;
  if (!body.trim()) return;
  input.value = '';
  input.style.height = '';
  send(body);
  input.focus();
});

// Return sends, Shift+Return starts a new line, as in desktop messaging apps.
input.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    composer.requestSubmit();
  }
});
input.addEventListener('input', () => {
  input.style.height = '';
  input.style.height = `${input.scrollHeight}px`;
});

fetch('/phone/api/config')
  .then((response) => response.json())
  .then(({ twilioNumber }) => {
    $('twilio-number').textContent = twilioNumber;
  });
renderSenders();
poll();
