/**
 * A Direct Line stand-in for `npm start`, so the chat page works with no Azure. Web Chat accepts
 * any object with activity$, connectionStatus$, postActivity and end; this one posts each
 * activity straight to the bot's /api/messages with deliveryMode "expectReplies", so the bot's
 * replies come back in the HTTP response. It echoes each posted activity with its id, as Direct
 * Line does, because Web Chat marks a message "sent" only when it sees that echo.
 *
 * A real network stalls and fails: every request gives up after `turnTimeoutMs`, so one hung
 * request never holds up the messages after it; Retry sends the same activity again with the same
 * id (the bot answers a resend from its state and never runs it twice); and while the bot cannot
 * be reached the page keeps trying to connect by itself.
 */
(function () {
  'use strict';

  // DirectLineJS's ConnectionStatus values, which Web Chat reads. FailedToConnect is never
  // reported: Web Chat gives up on a connection for good after it, and this one keeps trying.
  const CONNECTING = 1;
  const ONLINE = 2;
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
  /** How long a turn may take before the page stops waiting (the bot answers in well under a second). */
  const TURN_TIMEOUT_MS = 15000;
  /** After this long without an answer the page shows the bot typing. */
  const TYPING_AFTER_MS = 700;
  /** Waits between attempts to reach a bot that is down, growing to the last. */
  const RECONNECT_MS = [2000, 5000, 10000, 20000, 30000];

  /** What makes two posts the same message: Web Chat's Retry posts a copy of the failed one. */
  function sameMessage(a, b) {
    return a.type === b.type && a.text === b.text && a.name === b.name && JSON.stringify(a.value) === JSON.stringify(b.value);
  }

  /**
   * @param {{ messagesUrl: string, transcriptUrl?: string, conversationId?: string, userId?: string,
   *   locale?: string, turnTimeoutMs?: number, onConnection?: (state: 'connecting' | 'online' | 'offline', retry: () => void) => void }} options
   *   Pass the ids of an earlier visit to continue its conversation; new ones are made otherwise.
   *   With `transcriptUrl`, the conversation so far is shown first, and new lines from staff or
   *   status updates appear while the page is open. `locale` is the page's language, which a new
   *   conversation starts in. `onConnection` hears when the bot cannot be reached and when it is back.
   */
  function createLocalDirectLine({
    messagesUrl,
    transcriptUrl,
    conversationId = randomId(),
    userId = `user-${randomId()}`,
    locale,
    turnTimeoutMs = TURN_TIMEOUT_MS,
    onConnection = () => undefined,
  }) {
    const activities = subject(true);
    const status = subject(false, 0);
    let started = false;
    // One turn at a time, in order: the bot keeps one state record per conversation.
    let queue = Promise.resolve();
    // The newest transcript line this page knows of: polls ask only for what came after it.
    let seenUntil;
    let polling = false;
    let shownLines = 0;
    // The last message whose answer never came, so a Retry of it goes out with the same id.
    let unanswered;

    /** fetch that gives up after `turnTimeoutMs`. */
    async function fetchInTime(url, init = {}) {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), turnTimeoutMs);
      try {
        return await fetch(url, { ...init, signal: controller.signal });
      } finally {
        clearTimeout(timer);
      }
    }

    /** The activity as posted, and the failed post it resends, if any. */
    function outgoingOf(activity) {
      const resend = unanswered && sameMessage(unanswered.activity, activity) ? unanswered : undefined;
      const outgoing = {
        ...activity,
        id: resend ? resend.outgoing.id : randomId(),
        channelId: 'webchat',
        serviceUrl: location.origin,
        conversation: { id: conversationId },
        from: { ...activity.from, id: userId, role: 'user' },
        recipient: BOT,
        locale: activity.locale || locale,
        timestamp: new Date().toISOString(),
        deliveryMode: 'expectReplies',
      };
      return { outgoing, resends: resend && resend.outgoing };
    }

    async function exchange(outgoing) {
      const response = await fetchInTime(messagesUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(outgoing),
      });
      if (!response.ok) throw new Error(`The bot answered HTTP ${response.status}`);
      const body = await response.text();
      const { activities: replies = [] } = body ? JSON.parse(body) : {};
      return replies;
    }

    /** The transcript's lines after `after` (all of them without it); none when it cannot be read. */
    async function transcriptLines(after) {
      const query = new URLSearchParams({ conversationId, ...(after ? { after } : {}) });
      try {
        const response = await fetchInTime(`${transcriptUrl}?${query}`, { cache: 'no-store' });
        if (!response.ok) throw new Error(`The transcript answered HTTP ${response.status}`);
        const { lines } = await response.json();
        if (lines.length > 0) seenUntil = lines[lines.length - 1].at;
        return lines;
      } catch (error) {
        console.warn('CCS Navigator: could not read the conversation so far', error);
        return [];
      }
    }

    /**
     * A transcript line as Web Chat shows it: the person's own lines on their side, the bot's and
     * staff's on the other, cards with their buttons as first shown. Staff lines say so
     * (channelData), so the page can label them with the office.
     */
    function lineActivity(line, timestamp) {
      const from = line.from === 'user' ? { id: userId, role: 'user' } : line.from === 'staff' ? { id: 'staff', name: 'staff', role: 'bot' } : BOT;
      const shown = line.web ? { text: line.web.text, attachments: line.web.attachments } : { text: line.text };
      return {
        type: 'message',
        id: `transcript-${(shownLines += 1)}`,
        from,
        ...shown,
        channelData: { ccsSpeaker: line.from },
        timestamp: new Date(timestamp).toISOString(),
      };
    }

    /** Shows lines sent outside this page's turns since the last look (status updates, staff messages): those marked proactive. */
    async function showNewLines() {
      if (polling || !transcriptUrl) return;
      polling = true;
      try {
        const lines = await transcriptLines(seenUntil);
        lines.filter((line) => line.proactive).forEach((line, index) => activities.next(lineActivity(line, Date.now() + index)));
      } finally {
        polling = false;
      }
    }

    /** Shows the bot typing while a turn takes longer than a moment; returns what stops it. */
    function typingWhileWaiting() {
      let timer = setTimeout(function typing() {
        activities.next({ type: 'typing', id: `typing-${randomId()}`, from: BOT, timestamp: new Date().toISOString() });
        timer = setTimeout(typing, 3000);
      }, TYPING_AFTER_MS);
      return () => clearTimeout(timer);
    }

    /**
     * Runs a turn after the previous one; lines restored from the transcript (`earlier`), then the
     * echo (if any), go out before the replies. A turn that fails or times out rejects, and the
     * next one goes ahead.
     */
    function turn(activity, echo, earlier = Promise.resolve([])) {
      const run = queue.then(async () => {
        const restored = await earlier;
        const { outgoing, resends } = outgoingOf(activity);
        const stopTyping = echo ? typingWhileWaiting() : () => undefined;
        let replies;
        try {
          replies = await exchange(outgoing);
        } catch (error) {
          if (echo) unanswered = { activity, outgoing };
          throw error;
        } finally {
          stopTyping();
        }
        unanswered = undefined;
        // Stamped with this browser's clock: Web Chat orders by timestamp, and a server clock
        // behind this one would otherwise put replies above the message they answer.
        const receivedAt = Date.now();
        // Restored lines keep their own times, but always before what this visit shows.
        restored.forEach((line, index) => activities.next(lineActivity(line, Math.min(Date.parse(line.at), receivedAt - restored.length - 1 + index))));
        // A resend's echo first takes the failed bubble's place (Web Chat matches its
        // clientActivityID), then the resend's own (same id): one bubble is left, marked sent.
        if (echo && resends) activities.next({ ...outgoing, channelData: resends.channelData });
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

    function watchForNewLines() {
      if (!transcriptUrl) return;
      setInterval(() => document.visibilityState === 'visible' && showNewLines(), POLL_MS);
      window.addEventListener('focus', showNewLines);
      document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && showNewLines());
    }

    /**
     * Joining makes the bot greet. With an old conversation id (a reload, a later visit) the
     * conversation so far is read first and shown before the bot's answer to the join, which
     * picks up where it stopped (the dialog state is on the server). Read before joining, so the
     * join's own lines are not shown twice. Until the bot answers, Web Chat shows "Connecting…";
     * a failed join is tried again by itself (sooner when the browser comes back online, or at
     * once from the page's Retry).
     */
    function start() {
      started = true;
      status.next(CONNECTING);
      let attempt = 0;
      let waiting;
      const join = () => {
        clearTimeout(waiting);
        window.removeEventListener('online', join);
        onConnection('connecting', join);
        const history = transcriptUrl ? transcriptLines() : Promise.resolve([]);
        turn({ type: 'conversationUpdate', membersAdded: [{ id: userId }] }, false, history).then(
          () => {
            status.next(ONLINE);
            onConnection('online', join);
            watchForNewLines();
          },
          (error) => {
            console.error('CCS Navigator: could not reach the bot', error);
            onConnection('offline', join);
            waiting = setTimeout(join, RECONNECT_MS[Math.min(attempt, RECONNECT_MS.length - 1)]);
            attempt += 1;
            window.addEventListener('online', join);
          },
        );
      };
      join();
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
