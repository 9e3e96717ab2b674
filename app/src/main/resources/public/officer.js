// complaint-streams: the complaints officer's work queue, a complaint's timeline, the grouped possible-unlogged
// complaints with their evidence and a resolve button, and the service requests monitored (Code 1.4). Lists are paged
// on the server (exact totals); every list can be downloaded as CSV with the same filters and order. No inline script
// or style (the Content-Security-Policy forbids it).
(function () {
  'use strict';
  var THEMES = ['repairs', 'damp_mould', 'heating_hot_water', 'communication', 'rent_charges', 'anti_social_behaviour',
    'staff_conduct', 'complaint_handling', 'estate_services', 'adaptations_accessibility', 'lettings_moves',
    'safety_compliance'];
  var PAGE_SIZE = 25;
  var REFRESH_MS = 15000;

  function el(id) { return document.getElementById(id); }
  function text(v) { return v === null || v === undefined || v === '' ? '–' : String(v); }
  // "DUE_SOON" → "Due soon", "damp_mould" → "Damp mould"
  function label(code) {
    if (code === null || code === undefined || code === '') { return '–'; }
    var s = String(code).toLowerCase().replace(/_/g, ' ');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }
  function number(n) { return n === null || n === undefined ? '–' : Number(n).toLocaleString('en-GB'); }
  function when(iso) {
    if (!iso) { return '–'; }
    var d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });
  }

  // With access control the browser sends the sign-in cookie; a 401 means it expired or is missing: sign in at /.
  function signInAgain(r) {
    if (r.status === 401) { window.location.assign('/'); }
    if (r.headers && r.headers.get('Complaint-Streams-Signed-In') === 'true') {
      document.querySelectorAll('form.signout').forEach(function (f) { f.hidden = false; });
    }
    return r;
  }
  function getJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(signInAgain)
      .then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
  }

  function cell(tr, value, header) {
    var c = document.createElement(header ? 'th' : 'td');
    if (header) { c.scope = 'row'; }
    if (value instanceof Node) { c.appendChild(value); } else { c.textContent = text(value); }
    tr.appendChild(c);
    return c;
  }
  function emptyRow(tbody, columns, message) {
    var tr = document.createElement('tr'), td = document.createElement('td');
    td.colSpan = columns; td.textContent = message; tr.appendChild(td); tbody.appendChild(tr);
  }

  // One paged, sortable, filterable list backed by an endpoint answering {total, page, size, rows}.
  function List(opts) {
    this.o = opts; this.page = 1; this.sort = null; this.dir = 'asc';
    var self = this;
    el(opts.form).addEventListener('submit', function (e) { e.preventDefault(); self.page = 1; self.load(); });
    el(opts.prev).addEventListener('click', function () { if (self.page > 1) { self.page--; self.load(); } });
    el(opts.next).addEventListener('click', function () { self.page++; self.load(); });
    Array.prototype.forEach.call(el(opts.table).querySelectorAll('th[data-sort]'), function (th) {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = th.textContent; th.textContent = ''; th.appendChild(b);
      th.setAttribute('aria-sort', 'none');
      b.addEventListener('click', function () {
        var key = th.getAttribute('data-sort');
        self.dir = self.sort === key && self.dir === 'asc' ? 'desc' : 'asc';
        self.sort = key; self.page = 1; self.load();
      });
    });
  }
  List.prototype.params = function (withPage) {
    var p = new URLSearchParams();
    Array.prototype.forEach.call(el(this.o.form).elements, function (f) {
      if (f.name && f.value) { p.set(f.name, f.value.trim()); }
    });
    if (this.sort) { p.set('sort', this.sort); p.set('dir', this.dir); }
    if (withPage) { p.set('page', String(this.page)); p.set('size', String(PAGE_SIZE)); }
    return p;
  };
  List.prototype.load = function () {
    var self = this, o = this.o;
    el(o.csv).href = o.url + '?' + this.params(false).toString() + '&format=csv';
    Array.prototype.forEach.call(el(o.table).querySelectorAll('th[data-sort]'), function (th) {
      var key = th.getAttribute('data-sort');
      th.setAttribute('aria-sort', key === self.sort ? (self.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    });
    return getJson(o.url + '?' + this.params(true).toString()).then(function (body) {
      var tbody = el(o.rows);
      tbody.textContent = '';
      if (!body) {
        el(o.count).textContent = 'This list is not available yet (the service is starting or rebalancing).';
        emptyRow(tbody, o.columns, 'Not available yet.');
        return;
      }
      var first = body.total === 0 ? 0 : (body.page - 1) * body.size + 1;
      var last = (body.page - 1) * body.size + body.rows.length;
      el(o.count).textContent = body.total === 0 ? o.none
        : 'Showing ' + number(first) + ' to ' + number(last) + ' of ' + number(body.total) + ' ' + o.noun + '.';
      var pages = Math.max(1, Math.ceil(body.total / body.size));
      el(o.pageLabel).textContent = 'Page ' + number(body.page) + ' of ' + number(pages);
      el(o.prev).disabled = body.page <= 1;
      el(o.next).disabled = body.page >= pages;
      if (!body.rows.length) { emptyRow(tbody, o.columns, o.none); }
      body.rows.forEach(function (row) { o.render(tbody, row); });
    });
  };

  // ---- work queue
  function complaintButton(row) {
    var b = document.createElement('button');
    b.type = 'button'; b.className = 'link'; b.textContent = row.complaintId;
    b.setAttribute('aria-label', 'Timeline of complaint ' + row.complaintId);
    b.addEventListener('click', function () { showTimeline(row.complaintId); });
    return b;
  }
  function renderComplaint(tbody, c) {
    var tr = document.createElement('tr');
    cell(tr, complaintButton(c), true);
    cell(tr, c.landlordId); cell(tr, c.residentId);
    cell(tr, c.stage === 2 ? 'Stage 2' : 'Stage ' + c.stage);
    var st = cell(tr, label(c.status)); if (c.status === 'OVERDUE') { st.className = 'overdue'; }
    cell(tr, c.handlerId); cell(tr, (c.themes || []).map(label).join(', '));
    cell(tr, c.receivedOn); cell(tr, c.dueOn);
    var od = cell(tr, c.daysOverdue); if (c.daysOverdue > 0) { od.className = 'overdue'; }
    cell(tr, c.workingDaysLeft);
    cell(tr, (c.activeAlerts || []).map(function (a) {
      var i = a.indexOf(':');
      return 'Stage ' + a.slice(0, i) + ' ' + label(a.slice(i + 1)).toLowerCase();
    }).join(', '));
    tbody.appendChild(tr);
  }

  // ---- timeline
  function showTimeline(id) {
    var intro = el('timeline-intro'), table = el('timeline-table'), tbody = el('timeline-rows');
    intro.textContent = 'Loading the timeline of complaint ' + id + '…';
    return getJson('/api/v1/officer/complaints/' + encodeURIComponent(id) + '/timeline').then(function (t) {
      tbody.textContent = '';
      if (!t) { intro.textContent = 'The timeline of complaint ' + id + ' is not available.'; table.hidden = true; return; }
      intro.textContent = 'Complaint ' + t.complaintId + ' (' + text(t.landlordId) + ', resident ' + text(t.residentId)
        + '): stage ' + text(t.stage) + ', ' + label(t.status) + '. ' + t.entries.length + ' entries, oldest first.';
      t.entries.forEach(function (e) {
        var tr = document.createElement('tr');
        cell(tr, e.at ? when(e.at) : 'time not recorded', true);
        cell(tr, (e.entry === 'alert' ? 'Alert: ' : '') + label(e.type));
        cell(tr, e.stage);
        var details = [];
        if (e.entry === 'event') {
          if (e.handlerId) { details.push('handler ' + e.handlerId); }
          if (e.outcome) { details.push(label(e.outcome)); }
          if (e.extensionWorkingDays) { details.push('+' + e.extensionWorkingDays + ' working days'); }
          if (e.reason) { details.push(e.reason); }
        } else if (e.dueOn) { details.push('deadline ' + e.dueOn); }
        cell(tr, details.join('; '));
        var now = e.entry !== 'alert' ? '' : e.outcome === 'SUPERSEDED' ? 'Superseded by ' + label(e.supersededBy)
          : e.outcome === 'RESOLVED' ? 'Resolved: ' + label(e.resolvedBy) + ' ' + when(e.resolvedAt) : 'Needs action';
        var c = cell(tr, now);
        if (e.outcome === 'SUPERSEDED') { tr.className = 'superseded'; }
        if (e.outcome === 'ACTIVE') { c.className = 'overdue'; }
        tbody.appendChild(tr);
      });
      table.hidden = false;
      el('timeline-h').scrollIntoView();
    });
  }

  // ---- grouped unlogged items and their resolution
  var resolving = null;
  function evidenceList(item) {
    var ul = document.createElement('ul');
    ul.className = 'evidence';
    (item.evidence || []).forEach(function (e) {
      var li = document.createElement('li');
      li.textContent = e.dissatisfiedOn + ': ' + label(e.source) + ' ' + e.sourceId + ' (' + label(e.action)
        + ', confidence ' + Math.round(e.confidence * 100) + '%' + (e.themes && e.themes.length ? ', ' + e.themes.map(label).join(', ') : '') + ')';
      ul.appendChild(li);
    });
    return ul;
  }
  function renderItem(tbody, item) {
    var tr = document.createElement('tr');
    tr.setAttribute('data-item', item.itemId);
    cell(tr, item.residentId, true); cell(tr, item.landlordId); cell(tr, label(item.theme));
    cell(tr, Math.round(item.confidence * 100) + '%'); cell(tr, item.firstDissatisfiedOn); cell(tr, item.ageDays);
    cell(tr, evidenceList(item));
    cell(tr, item.status === 'OPEN' ? 'Open' : 'Closed: ' + label(item.closedBy)
      + (item.closingComplaintId ? ' (complaint ' + item.closingComplaintId + ')' : '')
      + (item.resolvedBy ? ' by ' + item.resolvedBy : '') + ' ' + when(item.closedAt));
    var action = document.createElement('span');
    if (item.status === 'OPEN') {
      var b = document.createElement('button');
      b.type = 'button'; b.textContent = 'Resolve';
      b.setAttribute('aria-label', 'Resolve the ' + label(item.theme) + ' item of resident ' + item.residentId);
      b.addEventListener('click', function () { openResolve(item); });
      action.appendChild(b);
    }
    cell(tr, action);
    tbody.appendChild(tr);
  }
  function openResolve(item) {
    resolving = item;
    el('resolve-what').textContent = 'Resident ' + item.residentId + ', ' + label(item.theme) + ', '
      + item.evidence.length + ' piece(s) of evidence since ' + item.firstDissatisfiedOn + '.';
    el('resolve-error').textContent = '';
    el('resolve-dialog').showModal();
    el('r-resolution').focus();
  }
  function submitResolve(e) {
    e.preventDefault();
    var by = el('r-by').value.trim();
    if (!by) { el('resolve-error').textContent = 'Say who resolved it.'; el('r-by').focus(); return; }
    var body = { resolution: el('r-resolution').value, by: by };
    if (el('r-note').value.trim()) { body.note = el('r-note').value.trim(); }
    el('resolve-submit').disabled = true;
    fetch('/api/v1/alerts/' + encodeURIComponent(resolving.itemId) + '/resolution', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify(body)
    }).then(signInAgain).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (answer) { return { ok: r.status === 202, answer: answer }; });
    }).then(function (res) {
      el('resolve-submit').disabled = false;
      if (!res.ok) { el('resolve-error').textContent = res.answer.error || 'Not saved; try again.'; return; }
      el('resolve-dialog').close();
      el('r-note').value = '';
      el('unlogged-count').textContent = 'Resolved. The list updates once the item is closed.';
      waitForClosed(resolving.itemId, 20);
    }).catch(function () { el('resolve-submit').disabled = false; el('resolve-error').textContent = 'Not saved; try again.'; });
  }
  // The topology closes the item shortly after the resolution is stored: reload until it has gone from the open list.
  function waitForClosed(itemId, tries) {
    unlogged.load().then(function () {
      if (tries > 0 && document.querySelector('#unlogged-rows tr[data-item="' + CSS.escape(itemId) + '"] button')) {
        setTimeout(function () { waitForClosed(itemId, tries - 1); }, 1000);
      }
    });
  }

  // ---- service requests (Code 1.4)
  function renderRequest(tbody, r) {
    var tr = document.createElement('tr');
    cell(tr, r.requestId, true); cell(tr, r.landlordId); cell(tr, label(r.category)); cell(tr, label(r.priority));
    var st = cell(tr, label(r.status)); if (r.overdue) { st.className = 'overdue'; }
    cell(tr, label(r.requestStatus)); cell(tr, r.openedOn); cell(tr, r.ageDays);
    cell(tr, r.dueOn ? r.dueOn + (r.dueFrom === 'target' ? ' (target)' : '') : 'no due date');
    var od = cell(tr, r.daysOverdue); if (r.daysOverdue > 0) { od.className = 'overdue'; }
    cell(tr, r.closedOn ? r.closedOn + (r.completedLate ? ' (late)' : '') : null);
    cell(tr, r.becameComplaint ? r.becameComplaintOn : 'No');
    tbody.appendChild(tr);
  }

  // ---- start
  Array.prototype.forEach.call(document.querySelectorAll('select.themes'), function (s) {
    THEMES.forEach(function (t) { var o = document.createElement('option'); o.value = t; o.textContent = label(t); s.appendChild(o); });
  });
  var queue = new List({ url: '/api/v1/officer/complaints', form: 'queue-filters', table: 'queue-table', rows: 'queue-rows',
    count: 'queue-count', pageLabel: 'queue-page', prev: 'queue-prev', next: 'queue-next', csv: 'queue-csv', columns: 12,
    noun: 'complaints', none: 'No complaints match.', render: renderComplaint });
  var unlogged = new List({ url: '/api/v1/officer/unlogged-items', form: 'unlogged-filters', table: 'unlogged-table',
    rows: 'unlogged-rows', count: 'unlogged-count', pageLabel: 'unlogged-page', prev: 'unlogged-prev', next: 'unlogged-next',
    csv: 'unlogged-csv', columns: 9, noun: 'items', none: 'No items match.', render: renderItem });
  var requests = new List({ url: '/api/v1/service-requests', form: 'sr-filters', table: 'sr-table', rows: 'sr-rows',
    count: 'sr-count', pageLabel: 'sr-page', prev: 'sr-prev', next: 'sr-next', csv: 'sr-csv', columns: 12,
    noun: 'service requests', none: 'No service requests match.', render: renderRequest });
  el('resolve-form').addEventListener('submit', submitResolve);
  el('resolve-cancel').addEventListener('click', function () { el('resolve-dialog').close(); });
  window.complaintOfficer = { queue: queue, unlogged: unlogged, requests: requests, showTimeline: showTimeline };
  queue.load();
  unlogged.load();
  requests.load();
  setInterval(function () {
    if (!el('resolve-dialog').open) { queue.load(); unlogged.load(); requests.load(); }
  }, REFRESH_MS);
})();
