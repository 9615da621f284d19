/**
 * The inspector page: plain HTML, CSS and a little JavaScript, served by the emulator itself (no
 * framework, no build step, nothing fetched from elsewhere, so it works offline). Text from
 * requests is always set as text, never as HTML. The script is kept free of template literals so
 * it can live in a TypeScript string.
 */

export const INSPECTOR_PAGE =
  `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gigya emulator inspector</title>
<link rel="stylesheet" href="/__inspector/inspector.css">
<link rel="icon" href="data:,">
</head>
<body>
<header>
  <h1>Gigya emulator <span>inspector</span></h1>
  <span id="origin"></span>
  <span id="connection" class="connection">connecting…</span>
  <button type="button" id="pause">Pause</button>
  <button type="button" id="clear" title="Forget the requests recorded so far">Clear log</button>
</header>
<main>
  <section id="log" aria-label="Requests">
    <form id="filters" class="filters" autocomplete="off">
      <input id="filter-method" type="search" placeholder="method, e.g. accounts.login" aria-label="Filter by method">
      <select id="filter-auth" aria-label="Filter by auth mode">
        <option value="">any auth</option>
        <option>signed</option><option>secret</option><option>bearer</option>
        <option>oauth</option><option>anonymous</option><option>none</option>
      </select>
      <select id="filter-outcome" aria-label="Filter by outcome">
        <option value="">all answers</option>
        <option value="errors">errors only</option>
        <option value="ok">successes only</option>
        <option value="signature">signature failures</option>
      </select>
      <input id="filter-code" type="search" inputmode="numeric" placeholder="errorCode" aria-label="Filter by ` +
  `errorCode">
      <span id="count" class="muted"></span>
    </form>
    <div class="scroll">
      <table id="requests">
        <thead><tr><th>time</th><th>HTTP</th><th>method</th><th>auth</th><th>errorCode</th><th ` +
  `class="num">ms</th><th>faults</th></tr></thead>
        <tbody></tbody>
      </table>
      <p id="empty" class="muted">No requests yet. Point a client at this emulator; its calls appear here as they ` +
  `are answered.</p>
    </div>
  </section>
  <section id="detail" aria-label="Request">
    <p class="muted">Select a request to see its params, headers and answer (secrets redacted).</p>
  </section>
  <section id="faults" aria-label="Faults">
    <h2>Faults in force</h2>
    <ul id="fault-rules"></ul>
    <form id="fault-form" class="fault-form" autocomplete="off">
      <select id="fault-type" aria-label="Fault type"></select>
      <input id="fault-every" type="number" min="1" placeholder="every N" aria-label="Every Nth request">
      <input id="fault-ms" type="number" min="0" placeholder="ms" aria-label="Latency in ms">
      <input id="fault-method" type="text" placeholder="method (any)" aria-label="Only this method">
      <button type="submit">Add fault</button>
    </form>
    <p id="fault-error" class="error" role="alert"></p>
  </section>
  <section id="state" aria-label="State">
    <h2>State</h2>
    <div class="filters">
      <select id="site" aria-label="Site"></select>
      <input id="account-query" type="search" placeholder="UID, email or username" aria-label="Find accounts">
    </div>
    <p id="site-summary" class="muted"></p>
    <h3>Accounts <span id="account-count" class="muted"></span></h3>
    <div class="scroll short"><table id="accounts"><thead><tr><th>UID</th><th>email / ` +
  `username</th><th>registered</th><th>verified</th><th>active</th><th>last login</th><th ` +
  `class="num">sessions</th></tr></thead><tbody></tbody></table></div>
    <h3>Sessions <span id="session-count" class="muted"></span></h3>
    <div class="scroll short"><table ` +
  `id="sessions"><thead><tr><th>UID</th><th>namespace</th><th>kind</th><th>created</th><th>expires</th></tr></thead>` +
  `<tbody></tbody></table></div>
  </section>
</main>
<script src="/__inspector/inspector.js"></script>
</body>
</html>
`;

export const INSPECTOR_STYLE =
  `:root {
  --bg: #f6f7f9; --panel: #fff; --line: #dde1e6; --text: #1d2430; --muted: #6b7483;
  --accent: #0a6ebd; --bad: #b42318; --bad-bg: #fdecea; --ok: #17803d; --warn-bg: #fff6e0; --mono: ui-monospace, ` +
  `SFMono-Regular, Menlo, Consolas, monospace;
}
* { box-sizing: border-box; }
body { margin: 0; font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text); ` +
  `background: var(--bg); }
header { display: flex; align-items: center; gap: 12px; padding: 8px 16px; background: #16202c; color: #e8edf3; }
header h1 { font-size: 15px; margin: 0 8px 0 0; font-weight: 600; }
header h1 span { font-weight: 400; color: #9fb3c8; }
header #origin { font-family: var(--mono); color: #9fb3c8; flex: 1; }
header button { background: #26374a; color: #e8edf3; border: 1px solid #3b5068; border-radius: 4px; padding: 3px ` +
  `10px; cursor: pointer; }
header button[aria-pressed="true"] { background: #8a5a00; border-color: #b07a10; }
.connection::before { content: "●"; margin-right: 4px; color: #999; }
.connection.live::before { color: #3ecf6e; }
.connection.down::before { color: #e5484d; }
main { display: grid; grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr); grid-template-rows: minmax(320px, ` +
  `55vh) auto; gap: 12px; padding: 12px; }
section { background: var(--panel); border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; ` +
  `min-width: 0; }
#log { display: flex; flex-direction: column; }
#detail { overflow: auto; }
h2 { font-size: 14px; margin: 0 0 8px; }
h3 { font-size: 13px; margin: 12px 0 4px; }
.filters { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; margin-bottom: 8px; }
input, select, button { font: inherit; }
.filters input, .filters select, .fault-form input, .fault-form select { padding: 3px 6px; border: 1px solid ` +
  `var(--line); border-radius: 4px; background: #fff; }
#filter-method { width: 220px; } #filter-code { width: 90px; }
.scroll { overflow: auto; flex: 1; border-top: 1px solid var(--line); }
.scroll.short { max-height: 220px; flex: none; }
table { border-collapse: collapse; width: 100%; }
th { position: sticky; top: 0; background: #eef1f4; text-align: left; font-weight: 600; padding: 4px 8px; ` +
  `border-bottom: 1px solid var(--line); white-space: nowrap; }
td { padding: 3px 8px; border-bottom: 1px solid #eef0f3; white-space: nowrap; font-family: var(--mono); font-size: ` +
  `12px; }
td.num, th.num { text-align: right; }
#requests tbody tr { cursor: pointer; }
#requests tbody tr:hover { background: #f0f6fc; }
#requests tbody tr.selected { background: #dcecfb; }
tr.error td.code { color: var(--bad); font-weight: 600; }
tr.ok td.code { color: var(--ok); }
tr.signature td { background: var(--bad-bg); }
tr.signature.selected td { background: #f8d4cf; }
.badge { display: inline-block; padding: 0 6px; border-radius: 8px; background: #eef1f4; color: var(--muted); ` +
  `font-size: 11px; margin-right: 2px; }
.muted { color: var(--muted); }
.error { color: var(--bad); min-height: 1em; margin: 4px 0 0; }
dl.kv { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 0; font-family: ` +
  `var(--mono); font-size: 12px; }
dl.kv dt { color: var(--muted); }
dl.kv dd { margin: 0; overflow-wrap: anywhere; }
pre { font-family: var(--mono); font-size: 12px; background: #f3f5f8; border: 1px solid var(--line); border-radius: ` +
  `4px; padding: 6px 8px; margin: 4px 0; white-space: pre-wrap; overflow-wrap: anywhere; max-height: 260px; ` +
  `overflow: auto; }
.diagnosis { border: 1px solid #f0b4ad; background: var(--bad-bg); border-radius: 6px; padding: 8px 10px; margin: ` +
  `8px 0; }
.diagnosis h3 { margin-top: 0; color: var(--bad); }
.diagnosis .found { font-weight: 600; }
.diagnosis pre { background: #fff; max-height: 120px; }
.diagnosis .label { color: var(--muted); margin-top: 6px; }
#fault-rules { list-style: none; margin: 0 0 8px; padding: 0; }
#fault-rules li { display: flex; align-items: center; gap: 8px; padding: 4px 0; border-bottom: 1px solid #eef0f3; ` +
  `font-family: var(--mono); font-size: 12px; }
#fault-rules li.off { color: var(--muted); text-decoration: line-through; }
#fault-rules li .counts { margin-left: auto; color: var(--muted); text-decoration: none; }
#fault-rules button { font-size: 11px; border: 1px solid var(--line); background: #fff; border-radius: 4px; cursor: ` +
  `pointer; }
.fault-form { display: flex; gap: 6px; flex-wrap: wrap; }
.fault-form input[type=number] { width: 80px; }
.fault-form button { padding: 3px 10px; border-radius: 4px; border: 1px solid var(--accent); background: ` +
  `var(--accent); color: #fff; cursor: pointer; }
`;

export const INSPECTOR_SCRIPT =
  `(function () {
  'use strict';
  var MAX_ROWS = 2000;
  var rows = [];
  var seen = new Set();
  var selected = null;
  var paused = false;
  var held = [];
  var stateTimer = null;
  // Answers may arrive out of order: only the newest asked for is drawn, and only when it changed.
  var asked = { faults: 0, state: 0 };
  var drawn = { faults: 0, state: 0, faultsJson: '' };

  // A change outranks every load asked for before it, even one answered sooner.
  function latest(kind, promise, isChange) {
    var ticket = ++asked[kind];
    if (isChange) drawn[kind] = ticket;
    return promise.then(function (body) {
      if (ticket < drawn[kind]) return null;
      drawn[kind] = ticket;
      return body;
    });
  }

  function byId(id) { return document.getElementById(id); }

  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) Object.keys(props).forEach(function (key) {
      if (key === 'text') node.textContent = props[key];
      else if (key === 'className') node.className = props[key];
      else node.setAttribute(key, props[key]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === 'string' ? ` +
  `document.createTextNode(child) : child);
    });
    return node;
  }

  function api(path, options) {
    return fetch('/__inspector/api' + path, options).then(function (res) {
      return res.json().then(function (body) {
        if (!res.ok) throw new Error(body && body.error ? body.error : res.statusText);
        return body;
      });
    });
  }

  function change(method, path, body) {
    return api(path, { method: method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body ` +
  `|| {}) });
  }

  function pad(n, width) { var s = String(n); while (s.length < width) s = '0' + s; return s; }
  function clock(ms) {
    var d = new Date(ms);
    return pad(d.getHours(), 2) + ':' + pad(d.getMinutes(), 2) + ':' + pad(d.getSeconds(), 2) + '.' + ` +
  `pad(d.getMilliseconds(), 3);
  }
  function when(ms) { return ms === undefined || ms === null ? '–' : new Date(ms).toLocaleString(); }

  // ---- request log -------------------------------------------------------------------------

  function matches(row) {
    var method = byId('filter-method').value.trim().toLowerCase();
    var auth = byId('filter-auth').value;
    var outcome = byId('filter-outcome').value;
    var code = byId('filter-code').value.trim();
    if (method && row.method.toLowerCase().indexOf(method) < 0) return false;
    if (auth && row.authMode !== auth) return false;
    if (outcome === 'errors' && !(row.errorCode !== 0)) return false;
    if (outcome === 'ok' && row.errorCode !== 0) return false;
    if (outcome === 'signature' && !row.diagnosed) return false;
    if (code && String(row.errorCode === undefined ? '' : row.errorCode).indexOf(code) !== 0) return false;
    return true;
  }

  function rowNode(row) {
    var classes = [row.errorCode === 0 ? 'ok' : 'error'];
    if (row.diagnosed) classes.push('signature');
    if (row.seq === selected) classes.push('selected');
    var code = row.errorCode === undefined ? (row.httpStatus === undefined ? 'dropped' : 'HTTP ' + row.httpStatus) ` +
  `: String(row.errorCode);
    var tr = el('tr', { className: classes.join(' '), 'data-seq': String(row.seq), 'data-code': code }, [
      el('td', { text: clock(row.receivedAt) }),
      el('td', { text: row.httpMethod }),
      el('td', { text: row.method || '(no method)' }),
      el('td', { text: row.authMode }),
      el('td', { className: 'code', text: code }),
      el('td', { className: 'num', text: row.durationMs.toFixed(1) }),
      el('td', {}, row.faults.map(function (f) { return el('span', { className: 'badge', text: f }); })),
    ]);
    tr.addEventListener('click', function () { select(row.seq); });
    return tr;
  }

  function renderLog() {
    var body = byId('requests').tBodies[0];
    var shown = rows.filter(matches);
    var fragment = document.createDocumentFragment();
    for (var i = shown.length - 1; i >= 0; i--) fragment.appendChild(rowNode(shown[i]));
    body.replaceChildren(fragment);
    updateCount(shown.length);
  }

  function updateCount(shown) {
    byId('count').textContent = shown + ' of ' + rows.length + ' requests' + (paused ? ' (paused, ' + held.length + ` +
  `' waiting)' : '');
    byId('empty').hidden = rows.length > 0;
  }

  function add(row, render) {
    if (seen.has(row.seq)) return;
    seen.add(row.seq);
    rows.push(row);
    if (rows.length > MAX_ROWS) seen.delete(rows.shift().seq);
    if (!render) return;
    if (matches(row)) byId('requests').tBodies[0].prepend(rowNode(row));
    updateCount(rows.filter(matches).length);
  }

  function receive(row) {
    if (paused) { held.push(row); updateCount(rows.filter(matches).length); return; }
    add(row, true);
    scheduleState();
  }

  function connect() {
    var status = byId('connection');
    if (typeof EventSource !== 'function') return poll();
    var source = new EventSource('/__inspector/api/events');
    source.addEventListener('open', function () { status.textContent = 'live'; status.className = 'connection live'; });
    source.addEventListener('error', function () { status.textContent = 'reconnecting…'; status.className = ` +
  `'connection down'; });
    source.addEventListener('snapshot', function (event) {
      JSON.parse(event.data).forEach(function (row) { add(row, false); });
      rows.sort(function (a, b) { return a.seq - b.seq; });
      renderLog();
    });
    source.addEventListener('request', function (event) { receive(JSON.parse(event.data)); });
  }

  function poll() {
    var status = byId('connection');
    status.textContent = 'polling';
    status.className = 'connection live';
    api('/requests').then(function (body) { body.requests.forEach(receive); }).catch(function () {
      status.textContent = 'unreachable';
      status.className = 'connection down';
    }).then(function () { setTimeout(poll, 1000); });
  }

  // ---- one request -------------------------------------------------------------------------

  function select(seq) {
    selected = seq;
    Array.prototype.forEach.call(byId('requests').tBodies[0].rows, function (tr) {
      tr.classList.toggle('selected', Number(tr.getAttribute('data-seq')) === seq);
    });
    api('/requests/' + seq).then(renderDetail).catch(function (error) {
      byId('detail').replaceChildren(el('p', { className: 'error', text: error.message }));
    });
  }

  function pairs(object) {
    var keys = Object.keys(object || {});
    if (keys.length === 0) return el('p', { className: 'muted', text: 'none' });
    var list = el('dl', { className: 'kv' });
    keys.forEach(function (key) {
      list.appendChild(el('dt', { text: key }));
      list.appendChild(el('dd', { text: object[key] }));
    });
    return list;
  }

  function pretty(answer) {
    try { return JSON.stringify(JSON.parse(answer), null, 2); } catch (e) { return answer; }
  }

  function diagnosis(check, signatures) {
    var mistake = check.mistake;
    return el('div', { className: 'diagnosis', id: 'diagnosis' }, [
      el('h3', { text: 'Why did my signature fail?' }),
      el('p', { className: mistake ? 'found' : '', text: mistake ? mistake.explanation : 'None of the usual ` +
  `mistakes reproduces the signature received. Check that it is made with the ' + check.keyName + ', over exactly ` +
  `the params sent.' }),
      mistake ? el('div', { className: 'label', text: 'What was signed (' + mistake.kinds.join(', ') + ')' }) : null,
      mistake ? el('pre', { className: 'signed-base', text: mistake.baseString }) : null,
      el('div', { className: 'label', text: 'Base string expected (signed with the ' + check.keyName + ')' }),
      el('pre', { className: 'expected-base', text: check.baseString }),
      el('dl', { className: 'kv' }, [
        el('dt', { text: 'signature expected' }), el('dd', { className: 'expected-sig', text: signatures ? ` +
  `signatures.expected : 'no longer kept' }),
        el('dt', { text: 'signature received' }), el('dd', { className: 'received-sig', text: signatures ? ` +
  `signatures.received : 'no longer kept' }),
        el('dt', { text: 'candidates tried' }), el('dd', { text: String(check.tried) + (check.cutShort ? ' (stopped ` +
  `early: a very large request)' : '') }),
      ]),
    ]);
  }

  function renderDetail(view) {
    var r = view.request;
    var title = (r.method || '(no method)') + ' · ' + (r.errorCode === undefined ? 'no envelope' : 'errorCode ' + ` +
  `r.errorCode) + (view.error ? ' ' + view.error.name : '');
    var parts = [
      el('h2', { text: title }),
      el('dl', { className: 'kv' }, [
        el('dt', { text: 'received' }), el('dd', { text: when(r.receivedAt) }),
        el('dt', { text: 'URL' }), el('dd', { text: r.httpMethod + ' ' + r.url + (r.absoluteForm ? ' (absolute ` +
  `form, via proxy)' : '') }),
        el('dt', { text: 'auth' }), el('dd', { text: r.authMode + (r.userKey ? ' · userKey ' + r.userKey : '') }),
        el('dt', { text: 'answer' }), el('dd', { text: (r.httpStatus === undefined ? 'connection dropped' : 'HTTP ' ` +
  `+ r.httpStatus) + ' · ' + r.format + ' · ' + r.durationMs.toFixed(1) + ' ms' + (r.faults.length ? ' · faults: ' ` +
  `+ r.faults.join(', ') : '') }),
      ]),
    ];
    if (r.signatureCheck) parts.push(diagnosis(r.signatureCheck, view.signatures));
    parts.push(el('h3', { text: 'Params' }), pairs(r.params));
    parts.push(el('h3', { text: 'Headers' }), view.headers ? pairs(view.headers) : el('p', { className: 'muted', ` +
  `text: 'no longer kept (only the latest requests keep their headers and answer)' }));
    parts.push(el('h3', { text: 'Answer' + (view.answerCut ? ' (first part)' : '') }));
    parts.push(view.answer === undefined ? el('p', { className: 'muted', text: 'none' }) : el('pre', { className: ` +
  `'answer', text: pretty(view.answer) }));
    byId('detail').replaceChildren.apply(byId('detail'), parts);
  }

  // ---- faults ------------------------------------------------------------------------------

  function describeRule(rule) {
    var text = rule.type + (rule.ms !== undefined ? ' ' + rule.ms + ' ms' : '');
    if (rule.every !== undefined && rule.every !== 1) text += ', every ' + rule.every;
    if (rule.skip) text += ', after ' + rule.skip;
    if (rule.times !== undefined) text += ', ' + rule.times + ' times';
    if (rule.method !== undefined) text += ', ' + [].concat(rule.method).join(' ');
    if (rule.apiKey !== undefined) text += ', site ' + rule.apiKey;
    return text;
  }

  function renderFaults(view) {
    if (view === null) return;
    var json = JSON.stringify(view);
    if (json === drawn.faultsJson) return;
    drawn.faultsJson = json;
    var select = byId('fault-type');
    if (select.options.length === 0) view.types.forEach(function (t) { select.appendChild(el('option', { text: t ` +
  `})); });
    var list = byId('fault-rules');
    var items = view.rules.map(function (status) {
      var box = el('input', { type: 'checkbox', 'aria-label': 'Fault ' + describeRule(status.rule) + ' in force' });
      box.checked = status.enabled;
      box.addEventListener('change', function () { faultChange(change('PATCH', '/faults/' + status.id, { enabled: ` +
  `box.checked })); });
      var remove = el('button', { type: 'button', text: 'remove' });
      remove.addEventListener('click', function () { faultChange(change('DELETE', '/faults/' + status.id)); });
      return el('li', { className: status.enabled ? 'on' : 'off', 'data-id': String(status.id) }, [
        box, el('span', { text: describeRule(status.rule) }),
        el('span', { className: 'counts', text: 'fired ' + status.fired + ' of ' + status.matched }), remove,
      ]);
    });
    if (items.length === 0) items = [el('li', { className: 'muted', text: 'No fault rules.' + (view.faultHeader ? ' ` +
  `Requests may still ask for one with the x-emulator-fault header.' : '') })];
    list.replaceChildren.apply(list, items);
  }

  function faultChange(promise) {
    byId('fault-error').textContent = '';
    return latest('faults', promise, true).then(renderFaults).catch(function (error) { ` +
  `byId('fault-error').textContent = error.message; });
  }

  function addFault(event) {
    event.preventDefault();
    var rule = { type: byId('fault-type').value };
    var every = byId('fault-every').value;
    var ms = byId('fault-ms').value;
    var method = byId('fault-method').value.trim();
    if (every) rule.every = Number(every);
    if (ms) rule.ms = Number(ms);
    if (method) rule.method = method;
    faultChange(change('POST', '/faults', rule));
  }

  // ---- state -------------------------------------------------------------------------------

  function scheduleState() {
    if (stateTimer !== null) return;
    stateTimer = setTimeout(function () { stateTimer = null; loadState(); loadFaults(); }, 700);
  }

  function loadFaults() { return latest('faults', api('/faults')).then(renderFaults); }

  function loadState() {
    var site = byId('site').value;
    var query = byId('account-query').value;
    return latest('state', api('/state?apiKey=' + encodeURIComponent(site) + '&q=' + ` +
  `encodeURIComponent(query))).then(renderState);
  }

  function renderState(view) {
    if (view === null) return;
    var select = byId('site');
    if (select.options.length !== view.sites.length) {
      select.replaceChildren.apply(select, view.sites.map(function (s) { return el('option', { value: s.apiKey, ` +
  `text: s.apiKey + ' (' + s.dataCenter + ')' }); }));
      if (view.apiKey) select.value = view.apiKey;
    }
    var site = view.sites.filter(function (s) { return s.apiKey === view.apiKey; })[0];
    byId('site-summary').textContent = site ? site.accounts + ' accounts, ' + site.users + ' social users, ` +
  `userKeys: ' + (site.userKeys.join(', ') || 'none') : '';
    byId('account-count').textContent = '(' + view.matching + (view.matching > view.accounts.length ? ', first ' + ` +
  `view.accounts.length + ' shown' : '') + ')';
    byId('session-count').textContent = '(' + view.sessionCount + ' live)';
    var yes = function (b) { return b ? 'yes' : 'no'; };
    byId('accounts').tBodies[0].replaceChildren.apply(byId('accounts').tBodies[0], view.accounts.map(function (a) {
      return el('tr', {}, [
        el('td', { text: a.UID }), el('td', { text: a.email || a.username || '–' }), el('td', { text: ` +
  `yes(a.isRegistered) }),
        el('td', { text: yes(a.isVerified) }), el('td', { text: yes(a.isActive) }), el('td', { text: ` +
  `when(a.lastLogin) }),
        el('td', { className: 'num', text: String(a.sessions) }),
      ]);
    }));
    byId('sessions').tBodies[0].replaceChildren.apply(byId('sessions').tBodies[0], view.sessions.map(function (s) {
      return el('tr', {}, [el('td', { text: s.UID }), el('td', { text: s.namespace }), el('td', { text: s.kind }), ` +
  `el('td', { text: when(s.createdAt) }), el('td', { text: s.expiresAt === undefined ? 'at logout' : ` +
  `when(s.expiresAt) })]);
    }));
  }

  // ---- wiring ------------------------------------------------------------------------------

  byId('origin').textContent = location.origin;
  ['filter-method', 'filter-auth', 'filter-outcome', 'filter-code'].forEach(function (id) {
    byId(id).addEventListener('input', renderLog);
  });
  byId('filters').addEventListener('submit', function (event) { event.preventDefault(); });
  byId('pause').addEventListener('click', function () {
    paused = !paused;
    this.setAttribute('aria-pressed', String(paused));
    this.textContent = paused ? 'Resume' : 'Pause';
    if (!paused) { held.splice(0).forEach(function (row) { add(row, false); }); renderLog(); }
    else updateCount(rows.filter(matches).length);
  });
  byId('clear').addEventListener('click', function () {
    change('DELETE', '/requests').then(function () { rows = []; seen = new Set(); held = []; renderLog(); });
  });
  byId('fault-form').addEventListener('submit', addFault);
  byId('site').addEventListener('change', loadState);
  byId('account-query').addEventListener('input', loadState);
  connect();
  loadFaults();
  loadState();
})();
`;
