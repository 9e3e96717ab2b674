// complaint-streams dashboard: the complaints officer's live view and the MRC view.
// Every endpoint may be missing (404), unavailable (503) or empty: each part then shows its empty state.
(function () {
  'use strict';
  var OFFICER_MS = 10000, MRC_MS = 60000;
  var charts = {};
  var COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#912b88', '#28a197', '#85994b',
    '#b58840', '#5694ca', '#6f72af', '#f499be', '#626a6e'];

  function el(id) { return document.getElementById(id); }

  // The one glossary of human labels (GET /api/v1/glossary, from glossary/en-GB.properties, also used by the reports
  // and Grafana): label('alert', 'RESPONSE_OVERDUE') reads "Response overdue". A code without a label shows as itself.
  var glossary = {};
  function label(kind, code) {
    if (code === null || code === undefined || code === '') { return code; }
    var l = glossary[kind + '.' + code];
    return l === undefined ? String(code) : l;
  }
  function loadGlossary() {
    return fetchJson('/api/v1/glossary').then(function (g) { if (g) { glossary = g; } });
  }
  var NUMBER = new Intl.NumberFormat('en-GB');
  function num(v) { return typeof v === 'number' ? NUMBER.format(v) : v; }
  function text(v) { return v === null || v === undefined || v === '' ? '–' : String(v); }

  // With read tokens configured the browser sends the sign-in cookie with every same-origin fetch; a 401 means it
  // expired or was withdrawn, so go back to / (the sign-in page).
  function signInAgain(r) {
    if (r.status === 401) { window.location.assign('/'); }
    if (r.headers && r.headers.get('Complaint-Streams-Signed-In') === 'true') {
      document.querySelectorAll('form.signout').forEach(function (f) { f.hidden = false; });
    }
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
    rows.forEach(function (r) {
      var tr = tbody.insertRow();
      r.forEach(function (v, i) {
        var cell = document.createElement(i === 0 ? 'th' : 'td');
        if (i === 0) { cell.scope = 'row'; }
        cell.textContent = text(num(v));
        tr.appendChild(cell);
      });
    });
  }

  var complaintColumns = [
    function (c) { return c.complaintId; }, function (c) { return c.landlordId; }, function (c) { return c.stage; },
    function (c) { return c.acknowledgeBy; }, function (c) { return c.respondBy; }, localTargets,
    function (c) { return label('status', c.status); }];

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
    // service requests past their due date (Code 1.4): the exact total of the list, one row fetched
    fetchJson('/api/v1/service-requests?status=OVERDUE&size=1').then(function (b) {
      el('tile-sr-overdue').textContent = b && typeof b.total === 'number' ? num(b.total) : '–';
    });
    // possible unlogged complaints: the exact number of open officers' items (one per resident and issue), as the
    // officer's page counts them, not the length of the recent-alerts feed
    fetchJson('/api/v1/officer/unlogged-items?size=1').then(function (b) {
      el('tile-unlogged').textContent = b && typeof b.total === 'number' ? num(b.total) : '–';
    });
    return Promise.all([
      fetchJson('/api/v1/complaints?status=OVERDUE'),
      fetchJson('/api/v1/complaints?status=DUE_SOON'),
      fetchJson('/api/v1/alerts?kind=POSSIBLE_UNLOGGED_COMPLAINT&limit=' + UNLOGGED_FETCH),
      fetchJson('/api/v1/alerts?limit=10&superseded=false&kind=' + DEADLINE_KINDS),
      fetchJson('/health')
    ]).then(function (r) {
      var overdue = listOf(r[0], 'complaints'), dueSoon = listOf(r[1], 'complaints');
      var unlogged = listOf(r[2], 'alerts');
      // possible unlogged complaints have their own table; this one shows the deadline alerts
      var alerts = listOf(r[3], 'alerts');
      el('tile-overdue').textContent = r[0] ? num(overdue.length) : '–';
      el('tile-due-soon').textContent = r[1] ? num(dueSoon.length) : '–';
      el('unlogged-note').textContent = unlogged.length > UNLOGGED_SHOWN
        ? 'The newest ' + UNLOGGED_SHOWN + ' of ' + unlogged.length + (unlogged.length >= UNLOGGED_FETCH ? '+' : '')
          + ' recent alerts; every open item, grouped by resident and issue: the officer work queue (/officer.html).'
        : '';
      unlogged = unlogged.slice(0, UNLOGGED_SHOWN);
      fillRows('overdue-rows', overdue, complaintColumns, r[0] ? 'No overdue complaints.' : 'Overdue complaints are not available yet.');
      fillRows('due-soon-rows', dueSoon, complaintColumns, r[1] ? 'No complaints due soon.' : 'Complaints due soon are not available yet.');
      fillRows('unlogged-rows', unlogged, [
        function (a) { return when(a.raisedAt); }, function (a) { return a.residentId; },
        function (a) { return a.landlordId; }, function (a) { return a.message; }],
        r[2] ? 'No possible unlogged complaints.' : 'Alerts are not available yet.');
      fillRows('alert-rows', alerts, [
        function (a) { return when(a.raisedAt); }, function (a) { return label('alert', a.kind); }, function (a) { return a.complaintId; },
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

  function horizontalBar(id, names, values, seriesLabel, colour) {
    chart(id, 'bar', names, [{ label: seriesLabel, data: values, backgroundColor: colour }],
      { indexAxis: 'y', scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } } });
  }

  function refreshMetricsCharts() {
    return fetchText('/metrics').then(function (body) {
      var samples = parseMetrics(body);
      var fromStats = monthlyThemes !== null;
      var themes = fromStats ? monthlyThemes : sumBy(samples, 'complaints_received_month_themes', 'theme');
      el('themes-source').textContent = fromStats
        ? 'Complaints by theme over the last 12 months (monthly statistics); a complaint with several themes counts once per theme.'
        : 'Complaints received this month by theme (live gauges); a complaint with several themes counts once per theme.';
      var themeCodes = Object.keys(themes).sort(function (a, b) { return themes[b] - themes[a] || a.localeCompare(b); });
      var themeNames = themeCodes.map(function (t) { return t === 'none' ? 'No theme' : label('theme', t); });
      var themeValues = themeCodes.map(function (t) { return themes[t]; });
      horizontalBar('themes-chart', themeNames, themeValues, fromStats ? 'Last 12 months' : 'This month', COLOURS[0]);
      el('themes-empty').hidden = !allZero(themeValues);
      el('themes-empty').textContent = fromStats ? 'No themed complaints in the last 12 months.' : 'No complaints received this month yet.';
      fillTable('themes-table', ['Theme', 'Complaints'], themeCodes.map(function (t, i) { return [themeNames[i], themes[t]]; }));

      var statuses = ['ON_TRACK', 'DUE_SOON', 'OVERDUE'], stages = ['1', '2'], open = {};
      samples.forEach(function (s) {
        if (s.name === 'complaints_open') { var k = s.labels.status + '/' + s.labels.stage; open[k] = (open[k] || 0) + s.value; }
      });
      var openSets = stages.map(function (st, i) {
        return { label: 'Stage ' + st, backgroundColor: COLOURS[i], data: statuses.map(function (s) { return open[s + '/' + st] || 0; }) };
      });
      var statusNames = statuses.map(function (s) { return label('status', s); });
      chart('open-chart', 'bar', statusNames, openSets, { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } });
      el('open-empty').hidden = !allZero([].concat(openSets[0].data, openSets[1].data));
      fillTable('open-table', ['Status', 'Stage 1', 'Stage 2'], statuses.map(function (s, i) { return [statusNames[i], open[s + '/1'] || 0, open[s + '/2'] || 0]; }));

      // Deadline alerts and classified records are separate charts: most records need no action, and their count
      // (tens of thousands) would flatten every alert bar beside it.
      var alerts = sumBy(samples, 'complaints_alerts_raised_total', 'kind');
      var kinds = Object.keys(alerts).sort(function (a, b) { return alerts[b] - alerts[a] || a.localeCompare(b); });
      var kindNames = kinds.map(function (k) { return label('alert', k); });
      var kindValues = kinds.map(function (k) { return alerts[k]; });
      horizontalBar('activity-chart', kindNames, kindValues, 'Alerts since this instance started', COLOURS[1]);
      el('activity-empty').hidden = !allZero(kindValues);
      fillTable('activity-table', ['Alert', 'Raised'], kinds.map(function (k, i) { return [kindNames[i], alerts[k]]; }));

      var signals = sumBy(samples, 'complaints_signals_total', 'action');
      var acting = Object.keys(signals).filter(function (a) { return a !== 'NONE'; })
        .sort(function (a, b) { return signals[b] - signals[a] || a.localeCompare(b); });
      var actionNames = acting.map(function (a) { return label('action', a); });
      var actionValues = acting.map(function (a) { return signals[a]; });
      horizontalBar('signals-chart', actionNames, actionValues, 'Records needing action', COLOURS[2]);
      el('signals-empty').hidden = !allZero(actionValues);
      el('signals-note').textContent = signals.NONE !== undefined
        ? num(signals.NONE) + ' other classified records needed no action (' + label('action', 'NONE') + '); they are in the table, not the chart.'
        : '\u00a0';
      var signalRows = acting.map(function (a, i) { return [actionNames[i], signals[a]]; });
      if (signals.NONE !== undefined) { signalRows.push([label('action', 'NONE'), signals.NONE]); }
      fillTable('signals-table', ['Action', 'Records'], signalRows);
    });
  }

  function financialYear(date) {
    var y = date.getMonth() >= 3 ? date.getFullYear() : date.getFullYear() - 1;
    return y + '-' + String((y + 1) % 100).padStart(2, '0');
  }
  function pct(v) { return v === null || v === undefined ? '–' : v + '%'; }

  var homes = null;

  function refreshTsm() {
    var period = el('period').value;
    return fetchJson('/api/v1/tsm?period=' + encodeURIComponent(period)).then(function (t) {
      el('tsm-empty').hidden = !!t;
      t = t || {};
      homes = typeof t.homes === 'number' && t.homes > 0 ? t.homes : null;
      el('tsm-homes-hint').hidden = !t.period || homes !== null;
      var without = Array.isArray(t.landlordsWithoutHomes) ? t.landlordsWithoutHomes : [];
      el('tsm-without-homes').hidden = without.length === 0 || homes === null;
      el('tsm-without-homes').textContent = without.length === 0 ? '' : 'CH01 counts complaints of ' + without.join(', ')
        + ', whose homes are not configured, against the configured homes only, so it reads high: set their homes with --homes.';
      el('tsm-ch01-1').textContent = text(num(t.ch01Stage1Per1000));
      el('tsm-ch01-2').textContent = text(num(t.ch01Stage2Per1000));
      el('tsm-ch02-1').textContent = pct(t.ch02Stage1WithinTimescalePct);
      el('tsm-ch02-2').textContent = pct(t.ch02Stage2WithinTimescalePct);
      el('tsm-s1').textContent = t.stage1Complaints !== undefined
        ? num(t.stage1Complaints) + ' complaints, ' + (homes ? num(homes) + ' homes' : 'homes not configured') : '\u00a0';
      el('tsm-s2').textContent = t.stage2Complaints !== undefined ? num(t.stage2Complaints) + ' complaints' : '\u00a0';
    });
  }

  // Links to the reports of the chosen year; plain links, so format= picks the page, PDF or CSV.
  function updateReportLinks() {
    var period = encodeURIComponent(el('period').value);
    el('link-annual').href = '/api/v1/reports/annual?format=html&period=' + period;
    el('link-annual-pdf').href = '/api/v1/reports/annual?format=pdf&period=' + period;
    el('link-self-assessment').href = '/api/v1/reports/self-assessment?format=html&period=' + period;
    el('link-self-assessment-csv').href = '/api/v1/reports/self-assessment?format=csv&period=' + period;
    el('link-tsm').href = '/api/v1/tsm?period=' + period;
    var quarters = el('quarter-links');
    quarters.textContent = '';
    ['Q1 (April to June)', 'Q2 (July to September)', 'Q3 (October to December)', 'Q4 (January to March)'].forEach(function (q, i) {
      if (i > 0) { quarters.appendChild(document.createTextNode(', ')); }
      var a = document.createElement('a');
      a.href = '/api/v1/reports/quarter?format=html&period=' + period + '-Q' + (i + 1);
      a.textContent = q;
      quarters.appendChild(a);
    });
  }

  // The year's on-time rates from the annual report: the Code's deadlines and, where the landlord set them, its own
  // stricter local targets (local-target.* settings).
  function refreshOnTime() {
    var period = el('period').value;
    return fetchJson('/api/v1/reports/annual?period=' + encodeURIComponent(period)).then(function (report) {
      var t = report && report.timeliness;
      var measures = [['stage1', 'acknowledged', 'Stage 1 acknowledgement'], ['stage1', 'responded', 'Stage 1 response'],
        ['stage2', 'acknowledged', 'Stage 2 acknowledgement'], ['stage2', 'responded', 'Stage 2 response']];
      var value = function (o, key) { return o && typeof o[key] === 'number' ? o[key] : null; };
      var code = measures.map(function (m) { return value(t && t[m[0]], m[1] + 'OnTimePct'); });
      var local = measures.map(function (m) { return value(t && t[m[0]] && t[m[0]].local, m[1] + 'OnTimePct'); });
      // a stage's 'local' object is there when the landlord set local targets (its rates are null until there are responses)
      var hasLocal = !!t && ['stage1', 'stage2'].some(function (st) { return t[st] && t[st].local; });
      var sets = [{ label: "Against the Code's deadlines", data: code, backgroundColor: COLOURS[0] }];
      if (hasLocal) { sets.push({ label: 'Against our local targets', data: local, backgroundColor: COLOURS[3] }); }
      chart('ontime-chart', 'bar', measures.map(function (m) { return m[2]; }), sets,
        { scales: { y: { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + '%'; } } } } });
      el('ontime-empty').hidden = code.some(function (v) { return v !== null; });
      el('ontime-source').textContent = 'Financial year ' + period + ', from the annual report. '
        + (hasLocal ? 'Local targets are the landlord\u2019s own, stricter than the Code.' : 'No local targets configured (local-target.* settings).');
      fillTable('ontime-table', ['Measure', "Against the Code's deadlines", 'Against our local targets'],
        measures.map(function (m, i) { return [m[2], pct(code[i]), pct(local[i])]; }));
    });
  }

  function ym(d) { return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0'); }
  var MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
  function monthName(key) { var p = key.split('-'); return MONTH.format(new Date(Date.UTC(+p[0], +p[1] - 1, 1))); }
  function counter(m, key) { return m && m.counters && typeof m.counters[key] === 'number' ? m.counters[key] : 0; }
  function per1000(n) { return homes ? Math.round(n / homes * 10000) / 10 : null; }
  function rate(on, late) { return on + late > 0 ? Math.round(on / (on + late) * 1000) / 10 : null; }

  var THEME_PREFIX = 'complaints.theme.';
  var monthlyThemes = null;

  // Twenty-four months of statistics: the last twelve, each beside the same month a year earlier.
  function refreshMonthly() {
    var to = new Date(), from = new Date(to.getFullYear(), to.getMonth() - 23, 1);
    return fetchJson('/api/v1/stats/monthly?from=' + ym(from) + '&to=' + ym(to)).then(function (body) {
      var all = listOf(body, 'months');
      var byMonth = {};
      all.forEach(function (m) { byMonth[m.month] = m; });
      var months = all.slice(-12);
      var yearEarlier = months.map(function (m) {
        var p = m.month.split('-');
        return byMonth[(+p[0] - 1) + '-' + p[1]] || null;
      });
      var labels = months.map(function (m) { return monthName(m.month); });
      var s1 = months.map(function (m) { return counter(m, 'stage1.received'); });
      var s2 = months.map(function (m) { return counter(m, 'stage2.received'); });
      var s1Before = yearEarlier.map(function (m) { return m ? counter(m, 'stage1.received') : null; });
      var s2Before = yearEarlier.map(function (m) { return m ? counter(m, 'stage2.received') : null; });
      var line = function (lbl, data, colour, dashed) {
        return { label: lbl, data: data, borderColor: colour, backgroundColor: colour, borderDash: dashed ? [6, 4] : [], spanGaps: false };
      };
      chart('monthly-chart', 'line', labels, [line('Stage 1', s1, COLOURS[0]), line('Stage 1, same month last year', s1Before, COLOURS[0], true),
        line('Stage 2', s2, COLOURS[1]), line('Stage 2, same month last year', s2Before, COLOURS[1], true)],
        { scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } });
      el('monthly-empty').hidden = months.length > 0;
      fillTable('monthly-table', ['Month', 'Stage 1', 'Stage 1, same month last year', 'Stage 2', 'Stage 2, same month last year'],
        months.map(function (m, i) { return [labels[i], s1[i], s1Before[i], s2[i], s2Before[i]]; }));

      var r1 = s1.map(per1000), r2 = s2.map(per1000), r1Before = s1Before.map(function (v) { return v === null ? null : per1000(v); });
      chart('per1000-chart', 'line', labels, [line('Stage 1 per 1,000 homes', r1, COLOURS[0]),
        line('Stage 1 per 1,000 homes, same month last year', r1Before, COLOURS[0], true), line('Stage 2 per 1,000 homes', r2, COLOURS[1])],
        { scales: { y: { beginAtZero: true } } });
      el('per1000-empty').hidden = homes !== null;
      fillTable('per1000-table', ['Month', 'Stage 1 per 1,000 homes', 'Stage 1 per 1,000 homes, same month last year', 'Stage 2 per 1,000 homes'],
        homes ? months.map(function (m, i) { return [labels[i], r1[i], r1Before[i], r2[i]]; }) : []);

      var on1 = months.map(function (m) { return rate(counter(m, 'stage1.respondedOnTime'), counter(m, 'stage1.respondedLate')); });
      var on2 = months.map(function (m) { return rate(counter(m, 'stage2.respondedOnTime'), counter(m, 'stage2.respondedLate')); });
      chart('ontime-monthly-chart', 'line', labels, [line('Stage 1 responses on time', on1, COLOURS[0]), line('Stage 2 responses on time', on2, COLOURS[1])],
        { scales: { y: { beginAtZero: true, max: 100, ticks: { callback: function (v) { return v + '%'; } } } } });
      el('ontime-monthly-empty').hidden = on1.concat(on2).some(function (v) { return v !== null; });
      fillTable('ontime-monthly-table', ['Month', 'Stage 1 responses on time', 'Stage 2 responses on time'],
        months.map(function (m, i) { return [labels[i], pct(on1[i]), pct(on2[i])]; }));

      var themes = {}, found = false;
      months.forEach(function (m) {
        Object.keys(m.counters || {}).forEach(function (k) {
          if (k.indexOf(THEME_PREFIX) === 0) { found = true; var t = k.substring(THEME_PREFIX.length); themes[t] = (themes[t] || 0) + counter(m, k); }
        });
      });
      monthlyThemes = found ? themes : null;
    });
  }

  function every(fn, ms) {
    var run = function () { Promise.resolve().then(fn).catch(function () { /* shown as empty states */ }); };
    run();
    setInterval(run, ms);
  }

  function refreshYear() {
    updateReportLinks();
    return Promise.all([refreshTsm(), refreshOnTime()]);
  }

  function init() {
    var now = new Date(), select = el('period');
    for (var i = 0; i < 3; i++) {
      var p = financialYear(new Date(now.getFullYear() - i, now.getMonth(), 1));
      var opt = document.createElement('option'); opt.value = p; opt.textContent = p; select.appendChild(opt);
    }
    select.addEventListener('change', function () { refreshYear().then(refreshMonthly).catch(function () {}); });
    el('period-form').addEventListener('submit', function (e) { e.preventDefault(); });
    updateReportLinks();
    loadGlossary().then(function () {
      every(refreshOfficer, OFFICER_MS);
      every(function () { return refreshYear().then(refreshMonthly).then(refreshMetricsCharts); }, MRC_MS);
      setTimeout(function () { every(refreshMetricsCharts, OFFICER_MS); }, OFFICER_MS);
    });
  }

  window.complaintDashboard = { parseMetrics: parseMetrics, charts: charts, label: label };
  init();
}());
