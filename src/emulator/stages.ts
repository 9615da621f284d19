/**
 * How the emulator handles a request: named stages over one `Exchange`, in Gigya's order. Each
 * stage either lets the request go on, answers with an outcome, or has answered (or dropped the
 * connection) itself. Injected faults act "in front of" the API, before auth (no nonce is spent),
 * except `expired`, which Gigya answers from its auth check: after the signature, the nonce spent.
 */
import { isAscii } from 'node:buffer';
import type { Socket } from 'node:net';
import { isSecretParam, REDACTED, redactParams } from '../trace.js';
import { checkDataCenter } from './datacenter.js';
import { validateParams } from './decode.js';
import { apiError, type ApiOutcome, type WireFormat } from './envelope.js';
import type { Exchange } from './exchange.js';
import { FAULT_HEADER, parseFaultHeader, type FaultHeaderError, type FaultPlan } from './faults.js';
import { runHandler } from './handlers.js';
import type { EmulatorAuthMode, FaultType } from './types.js';
import { authenticate, claimedAuthMode } from './verify.js';
import {
  WireFormatError,
  decodeFormInto,
  methodFromPath,
  readBody,
  resolveTarget,
  sniffParam,
  type RequestTarget,
} from './wire.js';

/** The stage answered by itself, or dropped the connection. */
const DONE = Symbol('done');

/** Undefined: on to the next stage. An outcome: answer with it and stop. */
type Verdict = ApiOutcome | typeof DONE | undefined;
type Stage = (x: Exchange) => Verdict | Promise<Verdict>;

const FORMATS: ReadonlySet<string> = new Set(['json', 'jsonp', 'xml']);
const JSONP_CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

/**
 * Target → body → params → format → faults → HTTP method → method → data center → auth → access → params check →
 * behaviour.
 */
const STAGES: readonly Stage[] = [
  readTarget,
  readRequestBody,
  decodeParams,
  recordParams,
  chooseFormat,
  injectFaults,
  refuseBadFormat,
  checkHttpMethod,
  findMethod,
  checkHome,
  authenticateRequest,
  checkAccess,
  validateMethodParams,
  runMethod,
];

export async function handleRequest(x: Exchange): Promise<void> {
  for (const stage of STAGES) {
    // Most stages are synchronous: awaited only when they return a promise, so they cost no tick.
    const step = stage(x);
    const verdict = step instanceof Promise ? await step : step;
    if (verdict === DONE) return;
    if (verdict !== undefined) return x.send(verdict);
  }
}

/** Stages after the first can rely on what earlier stages learned. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`The emulator's stages ran out of order: ${what} is not known yet.`);
  return value;
}

function readTarget(x: Exchange): Verdict {
  let target: RequestTarget;
  try {
    // Per connection, not per server: a CONNECT tunnel may carry plain HTTP into a TLS emulator.
    const tls = (x.req.socket as Socket & { encrypted?: boolean }).encrypted === true;
    target = resolveTarget(x.req, { tls, trustForwardedProto: x.emulator.config.trustForwardedProto });
  } catch (error) {
    if (!(error instanceof WireFormatError)) throw error;
    const raw = x.req.url ?? '';
    const asked = sniffParam(raw.includes('?') ? raw.slice(raw.indexOf('?') + 1) : '', 'format')?.toLowerCase();
    if (asked === 'json' || asked === 'xml') x.format = asked;
    x.req.resume();
    x.send(apiError(400001, error.message), true);
    return DONE;
  }
  x.target = target;
  x.method = methodFromPath(target.path);
  x.record.method = x.method ?? '';
  x.record.url = target.signedUrl;
  x.record.absoluteForm = target.absoluteForm;
  if (target.query !== '') x.sniffAnswerParams(target.query);
  return undefined;
}

async function readRequestBody(x: Exchange): Promise<Verdict> {
  const maxBody = x.emulator.config.maxBodyBytes;
  try {
    const result = await readBody(x.req, maxBody);
    if (result.kind === 'ok') {
      x.body = result.body;
      return undefined;
    }
    x.sniffAnswerParams(`${result.head.toString('latin1')}&${result.tail.toString('latin1')}`);
    x.send(apiError(413001, `The body exceeds ${maxBody} bytes.`), true);
    if (!result.drained) x.res.on('finish', () => x.req.socket.destroy());
    return DONE;
  } catch {
    // The client went away while sending; nobody is left to answer.
    x.drop();
    return DONE;
  }
}

function decodeParams(x: Exchange): Verdict {
  const body = known(x.body, 'the body');
  try {
    const bodyText = body.length === 0 ? '' : utf8Text(body);
    // Query first, then the body: the body wins on a duplicate name, which keeps its first place.
    const params: Record<string, string> = {};
    decodeFormInto(params, known(x.target, 'the target').query, 'query string');
    if (bodyText.length > 0) {
      if (!isFormContentType(x.req.headers['content-type']))
        throw new WireFormatError('The body must be application/x-www-form-urlencoded.');
      decodeFormInto(params, bodyText, 'body');
    }
    x.params = params;
    return undefined;
  } catch (error) {
    // Read from the raw bytes, so even a body that is not UTF-8 is answered as asked.
    x.sniffAnswerParams(body.toString('latin1'));
    return apiError(400001, error instanceof WireFormatError ? error.message : 'The body is not valid UTF-8.');
  }
}

/** Strict: a body that is not UTF-8 is refused, not repaired. Stateless between calls without `stream`. */
const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A form body is ASCII (everything else is percent-encoded): that is read without a UTF-8 decoder. */
function utf8Text(body: Buffer): string {
  return isAscii(body) ? body.toString('latin1') : UTF8.decode(body);
}

function recordParams(x: Exchange): Verdict {
  const { params, record } = x;
  record.params = redact(params);
  record.apiKey = params['apiKey'];
  record.userKey = params['userKey'];
  record.nonce = params['nonce'];
  record.timestamp = params['timestamp'];
  record.authMode = claimedAuthMode(params, x.req.headers);
  x.context = params['context'];
  x.httpStatusCodes = params['httpStatusCodes']?.toLowerCase() === 'true';
  return undefined;
}

/** A format problem is answered in JSON, and only after the faults stage. */
function chooseFormat(x: Exchange): Verdict {
  const requested = x.params['format']?.toLowerCase();
  if (requested === undefined || requested === '') {
    x.format = 'xml'; // The REST reference's historical default; SDKs always send format=json.
    return undefined;
  }
  if (!FORMATS.has(requested)) {
    x.format = 'json';
    x.formatProblem = apiError(400006, 'Invalid parameter value: format must be json, jsonp or xml.');
    return undefined;
  }
  x.format = requested as WireFormat;
  if (x.format === 'jsonp') {
    const callback = x.params['callback'];
    if (callback === undefined || callback === '') {
      x.format = 'json';
      x.formatProblem = apiError(400002, 'Missing required parameter: callback (needed with format=jsonp)');
    } else if (!JSONP_CALLBACK.test(callback)) {
      x.format = 'json';
      x.formatProblem = apiError(400006, 'Invalid parameter value: callback must be a JavaScript function name.');
    } else {
      x.callback = callback;
    }
  }
  return undefined;
}

const NO_HEADER_FAULTS: ReadonlyArray<{ type: FaultType; ms?: number }> = Object.freeze([]);

/** Synchronous unless a latency is injected: most requests then take no extra tick. */
function injectFaults(x: Exchange): Verdict | Promise<Verdict> {
  const { config, faults } = x.emulator;
  let fromHeader: ReadonlyArray<{ type: FaultType; ms?: number }> = NO_HEADER_FAULTS;
  const headerValue = config.faultHeader ? x.req.headers[FAULT_HEADER] : undefined;
  if (headerValue !== undefined) {
    try {
      fromHeader = parseFaultHeader(Array.isArray(headerValue) ? headerValue.join(',') : headerValue);
    } catch (error) {
      return apiError(400001, (error as FaultHeaderError).message);
    }
  }
  const plan = faults.plan(x.method ?? '', x.params['apiKey'], fromHeader, config.latencyMs);
  x.record.faults = plan.fired;
  if (plan.terminal === 'truncate') x.delivery = 'truncate';
  else if (plan.terminal === 'reset-after') x.delivery = 'reset';
  if (plan.latencyMs > 0) return sleep(plan.latencyMs).then(() => faultVerdict(x, plan.terminal));
  return faultVerdict(x, plan.terminal);
}

function faultVerdict(x: Exchange, terminal: FaultPlan['terminal']): Verdict {
  switch (terminal) {
    case 'reset':
      x.drop();
      return DONE;
    case 'unavailable':
      x.sendUnavailable();
      return DONE;
    case 'rate-limit':
      return apiError(403048, 'Api rate limit exceeded');
    case 'server-error':
      return apiError(500001, 'General Server error');
    case 'expired':
      // Answered where Gigya answers it: after the signature and nonce checks (authenticateRequest).
      x.expiredFault = true;
      return undefined;
    default:
      return undefined;
  }
}

function refuseBadFormat(x: Exchange): Verdict {
  return x.formatProblem;
}

function checkHttpMethod(x: Exchange): Verdict {
  const { method } = x.req;
  if (method === 'GET' || method === 'POST' || method === 'HEAD') return undefined;
  return apiError(400001, `HTTP method ${method ?? '?'} is not supported; use POST (or GET).`);
}

function findMethod(x: Exchange): Verdict {
  x.descriptor = x.method === undefined ? undefined : x.emulator.methods.get(x.method);
  if (x.descriptor) return undefined;
  return apiError(
    501001,
    x.method === undefined
      ? 'The path must name a method: /<namespace>.<method>.'
      : `${x.method} is not a known API method.`,
  );
}

/** 301001 when the Host names another data center than the site's. */
function checkHome(x: Exchange): Verdict {
  if (!x.emulator.config.enforceDataCenter) return undefined;
  return checkDataCenter(x.emulator.state, known(x.target, 'the target').signedUrl, x.params);
}

function authenticateRequest(x: Exchange): Verdict {
  const { config, now, state, replay } = x.emulator;
  const target = known(x.target, 'the target');
  const auth = authenticate({
    httpMethod: x.req.method ?? '',
    signedUrl: target.signedUrl,
    secure: target.secure,
    params: x.params,
    headers: x.req.headers,
    nowMs: now(),
    windowSeconds: config.windowSeconds,
    state,
    replay,
    nonceTtlSeconds: config.nonceTtlSeconds,
    acceptSignatureWithoutPort: config.acceptSignatureWithoutPort,
  });
  x.record.authMode = auth.mode as EmulatorAuthMode;
  x.record.jti = auth.jti;
  if (!auth.ok) {
    if (auth.signature) {
      const { expectedSignature, receivedSignature, ...check } = auth.signature;
      x.record.signatureCheck = check;
      x.signatures = { expected: expectedSignature, received: receivedSignature };
    }
    return auth.outcome;
  }
  // A bearer token names its userKey in the JWT's kid, not in a param.
  if (auth.userKey !== undefined) x.record.userKey = auth.userKey;
  // The nonce is spent by now, so a client that resends the same request after 403002 (SAP's Java
  // SDK does) is answered 403004, as Gigya answers it.
  if (x.expiredFault)
    return apiError(
      403002,
      'The request timestamp is outside the allowed window. The server time is in the "time" field and the Date ' +
        'header.',
    );
  x.auth = auth;
  return undefined;
}

function checkAccess(x: Exchange): Verdict {
  const descriptor = known(x.descriptor, 'the method');
  if (known(x.auth, 'the credentials').mode !== 'anonymous' || descriptor.access === 'public') return undefined;
  const needs = 'needs credentials (a signed request, a secret over HTTPS, a bearer token or an oauth_token)';
  return apiError(403007, `${descriptor.name} ${needs}; the request carries only an apiKey.`);
}

/** With the method's generated validator: the emulator checks params exactly as the client does. */
function validateMethodParams(x: Exchange): Verdict {
  const validated = validateParams(known(x.descriptor, 'the method'), x.params);
  if (!validated.ok)
    return apiError(validated.errorCode, validated.errorDetails, { validationErrors: validated.validationErrors });
  x.methodParams = validated.params;
  return undefined;
}

/** The method's behaviour: its handler's answer. */
function runMethod(x: Exchange): Verdict {
  const auth = known(x.auth, 'the credentials');
  const params = known(x.methodParams, 'the validated params');
  return runHandler({
    state: x.emulator.state,
    site: auth.site,
    auth,
    params,
    descriptor: known(x.descriptor, 'the method'),
    nowMs: x.emulator.now(),
    callId: x.callId,
  });
}

/** Unref'd: an injected delay still pending must not keep a closed emulator's process alive. */
function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** The client's redaction (src/trace.ts: secret names and shapes, also inside JSON params), frozen for the log. */
function redact(params: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(params)) {
    const value = params[name] as string;
    const first = value.charCodeAt(0);
    // Only a value that could be JSON or a JWT (`{`, `[`, `e`) needs the whole redaction; a secret
    // name is looked up once per name.
    const shown = secretName(name)
      ? REDACTED
      : first === 0x7b || first === 0x5b || first === 0x65
        ? (redactParams({ [name]: value })[name] as string)
        : value;
    if (name === '__proto__')
      Object.defineProperty(out, name, { value: shown, enumerable: true, writable: true, configurable: true });
    else out[name] = shown;
  }
  return Object.freeze(out);
}

/** Param names seen, and whether each is secret (`isSecretParam`); clients send the same few names. */
const secretNames = new Map<string, boolean>();

function secretName(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret === undefined) {
    secret = isSecretParam(name);
    if (name.length > 128) return secret;
    if (secretNames.size >= 4096) secretNames.clear();
    secretNames.set(name, secret);
  }
  return secret;
}

/** What the client sends; anything else goes the long way. */
const FORM_CONTENT_TYPE = 'application/x-www-form-urlencoded; charset=utf-8';

function isFormContentType(contentType: string | undefined): boolean {
  if (contentType === FORM_CONTENT_TYPE) return true;
  if (contentType === undefined || contentType.trim() === '') return true;
  const type = contentType.split(';')[0]?.trim().toLowerCase();
  return type === 'application/x-www-form-urlencoded' || type === 'text/plain';
}
