// complaint-streams dashboard: the complaints officer's live view and the MRC view.
// Every endpoint may be missing (404), unavailable (503) or empty: each part then shows its empty state.
(function () {
  'use strict';
  var OFFICER_MS = 10000, MRC_MS = 60000;
  var charts = {};
  var COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#912b88', '#28a197', '#85994b',
    '#b58840', '#5694ca', '#6f72af', '#f499be', '#626a6e'];

  function el(id) { return document.getElementById(id); }
  function text(v) { return v === null || v === undefined || v === '' ? '–' : String(v); }

  // With read tokens configured the browser sends the sign-in cookie with every same-origin fetch; a 401 means it
  // expired or was withdrawn, so go back to / (the sign-in page).
  function signInAgain(r) {
    if (r.status === 401) { window.location.assign('/'); }
    return r;
  }
  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(signInAgain)
      .then(function (r) { return r.ok ? r.json() : null; })
      .catch(function () { return null; });
  }
  function fetchText(url) {
    return fetch(url).then(signInAgain).then(function (r) { return r.ok ? r.text() : null; }).catch(function () { return null; });
  }

  function listOf(body, key) {
    if (Array.isArray(body)) { return body; }
    if (body && Array.isArray(body[key])) { return body[key]; }
    if (body && Array.isArray(body.items)) { return body.items; }
    return [];
  }

  function fillRows(tbodyId, rows, columns, emptyText) {
    var tbody = el(tbodyId);
    tbody.textContent = '';
    if (!rows.length) {
      var tr = document.createElement('tr'), td = document.createElement('td');
      td.colSpan = columns.length; td.textContent = emptyText; tr.appendChild(td); tbody.appendChild(tr);
      return;
    }
    rows.forEach(function (row) {
      var tr = document.createElement('tr');
      columns.forEach(function (col, i) {
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) { cell.scope = 'row'; }
        cell.textContent = text(col(row));
        tr.appendChild(cell);
      });
      tbody.appendChild(tr);
    });
  }

  function fillTable(tableId, headers, rows) {
    var table = el(tableId);
    table.textContent = '';
    var thead = table.createTHead(), hr = thead.insertRow();
    headers.forEach(function (h) { var th = document.createElement('th'); th.scope = 'col'; th.textContent = h; hr.appendChild(th); });
    var tbody = table.createTBody();
    if (!rows.length) {
      var td = tbody.insertRow().insertCell(); td.colSpan = headers.length; td.textContent = 'No data yet.';
      return;
    }
    rows.forEach(function (r) { var tr = tbody.insertRow(); r.forEach(function (v) { tr.insertCell().textContent = text(v); }); });
  }

  var complaintColumns = [
    function (c) { return c.complaintId; }, function (c) { return c.landlordId; }, function (c) { return c.stage; },
    function (c) { return c.acknowledgeBy; }, function (c) { return c.respondBy; }, localTargets,
    function (c) { return c.status; }];

  // The landlord's own (stricter) targets, shown beside the Code's; only the Code's deadlines alert.
  function localTargets(c) {
    var parts = [];
    if (c.localAcknowledgeBy) { parts.push('ack ' + c.localAcknowledgeBy); }
    if (c.localRespondBy) { parts.push('respond ' + c.localRespondBy); }
    return parts.length ? parts.join(', ') : '–';
  }

  function when(iso) {
    if (!iso) { return ''; }
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString('en-GB', { timeZone: 'Europe/London' });
  }

  // The officer view lists the newest few; the tile counts what the feed holds, up to the fetch limit.
  var UNLOGGED_FETCH = 500, UNLOGGED_SHOWN = 10;
  var DEADLINE_KINDS = ['ACKNOWLEDGEMENT_DUE_SOON', 'ACKNOWLEDGEMENT_OVERDUE', 'RESPONSE_DUE_SOON', 'RESPONSE_OVERDUE',
    'EXTENSION_BEYOND_CODE', 'STAGE2_SAME_HANDLER'].join(',');

  function refreshOfficer() {
    return Promise.all([
      fetchJson('/api/v1/complaints?status=OVERDUE'),
      fetchJson('/api/v1/complaints?status=DUE_SOON'),
      fetchJson('/api/v1/alerts?kind=POSSIBLE_UNLOGGED_COMPLAINT&limit=' + UNLOGGED_FETCH),
      fetchJson('/api/v1/alerts?limit=10&kind=' + DEADLINE_KINDS),
      fetchJson('/health')
    ]).then(function (r) {
      var overdue = listOf(r[0], 'complaints'), dueSoon = listOf(r[1], 'complaints');
      var unlogged = listOf(r[2], 'alerts');
      // possible unlogged complaints have their own table; this one shows the deadline alerts
      var alerts = listOf(r[3], 'alerts');
      el('tile-overdue').textContent = r[0] ? overdue.length : '–';
      el('tile-due-soon').textContent = r[1] ? dueSoon.length : '–';
      el('tile-unlogged').textContent = r[2] ? unlogged.length + (unlogged.length >= UNLOGGED_FETCH ? '+' : '') : '–';
      el('unlogged-note').textContent = unlogged.length > UNLOGGED_SHOWN
        ? 'The newest ' + UNLOGGED_SHOWN + ' of ' + unlogged.length + (unlogged.length >= UNLOGGED_FETCH ? '+' : '')
          + '; all of them: /api/v1/alerts?kind=POSSIBLE_UNLOGGED_COMPLAINT&limit=500.'
        : '';
      unlogged = unlogged.slice(0, UNLOGGED_SHOWN);
      fillRows('overdue-rows', overdue, complaintColumns, r[0] ? 'No overdue complaints.' : 'Overdue complaints are not available yet.');
      fillRows('due-soon-rows', dueSoon, complaintColumns, r[1] ? 'No complaints due soon.' : 'Complaints due soon are not available yet.');
      fillRows('unlogged-rows', unlogged, [
        function (a) { return when(a.raisedAt); }, function (a) { return a.residentId; },
        function (a) { return a.landlordId; }, function (a) { return a.message; }],
        r[2] ? 'No possible unlogged complaints.' : 'Alerts are not available yet.');
      fillRows('alert-rows', alerts, [
        function (a) { return when(a.raisedAt); }, function (a) { return a.kind; }, function (a) { return a.complaintId; },
        function (a) { return a.stage || ''; }, function (a) { return a.dueOn; }, function (a) { return a.message; }],
        r[3] ? 'No alerts.' : 'Alerts are not available yet.');
      var h = r[4];
      el('health').textContent = h && h.streams
        ? 'Status ' + h.status + ' · Kafka ' + (h.broker ? h.broker.bootstrapServers : '?') + ' · Streams ' + h.streams.state
        : 'Health not available';
      el('officer-updated').textContent = new Date().toLocaleTimeString('en-GB');
    });
  }

  // Prometheus text format: one sample per line, name{label="value",...} value
  function parseMetrics(body) {
    var out = [];
    (body || '').split('\n').forEach(function (line) {
      if (!line || line.charAt(0) === '#') { return; }
      var m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
      if (!m) { return; }
      var labels = {}, re = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g, l;
      while ((l = re.exec(m[2] || '')) !== null) { labels[l[1]] = l[2]; }
      out.push({ name: m[1], labels: labels, value: parseFloat(m[3]) });
    });
    return out;
  }
  function sumBy(samples, name, label) {
    var sums = {};
    samples.forEach(function (s) {
      if (s.name === name) { var k = s.labels[label] || ''; sums[k] = (sums[k] || 0) + (isNaN(s.value) ? 0 : s.value); }
    });
    return sums;
  }

  function chart(id, type, labels, datasets, options) {
    if (typeof Chart === 'undefined') { return null; }
    var existing = charts[id];
    if (existing) {
      existing.data.labels = labels; existing.data.datasets = datasets; existing.update();
      return existing;
    }
    charts[id] = new Chart(el(id), {
      type: type, data: { labels: labels, datasets: datasets },
      options: Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: 'bottom' } } }, options || {})
    });
    return charts[id];
  }
  function allZero(values) { return values.every(function (v) { return !v; }); }

  function refreshMetricsCharts() {
    return fetchText('/metrics').then(function (body) {
      var samples = parseMetrics(body);
      var fromStats = monthlyThemes !== null;
      var themes = fromStats ? monthlyThemes : sumBy(samples, 'complaints_received_month_themes', 'theme');
      el('themes-source').textContent = fromStats
        ? 'Complaints by theme over the last 12 months (monthly statistics).'
        : 'Complaints received this month by theme (live gauges); a complaint with several themes counts once per theme.';
      var themeNames = Object.keys(themes).sort(function (a, b) { return themes[b] - themes[a] || a.localeCompare(b); });
      var themeValues = themeNames.map(function (t) { return themes[t]; });
      chart('themes-chart', 'bar', themeNames, [{ label: fromStats ? 'Last 12 months' : 'This month', data: themeValues, backgroundColor: COLOURS[0] }],
        { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } });
      el('themes-empty').hidden = !allZero(themeValues);
      el('themes-empty').textContent = fromStats ? 'No themed complaints in the last 12 months.' : 'No complaints received this month yet.';
      fillTable('themes-table', ['Theme', 'Complaints'], themeNames.map(function (t) { return [t, themes[t]]; }));

      var statuses = ['ON_TRACK', 'DUE_SOON', 'OVERDUE'], stages = ['1', '2'], open = {};
      samples.forEach(function (s) {
        if (s.name === 'complaints_open') { var k = s.labels.status + '/' + s.labels.stage; open[k] = (open[k] || 0) + s.value; }
      });
      var openSets = stages.map(function (st, i) {
        return { label: 'Stage ' + st, backgroundColor: COLOURS[i], data: statuses.map(function (s) { return open[s + '/' + st] || 0; }) };
      });
      chart('open-chart', 'bar', statuses, openSets, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } });
      el('open-empty').hidden = !allZero([].concat(openSets[0].data, openSets[1].data));
      fillTable('open-table', ['Status', 'Stage 1', 'Stage 2'], statuses.map(function (s) { return [s, open[s + '/1'] || 0, open[s + '/2'] || 0]; }));

      var alerts = sumBy(samples, 'complaints_alerts_raised_total', 'kind');
      var signals = sumBy(samples, 'complaints_signals_total', 'action');
      var pretty = function (k) { return k.toLowerCase().replace(/_/g, ' '); };
      var names = Object.keys(alerts).sort().map(function (k) { return 'alert: ' + pretty(k); })
        .concat(Object.keys(signals).sort().map(function (a) { return 'signal: ' + pretty(a); }));
      var values = Object.keys(alerts).sort().map(function (k) { return alerts[k]; })
        .concat(Object.keys(signals).sort().map(function (k) { return signals[k]; }));
      chart('activity-chart', 'bar', names, [{ label: 'Since this instance started', data: values, backgroundColor: COLOURS[2] }],
        { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } });
      fillTable('activity-table', ['Alert kind or signal action', 'Count'], names.map(function (n, i) { return [n, values[i]]; }));
    });
  }

  function financialYear(date) {
    var y = date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
    return y + '-' + String((y + 1) % 100).padStart(2, '0');
  }
  function pct(v) { return v === null || v === undefined ? '–' : v + '%'; }

  function refreshTsm() {
    var period = el('period').value;
    return fetchJson('/api/v1/tsm?period=' + encodeURIComponent(period)).then(function (t) {
      el('tsm-empty').hidden = !!t;
      t = t || {};
      el('tsm-ch01-1').textContent = text(t.ch01Stage1Per1000);
      el('tsm-ch01-2').textContent = text(t.ch01Stage2Per1000);
      el('tsm-ch02-1').textContent = pct(t.ch02Stage1WithinTimescalePct);
      el('tsm-ch02-2').textContent = pct(t.ch02Stage2WithinTimescalePct);
      el('tsm-s1').textContent = t.stage1Complaints !== undefined ? t.stage1Complaints + ' complaints, ' + text(t.homes) + ' homes' : '\u00a0';
      el('tsm-s2').textContent = t.stage2Complaints !== undefined ? t.stage2Complaints + ' complaints' : '\u00a0';
    });
  }

  function ym(d) { return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0'); }

  // The monthly stats carry many counters; the trend chart shows these when present, else the first few.
  var TREND_KEYS = ['stage1.received', 'stage2.received', 'stage1.respondedOnTime', 'stage1.respondedLate',
    'stage2.respondedOnTime', 'stage2.respondedLate'];
  var THEME_PREFIX = 'complaints.theme.';
  var monthlyThemes = null;

  function refreshMonthly() {
    var to = new Date(), from = new Date(to.getFullYear(), to.getMonth() - 11, 1);
    return fetchJson('/api/v1/stats/monthly?from=' + ym(from) + '&to=' + ym(to)).then(function (body) {
      var months = listOf(body, 'months');
      var labels = months.map(function (m) { return m.month; });
      var numeric = [];
      months.forEach(function (m) {
        Object.keys(m.counters || {}).forEach(function (k) {
          if (typeof m.counters[k] === 'number' && numeric.indexOf(k) < 0) { numeric.push(k); }
        });
      });
      var keys = TREND_KEYS.filter(function (k) { return numeric.indexOf(k) >= 0; });
      if (!keys.length) { keys = numeric.filter(function (k) { return k.indexOf(THEME_PREFIX) !== 0; }).slice(0, 8); }
      var sets = keys.map(function (k, i) {
        return { label: k, borderColor: COLOURS[i % COLOURS.length], backgroundColor: COLOURS[i % COLOURS.length],
          data: months.map(function (m) { return (m.counters || {})[k] || 0; }) };
      });
      chart('monthly-chart', 'line', labels, sets, { scales: { y: { beginAtZero: true } } });
      el('monthly-empty').hidden = months.length > 0;
      fillTable('monthly-table', ['Month'].concat(keys), months.map(function (m) {
        return [m.month].concat(keys.map(function (k) { return (m.counters || {})[k]; }));
      }));
      var themes = {};
      numeric.filter(function (k) { return k.indexOf(THEME_PREFIX) === 0; }).forEach(function (k) {
        themes[k.substring(THEME_PREFIX.length)] = months.reduce(function (n, m) { return n + ((m.counters || {})[k] || 0); }, 0);
      });
      monthlyThemes = Object.keys(themes).length ? themes : null;
    });
  }

  function every(fn, ms) {
    var run = function () { Promise.resolve().then(fn).catch(function () { /* shown as empty states */ }); };
    run();
    setInterval(run, ms);
  }

  function init() {
    var now = new Date(), select = el('period');
    for (var i = 0; i < 3; i++) {
      var p = financialYear(new Date(now.getFullYear() - i, now.getMonth(), 1));
      var opt = document.createElement('option'); opt.value = p; opt.textContent = p; select.appendChild(opt);
    }
    select.addEventListener('change', function () { refreshTsm().catch(function () {}); });
    el('period-form').addEventListener('submit', function (e) { e.preventDefault(); });
    every(refreshOfficer, OFFICER_MS);
    every(function () { return Promise.all([refreshTsm(), refreshMonthly()]).then(refreshMetricsCharts); }, MRC_MS);
    setTimeout(function () { every(refreshMetricsCharts, OFFICER_MS); }, OFFICER_MS);
  }

  window.complaintDashboard = { parseMetrics: parseMetrics, charts: charts };
  init();
}());
