/**
 * A Direct Line stand-in for `npm start`, so the chat page works with no Azure. Web Chat accepts
 * any object with activity$, connectionStatus$, postActivity and end; this one posts each
 * activity straight to the bot's /api/messages with deliveryMode "expectReplies", so the bot's
 * replies come back in the HTTP response. It echoes each posted activity with its id, as Direct
 * Line does, because Web Chat marks a message "sent" only when it sees that echo.
 */
(function () {
  'use strict';

  // DirectLineJS's ConnectionStatus values, which Web Chat reads.
  const CONNECTING = 1;
  const ONLINE = 2;
  const FAILED_TO_CONNECT = 4;
  const ENDED = 5;
  const BOT = { id: 'bot', role: 'bot' };

  /** Observables may be subscribed with an observer object or with callbacks. */
  function toObserver(next, error, complete) {
    return typeof next === 'function' || next === undefined ? { next, error, complete } : next;
  }

  /**
   * A minimal multicast observable. With `replayAll`, a late subscriber first receives every
   * value so far (Web Chat subscribes to activity$ more than once, at different moments);
   * otherwise it receives the current value, like DirectLineJS's BehaviorSubject.
   */
  function subject(replayAll, initial) {
    const observers = new Set();
    const history = initial === undefined ? [] : [initial];
    return {
      next(value) {
        if (!replayAll) history.length = 0;
        history.push(value);
        observers.forEach((observer) => observer.next && observer.next(value));
      },
      observable: {
        subscribe(next, error, complete) {
          const observer = toObserver(next, error, complete);
          observers.add(observer);
          history.forEach((value) => observer.next && observer.next(value));
          return { unsubscribe: () => observers.delete(observer) };
        },
      },
    };
  }

  /** Random ids without crypto.randomUUID, which browsers only offer on https and localhost (not a phone on the LAN). */
  function randomId() {
    return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** How often an open page looks for lines sent outside its own turns (status updates, staff replies). */
  const POLL_MS = 10000;

  /**
   * @param {{ messagesUrl: string, transcriptUrl?: string, conversationId?: string, userId?: string }} options
   *   Pass the ids of an earlier visit to continue its conversation; new ones are made otherwise.
   *   With `transcriptUrl`, the conversation so far is shown first, and new lines from staff or
   *   status updates appear while the page is open.
   */
  function createLocalDirectLine({ messagesUrl, transcriptUrl, conversationId = randomId(), userId = `user-${randomId()}` }) {
    const activities = subject(true);
    const status = subject(false, 0);
    let started = false;
    // One turn at a time, in order: the bot keeps one state record per conversation.
    let queue = Promise.resolve();
    // The newest transcript line this page knows of: polls ask only for what came after it.
    let seenUntil;
    let polling = false;
    let shownLines = 0;

    async function exchange(activity) {
      const outgoing = {
        ...activity,
        id: randomId(),
        channelId: 'webchat',
        serviceUrl: location.origin,
        conversation: { id: conversationId },
        from: { ...activity.from, id: userId, role: 'user' },
        recipient: BOT,
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies',
      };
      const response = await fetch(messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(outgoing),
      });
      if (!response.ok) throw new Error(`The bot answered HTTP ${response.status}`);
      const body = await response.text();
      const { activities: replies = [] } = body ? JSON.parse(body) : {};
      return { outgoing, replies };
    }

    /** The transcript's lines after `after` (all of them without it); none when it cannot be read. */
    async function transcriptLines(after) {
      const query = new URLSearchParams({ conversationId, ...(after ? { after } : {}) });
      try {
        const response = await fetch(`${transcriptUrl}?${query}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(`The transcript answered HTTP ${response.status}`);
        const { lines } = await response.json();
        if (lines.length > 0) seenUntil = lines[lines.length - 1].at;
        return lines;
      } catch (error) {
        console.warn('CCS Navigator: could not read the conversation so far', error);
        return [];
      }
    }

    /** A transcript line as Web Chat shows it: the person's own lines on their side, the bot's and staff's on the other. */
    function lineActivity(line, timestamp) {
      const from = line.from === 'user' ? { id: userId, role: 'user' } : BOT;
      return { type: 'message', id: `transcript-${(shownLines += 1)}`, from, text: line.text, timestamp: new Date(timestamp).toISOString() };
    }

    /** Shows lines sent outside this page's turns since the last look (status updates, staff messages): those marked proactive. */
    async function showNewLines() {
      if (polling || !transcriptUrl) return;
      polling = true;
      try {
        const lines = await transcriptLines(seenUntil);
        lines
          .filter((line) => line.proactive)
          .forEach((line, index) => activities.next(lineActivity(line, Date.now() + index)));
      } finally {
        polling = false;
      }
    }

    /**
     * Runs a turn after the previous one; lines restored from the transcript (`earlier`), then the
     * echo (if any), go out before the replies.
     */
    function turn(activity, echo, earlier = Promise.resolve([])) {
      const run = queue.then(async () => {
        const restored = await earlier;
        const { outgoing, replies } = await exchange(activity);
        // Stamped with this browser's clock: Web Chat orders by timestamp, and a server clock
        // behind this one would otherwise put replies above the message they answer.
        const receivedAt = Date.now();
        // Restored lines keep their own times, but always before what this visit shows.
        restored.forEach((line, index) =>
          activities.next(lineActivity(line, Math.min(Date.parse(line.at), receivedAt - restored.length - 1 + index))),
        );
        if (echo) activities.next(outgoing);
        replies.forEach((reply, index) =>
          activities.next({
            ...reply,
            id: reply.id || `${outgoing.id}-${index}`,
            from: { ...BOT, ...reply.from },
            timestamp: new Date(receivedAt + index).toISOString(),
          }),
        );
        return outgoing.id;
      });
      queue = run.catch(() => undefined);
      return run;
    }

    /**
     * Joining makes the bot greet. With an old conversation id (a reload, a later visit) the
     * conversation so far is read first and shown before the bot's answer to the join, which
     * picks up where it stopped (the dialog state is on the server). Read before joining, so the
     * join's own lines are not shown twice.
     */
    function start() {
      started = true;
      status.next(CONNECTING);
      const history = transcriptUrl ? transcriptLines() : Promise.resolve([]);
      turn({ type: 'conversationUpdate', membersAdded: [{ id: userId }] }, false, history).then(
        () => {
          status.next(ONLINE);
          if (!transcriptUrl) return;
          setInterval(() => document.visibilityState === 'visible' && showNewLines(), POLL_MS);
          window.addEventListener('focus', showNewLines);
          document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && showNewLines());
        },
        (error) => {
          console.error('CCS Navigator: could not reach the bot', error);
          status.next(FAILED_TO_CONNECT);
        },
      );
    }

    return {
      conversationId,
      userId,
      activity$: activities.observable,
      connectionStatus$: {
        subscribe(next, error, complete) {
          const subscription = status.observable.subscribe(next, error, complete);
          if (!started) start();
          return subscription;
        },
      },
      postActivity(activity) {
        return {
          subscribe(next, error, complete) {
            const observer = toObserver(next, error, complete);
            turn(activity, true).then(
              (id) => {
                if (observer.next) observer.next(id);
                if (observer.complete) observer.complete();
              },
              (failure) => observer.error && observer.error(failure),
            );
            return { unsubscribe() {} };
          },
        };
      },
      end() {
        status.next(ENDED);
      },
    };
  }

  window.createLocalDirectLine = createLocalDirectLine;
})();
