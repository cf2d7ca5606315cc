/**
 * The provider chat page: connects Bot Framework Web Chat to the bot (Direct Line when deployed,
 * the local stand-in under `npm start`), keeps the conversation across reloads, follows the
 * conversation's language, English or Spanish, and says plainly when the bot cannot be reached.
 */
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'CCS Navigator for providers',
      tagline: "For providers: California Children's Services referrals, county CCS offices (phone and fax), authorization rules and Illinois programs.",
      // The toggle names the other language, in that language; it is also what the bot understands.
      switchTo: 'Español',
      newChat: 'New chat',
      chatLabel: 'Chat with CCS Navigator',
      connecting: 'Connecting…',
      offline: 'The chat cannot reach CCS Navigator right now. It keeps trying by itself.',
      retry: 'Try again',
      fallback: 'For help now, call the county CCS office where the child lives:',
      fallbackLink: 'county CCS offices (DHCS)',
      botSaid: 'CCS Navigator said:',
      staffSaid: 'Message from your county CCS office',
      runBy: 'Run by',
      privacy: 'Privacy',
      contact: 'Contact',
    },
    es: {
      title: 'CCS Navigator para proveedores',
      tagline:
        "Para proveedores: referencias a California Children's Services, oficinas de CCS del condado (teléfono y fax), reglas de autorización y programas de Illinois.",
      switchTo: 'English',
      newChat: 'Nuevo chat',
      chatLabel: 'Conversación con CCS Navigator',
      connecting: 'Conectando…',
      offline: 'El chat no puede comunicarse con CCS Navigator en este momento. Lo sigue intentando solo.',
      retry: 'Intentar de nuevo',
      fallback: 'Para recibir ayuda ahora, llame a la oficina de CCS del condado donde vive el niño:',
      fallbackLink: 'oficinas de CCS por condado (DHCS)',
      botSaid: 'CCS Navigator dijo:',
      staffSaid: 'Mensaje de su oficina de CCS del condado',
      runBy: 'Servicio de',
      privacy: 'Privacidad',
      contact: 'Contacto',
    },
  };
  const WEB_CHAT_LOCALE = { en: 'en-US', es: 'es-ES' };

  const STYLE = {
    accent: '#0b5394',
    bubbleBorderRadius: 12,
    bubbleFromUserBorderRadius: 12,
    bubbleFromUserBackground: '#0b5394',
    bubbleFromUserTextColor: '#ffffff',
    // The bot takes no files.
    hideUploadButton: true,
    // Wrapped buttons stay visible on a phone; a carousel hides most of them off-screen.
    suggestedActionLayout: 'flow',
    // A long button label wraps onto a second line instead of being cut off on a phone.
    suggestedActionHeight: 'auto',
    sendBoxTextWrap: true,
  };

  /** How long the page waits for config.json before it shows the error and tries again. */
  const CONFIG_RETRY_MS = 5000;

  /** localStorage when the browser allows it (some block it in embedded frames), memory otherwise. */
  const saved = (function () {
    const memory = new Map();
    const key = (name) => `ccsNavigator.${name}`;
    return {
      get(name) {
        try {
          return localStorage.getItem(key(name)) ?? undefined;
        } catch {
          return memory.get(name);
        }
      },
      set(name, value) {
        try {
          localStorage.setItem(key(name), value);
        } catch {
          memory.set(name, value);
        }
      },
      remove(name) {
        try {
          localStorage.removeItem(key(name));
        } catch {
          memory.delete(name);
        }
      },
    };
  })();

  const chat = document.getElementById('webchat');
  const languageToggle = document.getElementById('language-toggle');
  const connectingNote = document.getElementById('chat-connecting');
  const problem = document.getElementById('chat-error');
  const retryButton = document.getElementById('chat-retry');
  let lang = saved.get('lang') === 'es' ? 'es' : 'en';
  let render = () => undefined;
  let retryNow = () => undefined;
  /** What config.json says about the service (operator, privacy notice), once known. */
  let about;

  function showLanguage() {
    const text = TEXT[lang];
    document.documentElement.lang = lang;
    document.title = text.title;
    document.querySelectorAll('[data-text]').forEach((element) => {
      element.textContent = text[element.dataset.text];
    });
    languageToggle.lang = lang === 'en' ? 'es' : 'en';
    chat.setAttribute('aria-label', text.chatLabel);
    showAbout();
  }

  /** Whose service this is, its privacy notice and a contact, as the deployment configures them. */
  function showAbout() {
    if (!about) return;
    const operator = document.getElementById('operator');
    operator.hidden = !about.operator;
    if (about.operator) document.getElementById('operator-name').textContent = about.operator.name;
    const contact = document.getElementById('operator-contact');
    contact.hidden = !about.operator?.contactUrl;
    if (about.operator?.contactUrl) contact.href = about.operator.contactUrl;
    const privacy = document.getElementById('privacy-notice');
    privacy.textContent = about.privacy[lang];
    document.getElementById('privacy').hidden = false;
  }

  function setLanguage(next) {
    if (next === lang) return;
    lang = next;
    saved.set('lang', lang);
    showLanguage();
    render();
  }

  /** Connecting (before the bot first answers), offline (with Retry and the county-office fallback), or online. */
  function showConnection(state, retry) {
    retryNow = retry;
    connectingNote.hidden = state !== 'connecting' || !problem.hidden;
    if (state === 'offline') problem.hidden = false;
    if (state === 'online') {
      problem.hidden = true;
      connectingNote.hidden = true;
    }
  }

  retryButton.addEventListener('click', () => retryNow());

  /**
   * The bot writes channel-neutral text; on the web, markdown. Lines starting "• " (the referral
   * summary, a status list) become a list, other single line breaks stay line breaks (Web Chat's
   * markdown would join them into one paragraph), and a confirmation code becomes inline code,
   * which the page keeps on one line and selects whole with one click. A staff message is
   * labelled with who wrote it.
   */
  function forWeb(activity) {
    if (activity.type !== 'message' || typeof activity.text !== 'string') return activity;
    let text = activity.text
      .replace(/^• /gm, '- ')
      .replace(/\bCCS-[2-9A-HJ-NP-Z]{6}\b/g, '`$&`')
      .replace(/([^\n])\n(?=[^\n-])/g, '$1  \n');
    if (activity.channelData?.ccsSpeaker === 'staff') {
      // Staff templates begin "Message from <office>:"; that is the label when it is there.
      const office = /^(?:Message from|Mensaje de) ([^:]+?)(?: about | sobre |:)/.exec(activity.text);
      text = `**${office ? office[1] : TEXT[lang].staffSaid}**\n\n${text}`;
    }
    return { ...activity, text };
  }

  /**
   * The page follows the language the bot answers in, whether switched here, by a menu button or
   * typed. Only the first reply to each message counts: after a switch the bot may go on to repeat
   * an open question in the language it was first asked in.
   */
  let lastAnswered;
  const store = WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const { activity } = action.payload;
      const { from, locale, replyToId } = activity;
      const spoken = (locale || '').slice(0, 2);
      if (from.role === 'bot' && replyToId !== lastAnswered && TEXT[spoken]) {
        lastAnswered = replyToId;
        setTimeout(() => setLanguage(spoken));
      }
      if (from.role !== 'user') return next({ ...action, payload: { ...action.payload, activity: forWeb(activity) } });
    }
    return next(action);
  });

  /**
   * Phone buttons on contact cards. Web Chat draws a hero card's call button (value "tel:+1…", as
   * the Bot Framework specifies) as a link to "tel:tel:+1…", which phones cannot dial, and opens
   * it in an empty new tab. Here it dials the number from this tab.
   */
  const cardActionMiddleware = () => (next) => (args) => {
    const { type, value } = args.cardAction;
    const phone = /^(?:tel:)+(\+?[\d-]+)$/.exec(value);
    if ((type === 'call' || type === 'openUrl') && phone) return window.open(`tel:${phone[1]}`, '_self');
    return next(args);
  };

  async function getJson(url, init) {
    const response = await fetch(url, init);
    if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`);
    return response.json();
  }

  /** config.json, asked again every few seconds (or at Retry) until it answers. */
  function loadConfig() {
    return new Promise((resolve) => {
      const attempt = () =>
        getJson('chat/config.json', { cache: 'no-store' }).then(resolve, (error) => {
          console.error('CCS Navigator: the chat could not start', error);
          const timer = setTimeout(attempt, CONFIG_RETRY_MS);
          showConnection('offline', () => {
            clearTimeout(timer);
            attempt();
          });
        });
      attempt();
    });
  }

  /**
   * Deployed: a short-lived Direct Line token from our endpoint; with the resume token kept from
   * last visit, for the same conversation, replayed from its start, so the page shows it again and a
   * half-finished intake goes on after a reload.
   * Locally: the bot's own endpoint, same conversation as last visit, its transcript shown again
   * and any half-finished intake resumed.
   */
  async function connect() {
    const config = await loadConfig();
    about = config.about;
    showAbout();
    if (config.mode === 'directline') {
      const resume = saved.get('resume');
      const issued = await getJson(config.tokenUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(resume ? { resume } : {}),
      });
      if (issued.resume) saved.set('resume', issued.resume);
      // Direct Line reports its own connection state inside Web Chat.
      showConnection('online', () => undefined);
      // Resumed: watermark 0 makes Direct Line replay the conversation so far, so the page shows it again.
      const options = issued.resumed ? { token: issued.token, conversationId: issued.conversationId, watermark: '0' } : { token: issued.token };
      return { directLine: WebChat.createDirectLine(options), userID: issued.userId };
    }
    const directLine = createLocalDirectLine({
      messagesUrl: config.messagesUrl,
      // Beside the messages endpoint (functions/transcript): the conversation so far, restored on a reload.
      transcriptUrl: 'api/transcript',
      conversationId: saved.get('conversationId'),
      userId: saved.get('userId'),
      // A new conversation starts in the page's language ("New chat" after Spanish stays Spanish).
      locale: WEB_CHAT_LOCALE[lang],
      turnTimeoutMs: config.turnTimeoutMs,
      onConnection: showConnection,
    });
    saved.set('conversationId', directLine.conversationId);
    saved.set('userId', directLine.userId);
    return { directLine, userID: directLine.userId };
  }

  languageToggle.addEventListener('click', () => {
    const text = TEXT[lang].switchTo;
    setLanguage(lang === 'en' ? 'es' : 'en');
    store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text } });
  });

  // A shared clinic computer should not show the next person the last conversation.
  document.getElementById('new-chat').addEventListener('click', () => {
    saved.remove('conversationId');
    saved.remove('resume');
    location.reload();
  });

  showLanguage();
  connect().then(
    ({ directLine, userID }) => {
      render = () =>
        WebChat.renderWebChat(
          {
            directLine,
            store,
            userID,
            locale: WEB_CHAT_LOCALE[lang],
            styleOptions: STYLE,
            cardActionMiddleware,
            overrideLocalizedStrings: { ACTIVITY_BOT_SAID_ALT: TEXT[lang].botSaid },
          },
          chat,
        );
      render();
    },
    (error) => {
      console.error('CCS Navigator: the chat could not start', error);
      showConnection('offline', () => location.reload());
    },
  );
})();
