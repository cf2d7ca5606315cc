// The referral view: what the intake collected, the conversation that led to it, notes, the
// audit trail, and the actions (claim / release, status, note, message the family, the HSP
// notice date). Forms are built once per referral; polling refreshes only what they show.
'use strict';

(function (Staff) {
  const { el, replace, formatDate, formatTime, LABELS, deadlineBadge, announce } = Staff.dom;
  const $ = (id) => document.getElementById(id);
  let current = null; // { id, detail }

  const yesNo = (v) => (v === undefined ? undefined : v === true ? 'Yes' : v === false ? 'No' : v);
  const ANSWER = { yes: 'Yes', no: 'No', unsure: 'Not sure' };
  const MEDI_CAL = { full: 'Full-scope Medi-Cal', limited: 'Limited-scope Medi-Cal', yes: 'Yes', no: 'No', unsure: 'Not sure' };
  const LANGUAGE = { en: 'English', es: 'Spanish' };
  const SPEAKER = { user: 'Family', bot: 'CCS Navigator', staff: 'Staff' };
  const DELIVERY = {
    sent: 'Sent.',
    // Nothing pushes a web chat line to a closed tab: say when it will be seen, not that it was.
    chat_history: 'Saved to their web chat. They see it the next time the chat is open on their screen; no text or email goes out, so call if it is urgent.',
    opted_out: 'Not sent: this number texted STOP, so no text can reach it. Call the family instead.',
    uncertain: "Twilio did not confirm this text. It may have gone out: check Twilio's message log before sending it again.",
    already_told: 'Not sent: the automatic status update had already told the family this.',
  };

  function field(label, value) {
    if (value === undefined || value === null || value === '') return [];
    return [el('dt', {}, label), el('dd', {}, value)];
  }

  function details(r) {
    const child = r.child ? `${r.child.firstName || ''} ${r.child.lastName || ''}`.trim() : undefined;
    const referrer = r.referrer && [r.referrer.name, r.referrer.role && `(${r.referrer.role})`].filter(Boolean).join(' ');
    const known =
      r.handoff && r.handoff.known
        ? Object.entries(r.handoff.known)
            .map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`)
            .join('\n')
        : undefined;
    return [
      ...field('Kind', LABELS.kind[r.kind]),
      ...field('Queue', r.queue.name),
      ...field('County', r.county || (r.region === 'IL' ? 'Illinois' : undefined)),
      ...field(
        'County office',
        r.office && [r.office.name, r.office.phone && `phone ${r.office.phone}`, r.office.fax && `fax ${r.office.fax}`].filter(Boolean).join(', '),
      ),
      ...field('Child', child),
      ...field('Date of birth', r.child && r.child.dateOfBirth && formatDate(r.child.dateOfBirth)),
      ...field('Condition (their words)', r.condition),
      ...field('Medi-Cal', MEDI_CAL[r.mediCal] || r.mediCal),
      ...field('Already open to CCS', ANSWER[r.openToCcs] || r.openToCcs),
      ...field('Referred by', referrer),
      ...field('Practice', r.referrer && r.referrer.practiceName),
      ...field('NPI', r.referrer && r.referrer.npi),
      ...field('Provider fax', r.referrer && r.referrer.fax),
      ...field('Came in by', r.contact.channel === 'sms' ? 'Text message' : 'Web chat'),
      ...field('Phone', r.contact.phone),
      ...field('Chat language', LANGUAGE[r.language] || r.language),
      ...field('Preferred language', LANGUAGE[r.preferredLanguage] || r.preferredLanguage),
      ...field('Wants updates', yesNo(r.updatesOptIn)),
      ...field('Emergency admission', r.emergency && `Admitted ${formatDate(r.emergency.admittedOn)}; referral due ${formatDate(r.emergency.dueDate)}`),
      ...field('Handoff reason', r.handoff && (r.handoff.reason === 'crisis' ? 'Crisis message' : 'Asked for a person')),
      ...field('Asked during', r.handoff && r.handoff.during),
      ...field('Known so far', known),
      ...field(
        'HSP notice received',
        r.careCoordinatorUpdate && `${formatDate(r.careCoordinatorUpdate.noticedOn)}; update due ${formatDate(r.careCoordinatorUpdate.dueDate)}`,
      ),
      ...field('Received', formatTime(r.createdAt)),
      ...field('First contact due', formatDate(r.firstContactDue)),
      ...field('Due date', formatDate(r.dueDate)),
      ...field('First contact', formatTime(r.firstContactAt)),
    ];
  }

  const who = (h) => (h.by === 'bot' ? 'CCS Navigator' : h.by === 'notifier' ? 'Staff notifier' : h.byName || h.by);

  function what(h, labels) {
    const status = (s) => labels.statuses[s] || s;
    switch (h.action) {
      case 'created':
        return 'Created the referral';
      case 'status':
        return [
          `Status ${status(h.from)} → ${status(h.to)}`,
          h.reason && ` (${labels.reasons[h.reason] || h.reason})`,
          h.outcome && ` (${labels.outcomes[h.outcome] || h.outcome})`,
          h.text && `: “${h.text}”`,
        ]
          .filter(Boolean)
          .join('');
      case 'notified':
        return `Told the queue's staff by ${h.reason === 'sms' ? 'text' : 'email'}`;
      case 'claimed':
        return h.previous ? `Took over from ${h.previous}` : 'Claimed it';
      case 'released':
        return 'Released it';
      case 'note':
        return 'Added a note';
      case 'messaged':
        return `Messaged the family (${h.templateId}): ${DELIVERY[h.delivery] || h.delivery}`;
      case 'deadline':
        return `Recorded the HSP notice of ${formatDate(h.noticedOn)}: update due ${formatDate(h.dueDate)}`;
      default:
        return h.action;
    }
  }

  function renderTranscript(lines) {
    const list = $('transcript');
    if (list.childElementCount === lines.length) return;
    const atBottom = list.scrollTop + list.clientHeight >= list.scrollHeight - 8;
    replace(
      list,
      ...lines.map((line) =>
        el(
          'li',
          { className: `line from-${line.from}` },
          el('span', { className: 'speaker' }, SPEAKER[line.from] || line.from),
          ' ',
          el('time', { datetime: line.at }, formatTime(line.at)),
          el('p', {}, line.text),
        ),
      ),
    );
    if (!lines.length) list.append(el('li', { className: 'empty' }, 'No conversation is on file (transcripts are kept for 30 days).'));
    if (atBottom) list.scrollTop = list.scrollHeight;
  }

  function renderHeader(detail) {
    const r = detail.referral;
    const mine = r.assignee && Staff.me && r.assignee.id === Staff.me.id;
    $('referral-title').textContent = `${r.code} · ${LABELS.kind[r.kind]}`;
    replace($('referral-badges'), el('span', { className: 'badge status' }, r.statusLabel), ' ', deadlineBadge(r.deadlines));
    $('assignee').textContent = r.assignee
      ? `Claimed by ${mine ? 'you' : r.assignee.name || r.assignee.id} (${formatTime(r.assignee.at)})`
      : 'Nobody has claimed it yet.';
    $('claim').hidden = Boolean(r.assignee);
    $('release').hidden = !mine;
    $('take-over').hidden = !r.assignee || mine;
  }

  function renderStatusChoices(detail) {
    const select = $('status-to');
    const ids = detail.allowedStatuses;
    if ([...select.options].map((o) => o.value).join() !== ids.join()) {
      replace(select, ...ids.map((id) => el('option', { value: id }, detail.labels.statuses[id])));
      replace(
        $('status-reason'),
        el('option', { value: '' }, 'No reason'),
        ...Object.entries(detail.labels.reasons).map(([id, label]) => el('option', { value: id }, label)),
      );
      replace($('status-outcome'), ...Object.entries(detail.labels.outcomes).map(([id, label]) => el('option', { value: id }, label)));
      showStatusFields();
    }
  }

  function showStatusFields() {
    $('reason-field').hidden = $('status-to').value !== 'in_progress';
    $('outcome-field').hidden = $('status-to').value !== 'closed';
  }

  /** Who staff write to: the family, or for a provider's referral the provider who made it (the chat or phone is theirs). */
  const recipient = (r) => (r.referrer && r.referrer.role === 'provider' ? 'provider' : 'family');

  function renderMessaging(detail) {
    const r = detail.referral;
    const language = LANGUAGE[detail.templates[0].language];
    const to = recipient(r);
    $('message-title').textContent = `Message the ${to}`;
    $('message-send').textContent = `Send to the ${to}`;
    $('message-channel').textContent =
      r.contact.channel === 'sms'
        ? `By text message to ${r.contact.phone || 'the number they texted from'}, in ${language}.`
        : `In the web chat they used, in ${language}. They see it only when that chat is open again: there is no text or email.`;
    $('opted-out').hidden = !detail.optedOut;
    $('message-form').hidden = detail.optedOut;
    const select = $('message-template');
    const built = select.options.length > 0;
    if (!built) replace(select, ...detail.templates.map((t) => el('option', { value: t.id }, t.label)));
    // Each refresh: a template the automatic status update has just said goes off, with why.
    for (const option of select.options) option.disabled = Boolean(detail.templates.find((t) => t.id === option.value).unavailable);
    replace($('message-held-back'), ...detail.templates.filter((t) => t.unavailable).map((t) => el('li', {}, `“${t.label}” is off: ${t.unavailable}`)));
    if (!built) {
      select.value = [...select.options].find((o) => !o.disabled).value;
      fillTemplate();
    }
  }

  function fillTemplate() {
    const template = current.detail.templates.find((t) => t.id === $('message-template').value);
    $('message-text').value = template ? template.text : '';
    countCharacters();
  }

  function countCharacters() {
    $('message-count').textContent = `${$('message-text').value.length} of 320 characters`;
  }

  function render(detail) {
    current.detail = detail;
    const r = detail.referral;
    renderHeader(detail);
    replace($('details'), ...details(r));
    const notes = r.history.filter((h) => h.action === 'note');
    replace(
      $('notes'),
      ...notes.map((h) => el('li', {}, el('p', {}, h.text), el('span', { className: 'meta' }, `${who(h)}, ${formatTime(h.at)}`))),
      notes.length ? null : el('li', { className: 'empty' }, 'No notes yet.'),
    );
    replace(
      $('audit'),
      ...r.history.map((h) => el('li', {}, el('time', { datetime: h.at }, formatTime(h.at)), ' ', el('strong', {}, who(h)), ' ', what(h, detail.labels))),
    );
    renderStatusChoices(detail);
    renderMessaging(detail);
    $('hsp-section').hidden = r.region !== 'IL';
    renderTranscript(detail.transcript);
  }

  async function load() {
    if (!current) return;
    const detail = await Staff.api(`/staff/api/referrals/${encodeURIComponent(current.id)}`);
    if (current && current.id === detail.referral.id) render(detail);
  }

  /** Runs one action: the button is busy meanwhile, errors show beside it, the view refreshes after. */
  async function act(errorId, busy, work, done) {
    const error = $(errorId);
    error.textContent = '';
    busy.disabled = true;
    try {
      const result = await work();
      if (done) done(result);
      await load();
    } catch (e) {
      if (e instanceof Staff.SignedOut) return;
      error.textContent = e.message;
    } finally {
      // Still off while the server cannot be reached (console.js switches it back on).
      busy.disabled = document.body.classList.contains('offline');
    }
  }

  const post = (action, body = {}) => Staff.api(`/staff/api/referrals/${encodeURIComponent(current.id)}/${action}`, { method: 'POST', body });

  function wire() {
    $('claim').addEventListener('click', (e) =>
      act(
        'claim-error',
        e.currentTarget,
        () => post('claim'),
        () => announce('Claimed.'),
      ),
    );
    $('release').addEventListener('click', (e) =>
      act(
        'claim-error',
        e.currentTarget,
        () => post('release'),
        () => announce('Released.'),
      ),
    );
    $('take-over').addEventListener('click', (e) => {
      const assignee = current.detail.referral.assignee;
      if (!window.confirm(`Take this referral over from ${assignee.name || assignee.id}?`)) return;
      act(
        'claim-error',
        e.currentTarget,
        () => post('claim', { takeOver: true }),
        () => announce('Taken over.'),
      );
    });
    $('status-to').addEventListener('change', showStatusFields);
    $('status-form').addEventListener('submit', (e) => {
      e.preventDefault();
      const to = $('status-to').value;
      const body = { to };
      if (to === 'in_progress' && $('status-reason').value) body.reason = $('status-reason').value;
      if (to === 'closed') body.outcome = $('status-outcome').value;
      if ($('status-note').value.trim()) body.note = $('status-note').value;
      act(
        'status-error',
        e.submitter || $('status-save'),
        () => post('status', body),
        () => {
          $('status-note').value = '';
          announce(`Status changed to ${current.detail.labels.statuses[to]}.`);
        },
      );
    });
    $('note-form').addEventListener('submit', (e) => {
      e.preventDefault();
      act(
        'note-error',
        $('note-save'),
        () => post('notes', { text: $('note-text').value }),
        () => {
          $('note-text').value = '';
          announce('Note added.');
        },
      );
    });
    $('message-template').addEventListener('change', fillTemplate);
    $('message-text').addEventListener('input', countCharacters);
    $('message-form').addEventListener('submit', (e) => {
      e.preventDefault();
      $('message-result').textContent = '';
      act(
        'message-error',
        $('message-send'),
        () =>
          post('messages', { templateId: $('message-template').value, text: $('message-text').value }).catch((error) => {
            // A server error after Twilio was called may still have sent the text.
            if (error instanceof Staff.ApiError && error.status >= 500)
              error.message = 'The message may not have gone out. Check the conversation before sending it again.';
            throw error;
          }),
        (result) => {
          $('message-result').textContent = DELIVERY[result.delivery];
          announce(DELIVERY[result.delivery]);
          if (result.delivery === 'sent' || result.delivery === 'chat_history') fillTemplate();
        },
      );
    });
    $('hsp-form').addEventListener('submit', (e) => {
      e.preventDefault();
      act(
        'hsp-error',
        $('hsp-save'),
        () => post('deadline', { noticedOn: $('hsp-date').value }),
        () => announce('HSP notice date saved.'),
      );
    });
  }

  function reset() {
    for (const id of ['message-template', 'message-held-back', 'status-to']) replace($(id));
    for (const id of ['note-text', 'status-note', 'message-text', 'hsp-date']) $(id).value = '';
    for (const id of ['claim-error', 'status-error', 'note-error', 'message-error', 'message-result', 'hsp-error']) $(id).textContent = '';
    replace($('transcript'));
    replace($('details'));
    replace($('audit'));
    replace($('notes'));
    $('referral-title').textContent = 'Loading…';
    replace($('referral-badges'));
    $('assignee').textContent = '';
  }

  Staff.referral = {
    init: wire,
    /** Opens a referral (which marks a submitted one received) and shows it. */
    show(id) {
      if (!current || current.id !== id) {
        current = { id, detail: null };
        reset();
      }
      return load();
    },
    /** Leaves the referral view; returns the id of the referral that was shown, if any. */
    hide() {
      const id = current && current.id;
      current = null;
      return id;
    },
    refresh: load,
  };
})(window.Staff);
