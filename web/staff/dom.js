// Shared by every console script. All data reaches the page as text nodes (textContent), never
// as HTML: a family's message or a note cannot inject markup or script.
'use strict';

window.Staff = window.Staff || {};

(function (Staff) {
  const PROPERTIES = new Set(['className', 'hidden', 'disabled', 'value', 'checked', 'selected', 'required', 'type', 'htmlFor', 'id', 'name']);

  /** el('button', { className: 'primary', on: { click } }, 'Claim') — strings become text nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'on') for (const [type, handler] of Object.entries(value)) node.addEventListener(type, handler);
      else if (PROPERTIES.has(key)) node[key] = value;
      else if (/^on/i.test(key)) throw new Error(`use { on: { ${key.slice(2)} } }, not ${key}`);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  /** Replaces a node's children; null and undefined children are skipped, strings become text. */
  function replace(node, ...children) {
    node.replaceChildren();
    return append(node, children);
  }

  const dateFormat = new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  const timeFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' });

  /** "2026-01-09" (a calendar date, no time zone) → "Fri, Jan 9, 2026". */
  function formatDate(isoDate) {
    return isoDate ? dateFormat.format(new Date(`${isoDate}T00:00:00Z`)) : '';
  }

  /** An instant → "Jan 9, 3:04 PM" in the browser's time zone. */
  function formatTime(instant) {
    return instant ? timeFormat.format(new Date(instant)) : '';
  }

  /** How long ago: "12 min", "5 h", "3 d". */
  function age(instant, now = Date.now()) {
    const minutes = Math.max(0, Math.round((now - new Date(instant).getTime()) / 60000));
    if (minutes < 60) return `${minutes} min`;
    if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
    return `${Math.floor(minutes / 1440)} d`;
  }

  const LABELS = {
    kind: { referral: 'Referral', handoff: 'Talk to a person', urgent: 'Urgent (crisis)' },
    rule: { first_contact: 'First contact', emergency: 'Emergency admission', hsp_care_coordinator: 'HSP care-coordinator update' },
    deadlineState: { overdue: 'Overdue', today: 'Due today', upcoming: 'Due' },
    stage: { new: 'New', claimed: 'Claimed', in_progress: 'In progress', closed: 'Closed' },
  };

  /** The earliest pending deadline as a badge ("Overdue · First contact · Fri, Jan 9"), or nothing. */
  function deadlineBadge(deadlines) {
    const next = deadlines && deadlines[0];
    if (!next) return null;
    return el('span', { className: `badge due-${next.state}` }, `${LABELS.deadlineState[next.state]} · ${LABELS.rule[next.rule]} · ${formatDate(next.date)}`);
  }

  /** Announces a short status to screen readers and shows it in the status line. */
  function announce(text) {
    const line = document.getElementById('status-line');
    line.textContent = '';
    // A fresh text node each time, so the same words are announced again.
    window.setTimeout(() => (line.textContent = text), 50);
  }

  Staff.dom = { el, append, replace, formatDate, formatTime, age, LABELS, deadlineBadge, announce };
})(window.Staff);
