/**
 * The provider chat page: connects Bot Framework Web Chat to the bot (Direct Line when deployed,
 * the local stand-in under `npm start`), keeps the conversation across reloads, and follows the
 * conversation's language, English or Spanish.
 */
(function () {
  'use strict';

  const TEXT = {
    en: {
      title: 'CCS Navigator for providers',
      tagline:
        "For providers: California Children's Services referrals, county CCS offices (phone and fax), authorization rules and Illinois programs.",
      // The toggle names the other language, in that language; it is also what the bot understands.
      switchTo: 'Español',
      newChat: 'New chat',
      chatLabel: 'Chat with CCS Navigator',
      failed: 'The chat could not start. Please reload the page in a minute.',
    },
    es: {
      title: 'CCS Navigator para proveedores',
      tagline:
        "Para proveedores: referencias a California Children's Services, oficinas de CCS del condado (teléfono y fax), reglas de autorización y programas de Illinois.",
      switchTo: 'English',
      newChat: 'Nuevo chat',
      chatLabel: 'Conversación con CCS Navigator',
      failed: 'No se pudo iniciar la conversación. Vuelva a cargar la página en un minuto.',
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
    sendBoxTextWrap: true,
  };

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
  let lang = saved.get('lang') === 'es' ? 'es' : 'en';
  let render = () => undefined;

  function showLanguage() {
    const text = TEXT[lang];
    document.documentElement.lang = lang;
    document.title = text.title;
    document.querySelectorAll('[data-text]').forEach((element) => {
      element.textContent = text[element.dataset.text];
    });
    languageToggle.lang = lang === 'en' ? 'es' : 'en';
    chat.setAttribute('aria-label', text.chatLabel);
  }

  function setLanguage(next) {
    if (next === lang) return;
    lang = next;
    saved.set('lang', lang);
    showLanguage();
    render();
  }

  /**
   * The page follows the language the bot answers in, whether switched here, by a menu button or
   * typed. Only the first reply to each message counts: after a switch the bot may go on to repeat
   * an open question in the language it was first asked in.
   */
  let lastAnswered;
  const store = WebChat.createStore({}, () => (next) => (action) => {
    if (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY') {
      const { from, locale, replyToId } = action.payload.activity;
      const spoken = (locale || '').slice(0, 2);
      if (from.role === 'bot' && replyToId !== lastAnswered && TEXT[spoken]) {
        lastAnswered = replyToId;
        setTimeout(() => setLanguage(spoken));
      }
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

  /**
   * Deployed: a short-lived Direct Line token from our endpoint. Locally: the bot's own endpoint,
   * same conversation as last visit, its transcript shown again and any half-finished intake resumed.
   */
  async function connect() {
    const config = await getJson('chat/config.json');
    if (config.mode === 'directline') {
      const { token } = await getJson(config.tokenUrl, { method: 'POST' });
      return { directLine: WebChat.createDirectLine({ token }) };
    }
    const directLine = createLocalDirectLine({
      messagesUrl: config.messagesUrl,
      // Beside the messages endpoint (functions/transcript): the conversation so far, restored on a reload.
      transcriptUrl: 'api/transcript',
      conversationId: saved.get('conversationId'),
      userId: saved.get('userId'),
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
    location.reload();
  });

  showLanguage();
  connect().then(
    ({ directLine, userID }) => {
      render = () =>
        WebChat.renderWebChat(
          { directLine, store, userID, locale: WEB_CHAT_LOCALE[lang], styleOptions: STYLE, cardActionMiddleware },
          chat,
        );
      render();
    },
    (error) => {
      console.error('CCS Navigator: the chat could not start', error);
      document.getElementById('chat-error').hidden = false;
    },
  );
})();
