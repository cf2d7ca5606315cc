// The queue view: the staff member's queues with counts, one queue's referrals by stage
// (new, claimed, in progress, closed), sortable by due date and age, overdue and due-today rows
// marked, new arrivals highlighted and announced.
'use strict';

(function (Staff) {
  const { el, replace, formatDate, age, LABELS, deadlineBadge, announce } = Staff.dom;
  const STAGES = ['new', 'claimed', 'in_progress', 'closed'];
  const state = {
    queue: new URLSearchParams(location.search).get('queue') || '',
    stage: 'new',
    sort: { key: 'due', dir: 'asc' },
    queues: [],
    open: [],
    closed: [],
    seen: null,
    // A referral just left ("Back to the queue"): its tab is shown once the lists are in.
    returningFrom: null,
  };

  const $ = (id) => document.getElementById(id);
  const queueName = (id) => state.queues.find((q) => q.id === id)?.name ?? id;
  const sum = (key) => state.queues.filter((q) => !state.queue || q.id === state.queue).reduce((n, q) => n + q.counts[key], 0);

  function renderQueues() {
    const busy = state.queues.filter((q) => q.counts.new + q.counts.claimed + q.counts.in_progress > 0 || q.id === state.queue);
    const quiet = state.queues.filter((q) => !busy.includes(q));
    const item = (id, name, counts) =>
      el(
        'li',
        {},
        el(
          'a',
          {
            href: id ? `/staff?queue=${encodeURIComponent(id)}` : '/staff',
            'aria-current': state.queue === id ? 'page' : undefined,
            'data-queue': id,
            on: { click: pickQueue },
          },
          el('span', { className: 'queue-name' }, name),
          el('span', { className: 'queue-counts' }, `${counts.new + counts.claimed + counts.in_progress} open`),
          counts.overdue ? el('span', { className: 'badge due-overdue' }, `${counts.overdue} overdue`) : null,
          counts.dueToday ? el('span', { className: 'badge due-today' }, `${counts.dueToday} due today`) : null,
        ),
      );
    const all = ['new', 'claimed', 'in_progress', 'closed', 'overdue', 'dueToday'].reduce(
      (c, k) => ({ ...c, [k]: state.queues.reduce((n, q) => n + q.counts[k], 0) }),
      {},
    );
    const list = $('queue-list');
    const wasOpen = list.querySelector('details')?.open;
    replace(
      list,
      state.queues.length > 1 ? item('', 'All my queues', all) : null,
      ...busy.map((q) => item(q.id, q.name, q.counts)),
      quiet.length
        ? el(
            'li',
            {},
            el(
              'details',
              { open: wasOpen || undefined },
              el('summary', {}, `Queues with nothing open (${quiet.length})`),
              el(
                'ul',
                {},
                quiet.map((q) => item(q.id, q.name, q.counts)),
              ),
            ),
          )
        : null,
    );
    $('queue-title').textContent = state.queue ? queueName(state.queue) : 'All my queues';
  }

  function renderStages() {
    replace(
      $('stage-tabs'),
      ...STAGES.map((stage) =>
        el(
          'button',
          { type: 'button', 'aria-pressed': String(state.stage === stage), 'data-stage': stage, on: { click: () => pickStage(stage) } },
          `${LABELS.stage[stage]} (${sum(stage)})`,
        ),
      ),
    );
  }

  const dueOf = (r) => r.deadlines[0]?.date ?? '9999-12-31';
  function sorted(list) {
    const { key, dir } = state.sort;
    const value = key === 'due' ? dueOf : (r) => r.createdAt;
    const sign = dir === 'asc' ? 1 : -1;
    // Ascending age is youngest first: the latest creation time first.
    return [...list].sort(
      (a, b) => sign * (key === 'age' ? value(b).localeCompare(value(a)) : value(a).localeCompare(value(b))) || a.createdAt.localeCompare(b.createdAt),
    );
  }

  function row(r, isNew) {
    const next = r.deadlines[0];
    const child = r.child ? `${r.child.firstName || ''} ${r.child.lastName || ''}`.trim() : '';
    return el(
      'tr',
      { className: [next ? `row-${next.state}` : '', isNew ? 'arrived' : ''].join(' ').trim() || undefined, 'data-id': r.id },
      el(
        'th',
        { scope: 'row' },
        el('a', { href: `/staff/referrals/${encodeURIComponent(r.id)}`, on: { click: openReferral } }, r.code),
        isNew ? el('span', { className: 'badge arrived-badge' }, 'Just arrived') : null,
      ),
      // data-label: on a phone each row is a card and each cell names itself (see staff.css).
      el(
        'td',
        { 'data-label': 'Child' },
        r.kind === 'referral' ? null : el('span', { className: `badge kind-${r.kind}` }, LABELS.kind[r.kind]),
        ' ',
        child || '—',
      ),
      el('td', { 'data-label': 'County' }, r.county || (r.region === 'IL' ? 'Illinois' : '—')),
      state.queue ? null : el('td', { 'data-label': 'Queue' }, r.queue.name),
      el('td', { 'data-label': 'Status' }, r.statusLabel),
      el('td', { 'data-label': 'Claimed by' }, r.assignee ? r.assignee.name || r.assignee.id : '—'),
      el('td', { 'data-label': 'Age' }, el('time', { datetime: r.createdAt, title: new Date(r.createdAt).toLocaleString() }, age(r.createdAt))),
      el('td', { 'data-label': 'Due' }, r.status === 'closed' ? '—' : deadlineBadge(r.deadlines) || formatDate(r.firstContactDue)),
    );
  }

  function renderTable() {
    const list = sorted((state.stage === 'closed' ? state.closed : state.open).filter((r) => r.stage === state.stage));
    const headers = ['Code', 'Child', 'County', state.queue ? null : 'Queue', 'Status', 'Claimed by', 'age', 'due'].filter(Boolean);
    replace(
      $('queue-head'),
      el(
        'tr',
        {},
        headers.map((h) => (h === 'age' || h === 'due' ? sortHeader(h) : el('th', { scope: 'col' }, h))),
      ),
    );
    replace($('queue-rows'), ...list.map((r) => row(r, arrived(r))));
    $('queue-empty').hidden = list.length > 0;
    $('queue-table').hidden = list.length === 0;
  }

  function sortHeader(key) {
    const active = state.sort.key === key;
    const label = key === 'due' ? 'Due' : 'Age';
    const sort = active ? (state.sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return el(
      'th',
      { scope: 'col', 'aria-sort': sort },
      el(
        'button',
        { type: 'button', className: 'sort', on: { click: () => toggleSort(key) } },
        label,
        el('span', { 'aria-hidden': 'true' }, active ? (state.sort.dir === 'asc' ? ' ▲' : ' ▼') : ' ↕'),
      ),
    );
  }

  function toggleSort(key) {
    // First click: most urgent first (earliest due), or oldest first (the longest waiting).
    state.sort = state.sort.key === key ? { key, dir: state.sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'age' ? 'desc' : 'asc' };
    renderTable();
  }

  function pickStage(stage) {
    state.stage = stage;
    renderStages();
    renderTable();
    if (stage === 'closed') refresh();
  }

  function pickQueue(event) {
    event.preventDefault();
    state.queue = event.currentTarget.dataset.queue;
    state.seen = null;
    history.pushState(null, '', state.queue ? `/staff?queue=${encodeURIComponent(state.queue)}` : '/staff');
    Staff.route();
  }

  function openReferral(event) {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    history.pushState(null, '', event.currentTarget.getAttribute('href'));
    Staff.route();
  }

  /** Referrals that came in since this queue was opened stay marked; each is announced once. */
  function noticeArrivals(open) {
    const ids = open.map((r) => r.id);
    if (!state.seen) state.seen = { baseline: new Set(ids), announced: new Set() };
    const fresh = open.filter((r) => !state.seen.baseline.has(r.id) && !state.seen.announced.has(r.id));
    fresh.forEach((r) => state.seen.announced.add(r.id));
    if (fresh.length) announce(fresh.length === 1 ? `New referral ${fresh[0].code} in ${fresh[0].queue.name}` : `${fresh.length} new referrals`);
  }

  const arrived = (r) => state.seen && !state.seen.baseline.has(r.id);

  async function refresh() {
    const queue = state.queue ? `&queue=${encodeURIComponent(state.queue)}` : '';
    const [summary, open, closed] = await Promise.all([
      Staff.api('/staff/api/queues'),
      Staff.api(`/staff/api/referrals?status=open&limit=200${queue}`),
      state.stage === 'closed' ? Staff.api(`/staff/api/referrals?status=closed&limit=100${queue}`) : Promise.resolve({ referrals: state.closed }),
    ]);
    Staff.me = summary.staff;
    state.queues = summary.queues;
    state.open = open.referrals;
    state.closed = closed.referrals;
    if (state.returningFrom) {
      const returned = state.open.find((r) => r.id === state.returningFrom);
      // Not open any more (closed just now) or elsewhere: at least not an empty tab.
      state.stage = returned ? returned.stage : sum(state.stage) ? state.stage : STAGES.find((stage) => sum(stage)) || state.stage;
      state.returningFrom = null;
    }
    noticeArrivals(state.open);
    renderQueues();
    renderStages();
    renderTable();
    document.title = `${sum('new') ? `(${sum('new')}) ` : ''}Staff console · CCS Navigator`;
  }

  async function exportCsv() {
    const queue = state.queue ? `?queue=${encodeURIComponent(state.queue)}` : '';
    const response = await Staff.api(`/staff/api/export.csv${queue}`);
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') || '')?.[1] || 'ccs-referrals.csv';
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: name, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 1000);
    announce(`Downloaded ${name}`);
  }

  async function toggleCharts() {
    const button = $('charts-toggle');
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    $('charts').hidden = !open;
    if (open) await drawCharts();
  }

  async function drawCharts() {
    const queue = state.queue ? `?queue=${encodeURIComponent(state.queue)}` : '';
    Staff.charts.render($('charts'), await Staff.api(`/staff/api/stats${queue}`));
  }

  Staff.queue = {
    init() {
      $('export').addEventListener('click', () => exportCsv().catch(Staff.showError));
      $('charts-toggle').addEventListener('click', () => toggleCharts().catch(Staff.showError));
    },
    /** Shows the queue named in the address (?queue=), keeping the sort; coming back from a referral, on that referral's tab. */
    show(returningFrom) {
      state.returningFrom = returningFrom || null;
      const queue = new URLSearchParams(location.search).get('queue') || '';
      if (queue !== state.queue) {
        state.queue = queue;
        state.seen = null;
      }
      if ($('charts-toggle').getAttribute('aria-expanded') === 'true') drawCharts().catch(Staff.showError);
      return refresh();
    },
    refresh,
    /** Focuses a referral's row link, if it is on the tab shown; true when it is. */
    focusRow(id) {
      const link = document.querySelector(`#queue-rows tr[data-id="${CSS.escape(id)}"] a`);
      if (link) link.focus();
      return Boolean(link);
    },
    /** The address of the queue being shown. */
    address: () => (state.queue ? `/staff?queue=${encodeURIComponent(state.queue)}` : '/staff'),
  };
})(window.Staff);
