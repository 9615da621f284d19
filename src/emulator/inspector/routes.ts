/**
 * The inspector's HTTP side, under `/__inspector`: the page and its script and style, a JSON API
 * (requests, one request, state, faults) and a server-sent event stream of new requests. Answered
 * before the request stages and never recorded in the request log.
 *
 * Only a browser on this machine or one that names the emulator by IP address is served (a Host
 * that is a DNS name other than localhost could be a rebinding attack), and changes need a JSON
 * body from the page's own origin, which a cross-site form cannot send.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { isIP } from 'node:net';
import type { EmulatorContext } from '../context.js';
import type { FaultRule, RecordedRequest } from '../types.js';
import { INSPECTOR_PAGE, INSPECTOR_SCRIPT, INSPECTOR_STYLE } from './page.js';
import { ANSWER_KEPT } from '../request-log.js';
import { faultsView, recentRequests, requestView, stateView, summaryJson } from './views.js';

export const INSPECTOR_PATH = '/__inspector';

/** Requests sent to a page that opens or reconnects. */
const BACKLOG = 500;
/** A listener that reads slower than this much buffered output is dropped. */
const MAX_BUFFERED = 1024 * 1024;
const HEARTBEAT_MS = 15_000;
/** Longest wait before new requests reach a listening page. */
const FLUSH_MS = 50;
const MAX_JSON_BODY = 16 * 1024;

const SECURITY_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const PAGE_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri " +
  "'none'; form-action 'none'; frame-ancestors 'none'";

/** True for the inspector's paths, which `handleInspector` answers. */
export function isInspectorRequest(url: string | undefined): boolean {
  return (
    url !== undefined &&
    (url === INSPECTOR_PATH || url.startsWith(`${INSPECTOR_PATH}/`) || url.startsWith(`${INSPECTOR_PATH}?`))
  );
}

export async function handleInspector(
  req: IncomingMessage,
  res: ServerResponse,
  emulator: EmulatorContext,
): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://inspector.invalid');
  const path = url.pathname.slice(INSPECTOR_PATH.length) || '/';
  const method = req.method ?? 'GET';
  const refused = refusal(req);
  if (refused) return text(res, 403, refused);
  if (method === 'GET' || method === 'HEAD') {
    req.resume();
    switch (path) {
      case '/':
        return send(res, 200, 'text/html; charset=utf-8', INSPECTOR_PAGE, { 'content-security-policy': PAGE_POLICY });
      case '/inspector.js':
        return send(res, 200, 'text/javascript; charset=utf-8', INSPECTOR_SCRIPT);
      case '/inspector.css':
        return send(res, 200, 'text/css; charset=utf-8', INSPECTOR_STYLE);
      case '/api/requests':
        return json(res, 200, { requests: recentRequests(emulator, count(url, 'limit', BACKLOG, BACKLOG)) });
      case '/api/events':
        return openEvents(res, emulator);
      case '/api/state':
        return json(
          res,
          200,
          stateView(
            emulator,
            url.searchParams.get('apiKey') ?? undefined,
            url.searchParams.get('q') ?? '',
            count(url, 'offset', 0, Number.MAX_SAFE_INTEGER),
          ),
        );
      case '/api/faults':
        return json(res, 200, faultsView(emulator));
    }
    const one = /^\/api\/requests\/(\d{1,15})$/.exec(path);
    if (one) {
      const view = requestView(emulator, Number(one[1]), ANSWER_KEPT);
      return view ? json(res, 200, view) : json(res, 404, { error: 'That request is no longer kept.' });
    }
    return json(res, 404, { error: `No inspector resource ${path}.` });
  }
  const change = changeRefusal(req);
  if (change) {
    req.resume();
    return json(res, change.status, { error: change.message });
  }
  let body: unknown;
  try {
    body = await readJson(req);
  } catch (error) {
    return json(res, 400, { error: (error as Error).message });
  }
  return applyChange(res, emulator, method, path, body);
}

function applyChange(
  res: ServerResponse,
  emulator: EmulatorContext,
  method: string,
  path: string,
  body: unknown,
): void {
  const { faults, requests } = emulator;
  if (path === '/api/requests' && method === 'DELETE') {
    requests.clear();
    return json(res, 200, { cleared: true });
  }
  if (path === '/api/faults' && method === 'POST') {
    try {
      const id = faults.add(faultRuleOf(body));
      return json(res, 201, { id, ...(faultsView(emulator) as object) });
    } catch (error) {
      return json(res, 400, { error: (error as Error).message });
    }
  }
  const rule = /^\/api\/faults\/(\d{1,9})$/.exec(path);
  if (rule) {
    const id = Number(rule[1]);
    let found = false;
    if (method === 'DELETE') found = faults.remove(id);
    else if (method === 'PATCH') {
      const enabled = (body as { enabled?: unknown } | null)?.enabled;
      if (typeof enabled !== 'boolean')
        return json(res, 400, { error: 'Send {"enabled": true} or {"enabled": false}.' });
      found = faults.setEnabled(id, enabled);
    } else return json(res, 405, { error: `${method} is not allowed here.` });
    return found ? json(res, 200, faultsView(emulator)) : json(res, 404, { error: `No fault rule ${id}.` });
  }
  return json(res, 404, { error: `No inspector resource ${method} ${path}.` });
}

/** The fields of a rule the page may send; anything else is refused by name. */
function faultRuleOf(body: unknown): FaultRule {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new TypeError('Send a fault rule as a JSON object.');
  const allowed = new Set(['type', 'ms', 'method', 'apiKey', 'every', 'skip', 'times']);
  for (const key of Object.keys(body)) if (!allowed.has(key)) throw new TypeError(`Unknown fault rule field "${key}".`);
  const rule = body as Record<string, unknown>;
  const numberField = (name: string): number | undefined => {
    const value = rule[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'number') throw new TypeError(`Fault rule "${name}" must be a number.`);
    return value;
  };
  const textField = (name: string): string | undefined => {
    const value = rule[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value !== 'string') throw new TypeError(`Fault rule "${name}" must be text.`);
    return value;
  };
  const out: FaultRule = { type: textField('type') as FaultRule['type'] };
  const ms = numberField('ms');
  const every = numberField('every');
  const skip = numberField('skip');
  const times = numberField('times');
  const method = textField('method');
  const apiKey = textField('apiKey');
  if (ms !== undefined) out.ms = ms;
  if (every !== undefined) out.every = every;
  if (skip !== undefined) out.skip = skip;
  if (times !== undefined) out.times = times;
  if (method !== undefined) out.method = method.includes(',') ? method.split(',').map((m) => m.trim()) : method;
  if (apiKey !== undefined) out.apiKey = apiKey;
  return out;
}

/** A Host that is a loopback name or an IP address; anything else might be DNS rebinding. */
function refusal(req: IncomingMessage): string | undefined {
  const host = (req.headers.host ?? '')
    .toLowerCase()
    .replace(/:\d+$/, '')
    .replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost') || isIP(host) !== 0) return undefined;
  return (
    `The inspector answers only at an IP address or localhost (this request named "${host}"). Open it at ` +
    `http://127.0.0.1:<port>${INSPECTOR_PATH}.`
  );
}

/** Changes come from the page itself: JSON, and the page's own origin when the browser names one. */
function changeRefusal(req: IncomingMessage): { status: number; message: string } | undefined {
  if (!['POST', 'PATCH', 'DELETE'].includes(req.method ?? ''))
    return { status: 405, message: `${req.method ?? '?'} is not allowed here.` };
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return { status: 415, message: 'Send changes as application/json.' };
  const origin = req.headers.origin;
  if (origin !== undefined) {
    let originHost: string;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost !== req.headers.host)
      return { status: 403, message: 'Changes are accepted from the inspector page only.' };
  }
  return undefined;
}

function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_JSON_BODY) {
        reject(new Error('The body is too large.'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      const textBody = Buffer.concat(chunks).toString('utf8');
      if (textBody.trim() === '') return resolve(undefined);
      try {
        resolve(JSON.parse(textBody));
      } catch {
        reject(new Error('The body is not valid JSON.'));
      }
    });
  });
}

/**
 * Server-sent events: `snapshot` (the newest requests) first, then one `request` per request
 * recorded. The log calls the listener only while a page listens; events are written together at
 * most every FLUSH_MS, so a busy emulator pays one socket write per batch, not one per request.
 */
function openEvents(res: ServerResponse, emulator: EmulatorContext): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream; charset=utf-8',
    connection: 'keep-alive',
  });
  res.write(`retry: 1000\nevent: snapshot\ndata: ${JSON.stringify(recentRequests(emulator, BACKLOG))}\n\n`);
  let pending: RecordedRequest[] = [];
  let timer: NodeJS.Timeout | undefined;
  const flush = (): void => {
    timer = undefined;
    if (res.writableLength > MAX_BUFFERED) return close();
    const batch = pending;
    pending = [];
    let text = '';
    for (const e of batch) text += `id: ${e.seq}\nevent: request\ndata: ${summaryJson(e)}\n\n`;
    res.write(text);
  };
  const unsubscribe = emulator.requests.subscribe((entry) => {
    pending.push(entry);
    timer ??= setTimeout(flush, FLUSH_MS).unref();
  });
  const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS).unref();
  const close = (): void => {
    unsubscribe();
    clearInterval(heartbeat);
    if (timer !== undefined) clearTimeout(timer);
    res.end();
  };
  res.on('close', close);
}

function count(url: URL, name: string, fallback: number, max: number): number {
  const value = Number(url.searchParams.get(name) ?? fallback);
  return Number.isSafeInteger(value) && value >= 0 ? Math.min(value, max) : fallback;
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string,
  extra: Record<string, string> = {},
): void {
  const bytes = Buffer.from(body, 'utf8');
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extra,
    'content-type': type,
    'content-length': String(bytes.length),
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

function json(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

function text(res: ServerResponse, status: number, message: string): void {
  res.req.resume();
  send(res, status, 'text/plain; charset=utf-8', `${message}\n`);
}
