// Two small charts drawn as inline SVG from GET /staff/api/stats: referrals per county per week
// (stacked columns) and time to first contact (bars). Each has a table for screen readers.
'use strict';

(function (Staff) {
  const { el, replace, formatDate } = Staff.dom;
  const SVG = 'http://www.w3.org/2000/svg';
  // Okabe–Ito: told apart with the common kinds of color blindness.
  const COLORS = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#7f7f7f'];
  const MAX_SERIES = 6;

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG, tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, String(value));
    for (const child of children) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  }

  const shortDate = (isoDate) =>
    formatDate(isoDate)
      .replace(/^\w+, /, '')
      .replace(/, \d{4}$/, '');

  /** At most six counties by name; the rest summed as "Other counties". */
  function topSeries(perCounty, weeks) {
    const top = perCounty.slice(0, MAX_SERIES);
    const rest = perCounty.slice(MAX_SERIES);
    if (rest.length) top.push({ county: 'Other counties', counts: weeks.map((_, i) => rest.reduce((n, s) => n + s.counts[i], 0)) });
    return top;
  }

  function figure(title, description, chart, legend, table) {
    const id = `chart-${title.replace(/\W+/g, '-').toLowerCase()}`;
    chart.setAttribute('role', 'img');
    chart.setAttribute('aria-labelledby', `${id}-title ${id}-desc`);
    chart.prepend(svg('title', { id: `${id}-title` }, title), svg('desc', { id: `${id}-desc` }, description));
    return el('figure', { className: 'chart' }, el('figcaption', {}, title), chart, legend, el('details', {}, el('summary', {}, 'Show as a table'), table));
  }

  function table(headers, rows) {
    return el(
      'table',
      { className: 'data' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          headers.map((h) => el('th', { scope: 'col' }, h)),
        ),
      ),
      el(
        'tbody',
        {},
        rows.map((row) =>
          el(
            'tr',
            {},
            row.map((cell, i) => (i === 0 ? el('th', { scope: 'row' }, cell) : el('td', {}, cell))),
          ),
        ),
      ),
    );
  }

  // Each chart is drawn at the width it is shown (one unit, one CSS pixel), so its 13 px labels
  // are 13 px on screen rather than scaled down with the picture.
  function perWeek(stats, width) {
    const series = topSeries(stats.perCounty, stats.weeks);
    const totals = stats.weeks.map((_, i) => series.reduce((n, s) => n + s.counts[i], 0));
    const max = Math.max(1, ...totals);
    const [height, left, bottom, top] = [230, 32, 36, 22];
    const step = (width - left) / stats.weeks.length;
    const scale = (n) => (n / max) * (height - bottom - top);
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart-svg' });
    chart.append(svg('line', { x1: left, x2: width, y1: height - bottom, y2: height - bottom, class: 'axis' }));
    chart.append(svg('text', { x: left - 6, y: top + 4, class: 'tick', 'text-anchor': 'end' }, max));
    chart.append(svg('text', { x: left - 6, y: height - bottom, class: 'tick', 'text-anchor': 'end' }, 0));
    stats.weeks.forEach((week, i) => {
      let y = height - bottom;
      series.forEach((s, j) => {
        const h = scale(s.counts[i]);
        if (h > 0) chart.append(svg('rect', { x: left + i * step + 4, y: y - h, width: step - 8, height: h, fill: COLORS[j % COLORS.length] }));
        y -= h;
      });
      if (totals[i]) chart.append(svg('text', { x: left + i * step + step / 2, y: y - 3, class: 'value', 'text-anchor': 'middle' }, totals[i]));
      if ((stats.weeks.length - 1 - i) % 2 === 0 || stats.weeks.length <= 8)
        chart.append(svg('text', { x: left + i * step + step / 2, y: height - bottom + 16, class: 'tick', 'text-anchor': 'middle' }, shortDate(week)));
    });
    const legend = el(
      'ul',
      { className: 'legend' },
      series.map((s, j) => el('li', {}, el('span', { className: `swatch swatch-${j}`, 'aria-hidden': 'true' }), s.county)),
    );
    const description = series.length ? `${totals.reduce((a, b) => a + b, 0)} referrals in ${stats.weeks.length} weeks.` : 'No referrals in these weeks.';
    return figure(
      'Referrals per county, by week',
      description,
      chart,
      legend,
      table(
        ['Week of', ...series.map((s) => s.county)],
        stats.weeks.map((week, i) => [shortDate(week), ...series.map((s) => s.counts[i])]),
      ),
    );
  }

  function firstContact(stats, width) {
    const buckets = stats.timeToFirstContact;
    const max = Math.max(1, ...buckets.map((b) => b.count));
    const [row, labelWidth] = [28, 170];
    const chart = svg('svg', { viewBox: `0 0 ${width} ${buckets.length * row + 8}`, class: 'chart-svg' });
    buckets.forEach((b, i) => {
      const y = i * row + 4;
      const w = (b.count / max) * (width - labelWidth - 40);
      chart.append(svg('text', { x: labelWidth - 8, y: y + 17, class: 'tick', 'text-anchor': 'end' }, b.label));
      chart.append(
        svg('rect', { x: labelWidth, y, width: Math.max(w, b.count ? 2 : 0), height: row - 8, fill: i === buckets.length - 1 ? COLORS[5] : COLORS[0] }),
      );
      chart.append(svg('text', { x: labelWidth + w + 6, y: y + 17, class: 'value' }, b.count));
    });
    const contacted = buckets.slice(0, -1).reduce((n, b) => n + b.count, 0);
    return figure(
      'Time to first contact',
      `${contacted} families reached, ${buckets[buckets.length - 1].count} still waiting.`,
      chart,
      null,
      table(
        ['Waited', 'Referrals'],
        buckets.map((b) => [b.label, b.count]),
      ),
    );
  }

  Staff.charts = {
    render(container, stats) {
      // The figures sit in a grid of columns at least 340 px wide, 16 px apart, 28 px of padding each.
      const available = container.clientWidth || 640;
      const columns = Math.max(1, Math.min(2, Math.floor((available + 16) / (340 + 16))));
      const width = Math.max(300, Math.floor((available - 16 * (columns - 1)) / columns) - 28);
      replace(container, perWeek(stats, width), firstContact(stats, width));
    },
  };
})(window.Staff);
