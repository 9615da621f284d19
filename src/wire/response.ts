/**
 * Turns an HTTP answer into Gigya's response envelope, or a `GigyaResponseError` that says what
 * came back instead. Unlike the official SDKs, an empty body, an HTML page or broken JSON is never
 * read as success (official-sdks.md Q-JAVA-4, Q-PY-3, Q-PHP-4).
 */
import { STATUS_CODES } from 'node:http';
import { GigyaResponseError, type ResponseProblem } from '../errors.js';
import { REDACTED, SECRET_NAME_SHAPE, SECRET_PARAM_NAMES } from '../trace.js';
import { parseXml, XmlSyntaxError, xmlEnvelopeToObject, type ResponseHints, type XmlElement } from './xml.js';

export interface ParseResponseInput {
  httpStatus: number;
  contentType: string | undefined;
  body: string;
  /** The format that was asked for; the body is sniffed anyway, so either format is accepted. */
  format: 'json' | 'xml';
  /** Full method name, for messages. */
  method: string;
  /** The transport found the body is not valid UTF-8. */
  malformedUtf8?: boolean | undefined;
  hints?: ResponseHints | undefined;
}

/** Longest excerpt of a body kept on an error. */
export const EXCERPT_MAX_CHARS = 300;

/**
 * Parses the body into the envelope object. The result may carry a non-zero `errorCode`: deciding
 * what that means is the caller's job. A readable envelope is returned whatever the HTTP status
 * (Gigya answers with 4xx/5xx statuses when `httpStatusCodes=true`).
 *
 * @throws GigyaResponseError with `problem`: `html`, `empty`, `invalid-json`, `invalid-xml`,
 * `truncated`, `unexpected-shape`, or `http-status` for a non-2xx answer without a readable envelope.
 */
export function parseResponse(input: ParseResponseInput): Record<string, unknown> {
  const answer = answerOf(input);
  const text = withoutLeadingSpace(input.body);
  const { httpStatus, method } = answer;
  if (text === '') {
    if (!answer.ok) fail(answer, 'http-status', httpStatusMessage(httpStatus, method));
    fail(
      answer,
      'empty',
      `Gigya answered HTTP ${httpStatus} with an empty body (${method}). There is no API response to read; retry ` +
        `later, and check \`baseUrl\`/\`proxy\` if it keeps happening.`,
    );
  }
  const markup = text.charCodeAt(0) === 0x3c; /* < */
  if (markup && looksLikeHtml(text)) fail(answer, 'html', htmlMessage(httpStatus, method));
  if (input.malformedUtf8)
    unreadable(
      answer,
      'bad-encoding',
      `The response to ${method} (HTTP ${httpStatus}) is not valid UTF-8, so it cannot be read as Gigya's answer; ` +
        `some characters would be lost. Something other than Gigya may have answered; check \`baseUrl\`/\`proxy\`.`,
    );
  return checkedStatus(answer, markup ? readXml(answer, text, input.hints) : readJson(answer, text));
}

/** What is known about an answer before its body is read. */
interface Answer {
  readonly httpStatus: number;
  readonly contentType: string | undefined;
  readonly body: string;
  readonly method: string;
  readonly ok: boolean;
}

function answerOf(input: ParseResponseInput): Answer {
  return {
    httpStatus: input.httpStatus,
    contentType: input.contentType,
    body: input.body,
    method: input.method,
    ok: input.httpStatus >= 200 && input.httpStatus < 300,
  };
}

/** Declared as HTML: reported as such unless the body turns out to be a readable envelope. */
function declaredHtml(answer: Answer): boolean {
  const mediaType = answer.contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'text/html' || mediaType === 'application/xhtml+xml';
}

/** The body without a byte-order mark and leading whitespace; an envelope usually starts right away. */
function withoutLeadingSpace(body: string): string {
  const first = body.charCodeAt(0);
  if (first === 0x7b /* { */ || first === 0x3c /* < */) return body;
  return body.replace(/^\uFEFF/, '').replace(/^\s+/, '');
}

function fail(answer: Answer, problem: ResponseProblem, message: string, cause?: unknown): never {
  throw new GigyaResponseError(message, {
    problem,
    httpStatus: answer.httpStatus,
    contentType: answer.contentType,
    excerpt: bodyExcerpt(answer.body),
    method: answer.method,
    ...(cause === undefined ? {} : { cause }),
  });
}

/** A body that is no envelope: HTML if declared so, the problem under a 2xx status, else the status. */
function unreadable(answer: Answer, problem: ResponseProblem, message: string, cause?: unknown): never {
  if (declaredHtml(answer)) return fail(answer, 'html', htmlMessage(answer.httpStatus, answer.method), cause);
  return answer.ok
    ? fail(answer, problem, message, cause)
    : fail(answer, 'http-status', httpStatusMessage(answer.httpStatus, answer.method), cause);
}

/**
 * A success envelope under a non-2xx status is not success: the client always sends
 * `httpStatusCodes=false`, so Gigya's API layer answers 200, and a failing status came from
 * something in between (a gateway, a proxy) that the body does not explain.
 */
function checkedStatus(answer: Answer, envelope: Record<string, unknown>): Record<string, unknown> {
  if (!answer.ok && envelope.errorCode === 0)
    fail(answer, 'http-status', httpStatusMessage(answer.httpStatus, answer.method));
  return envelope;
}

function readXml(answer: Answer, text: string, hints: ResponseHints | undefined): Record<string, unknown> {
  const { httpStatus, method } = answer;
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    if (error.truncated) {
      return unreadable(
        answer,
        'truncated',
        `The XML response to ${method} (HTTP ${httpStatus}) ends in the middle of the document: the connection was ` +
          `probably cut. Retry the call if the method is safe to repeat.`,
        error,
      );
    }
    return unreadable(
      answer,
      'invalid-xml',
      `The response to ${method} (HTTP ${httpStatus}) is not well-formed XML (${error.message}). Something other ` +
        `than Gigya may have answered; check \`baseUrl\`/\`proxy\`, or retry later.`,
      error,
    );
  }
  const envelope = xmlEnvelopeToObject(root, hints);
  const problem = xmlShapeProblem(envelope);
  if (problem !== undefined)
    return unreadable(answer, 'unexpected-shape', shapeMessage(method, httpStatus, `XML ${problem}`));
  // Gigya's XML leaves errorCode out on success where JSON says 0; both formats give the same object.
  if (envelope.errorCode === undefined) envelope.errorCode = 0;
  return envelope;
}

function readJson(answer: Answer, text: string): Record<string, unknown> {
  const { httpStatus, method } = answer;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (jsonLooksTruncated(text) || (error instanceof Error && /end of JSON input/i.test(error.message))) {
      return unreadable(
        answer,
        'truncated',
        `The JSON response to ${method} (HTTP ${httpStatus}) ends in the middle of the document: the connection was ` +
          `probably cut. Retry the call if the method is safe to repeat.`,
        error,
      );
    }
    return unreadable(
      answer,
      'invalid-json',
      `The response to ${method} (HTTP ${httpStatus}) is neither valid JSON nor ` +
        `XML${jsonErrorPosition(error)}. Something other than Gigya may have answered; check \`baseUrl\`/\`proxy\`, ` +
        `or retry later.`,
      error,
    );
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return unreadable(
      answer,
      'unexpected-shape',
      shapeMessage(
        method,
        httpStatus,
        `JSON ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value} instead of an object`,
      ),
    );
  }
  const envelope = value as Record<string, unknown>;
  if (typeof envelope.errorCode !== 'number') {
    return unreadable(
      answer,
      'unexpected-shape',
      shapeMessage(method, httpStatus, `JSON object without a numeric errorCode`),
    );
  }
  return envelope;
}

/**
 * Gigya's XML omits errorCode on success, so an envelope needs a numeric statusCode, and an errorCode unless the status
 * is 200.
 */
function xmlShapeProblem(envelope: Record<string, unknown>): string | undefined {
  const { statusCode, errorCode } = envelope;
  if (errorCode !== undefined && typeof errorCode !== 'number') return 'with a non-numeric errorCode';
  if (typeof errorCode === 'number') return undefined;
  if (typeof statusCode !== 'number') return 'without a numeric statusCode or errorCode';
  if (statusCode !== 200) return `with statusCode ${statusCode} but no errorCode`;
  return undefined;
}

function looksLikeHtml(text: string): boolean {
  return /^<!doctype\s+html[\s>]/i.test(text) || /^<html[\s>]/i.test(text) || /^<(head|body)[\s>]/i.test(text);
}

function statusText(status: number): string {
  const reason = STATUS_CODES[status];
  return reason ? `HTTP ${status} ${reason}` : `HTTP ${status}`;
}

function htmlMessage(status: number, method: string): string {
  const hint =
    status >= 400
      ? 'This usually means a gateway or proxy error; retry later or check `baseUrl`/`proxy`.'
      : 'Something other than Gigya (a proxy, captive portal or wrong `baseUrl`) answered; check `baseUrl`/`proxy`.';
  return `Gigya answered HTTP ${status} with an HTML page instead of an API response (${method}). ${hint}`;
}

function httpStatusMessage(status: number, method: string): string {
  let hint: string;
  if (status >= 500) hint = 'Gigya or a gateway in front of it failed; retry later.';
  else if (status === 429) hint = 'Too many requests; slow down and retry later.';
  else if (status === 404 || status === 405) hint = 'Check `baseUrl`, `dataCenter`/`apiDomain` and the method name.';
  else if (status === 401 || status === 403 || status === 407)
    hint = 'A proxy or gateway refused the request; check `proxy` and network access.';
  else if (status >= 300 && status < 400) hint = 'Redirects are not followed; check `baseUrl`/`dataCenter`.';
  else hint = 'Check `baseUrl`/`proxy`, or retry later.';
  return `Gigya answered ${statusText(status)} without a readable API response (${method}). ${hint}`;
}

function shapeMessage(method: string, status: number, what: string): string {
  return (
    `The response to ${method} (HTTP ${status}) is ${what}, not a Gigya response envelope. Check that ` +
    `\`baseUrl\` points at Gigya (or the emulator).`
  );
}

/** Only V8's position is kept: its message may quote the body. */
function jsonErrorPosition(error: unknown): string {
  const m = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  return m ? ` (syntax error at character ${m[1]})` : '';
}

/**
 * True when the text is a JSON prefix that stops inside a string or an open object/array, which is
 * what a cut connection leaves. Independent of V8's wording.
 */
export function jsonLooksTruncated(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b /* { */ || c === 0x5b /* [ */) depth++;
    else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth < 0) return false;
      // A closed top-level value followed by more text is garbage, not truncation.
      if (depth === 0) return false;
    }
  }
  return inString || depth > 0;
}

/** Header names whose values are credentials, besides the secret param names. */
const CREDENTIAL_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie'];
// The list and the credential shape of trace redaction (SECRET_NAME_SHAPE: `phvToken`, `clientSecret`, …).
const NAMES = [
  ...[...SECRET_PARAM_NAMES, ...CREDENTIAL_HEADERS].map((n) => n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')),
  SECRET_NAME_SHAPE.source.slice(1, -1),
].join('|');
/** A quote as it appears around JSON keys and values: plain, backslash-escaped, or as an HTML entity. */
const QUOTE = `(?:\\\\?["']|&quot;|&#3[49];|&#x2[27];)`;

/**
 * Credential shapes, each with its replacement (case-insensitive; names from SECRET_PARAM_NAMES, the
 * list behind trace redaction). Applied in order: quoted keys first, so a JSON `"Authorization"` is
 * not mistaken for a header line.
 */
const CREDENTIAL_SHAPES: ReadonlyArray<readonly [RegExp, string]> = [
  // "secret": "…" in JSON, with its escapes.
  [new RegExp(`("(?:${NAMES})"\\s*:\\s*)"(?:[^"\\\\]|\\\\.)*"`, 'gi'), `$1"${REDACTED}"`],
  // 'secret': '…', \"secret\":\"…\", &quot;secret&quot;:&quot;…&quot; (the value ends at the same quote).
  [new RegExp(`(${QUOTE}(?:${NAMES})${QUOTE}\\s*[:=]\\s*)(${QUOTE})[\\s\\S]*?\\2`, 'gi'), `$1$2${REDACTED}$2`],
  // <secret>…</secret>, <ns:sig a="1">…</ns:sig>, including CDATA.
  [
    new RegExp(`(<(?:[\\w.-]+:)?(?:${NAMES})(?:\\s[^>]*)?>)(?:<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|[^<])*`, 'gi'),
    `$1${REDACTED}`,
  ],
  // <field name="secret">…</field>: the element Gigya's XML uses for keys that are not XML names.
  [new RegExp(`(<field\\s+name\\s*=\\s*["'](?:${NAMES})["'][^>]*>)[^<]*`, 'gi'), `$1${REDACTED}`],
  // Header lines (Authorization, Cookie, …): the value runs to the end of the line.
  [new RegExp(`(^|[^\\w-])(${CREDENTIAL_HEADERS.join('|')})(\\s*:\\s*)[^\\r\\n<"]*`, 'gim'), `$1$2$3${REDACTED}`],
  // secret=… in a form or query, and secret="…" as an attribute.
  [new RegExp(`(^|[^\\w-])(${NAMES})(\\s*=\\s*)(?:"[^"]*"|'[^']*'|[^&\\s"'<>]*)`, 'gi'), `$1$2$3${REDACTED}`],
  // The same, percent-encoded once more (secret%3D…%26).
  [new RegExp(`(^|[^\\w-]|%26)(${NAMES})%3D(?:(?!%26)[^&\\s"'<>])*`, 'gi'), `$1$2%3D${REDACTED}`],
  // secret: … on a line of its own (YAML, a log dump).
  [new RegExp(`(^|[^\\w-])(${NAMES})([ \\t]*:[ \\t]*)[^\\s,;&"'<>{}\\[\\]]+`, 'gim'), `$1$2$3${REDACTED}`],
  // A JWT anywhere, also cut short by the excerpt window.
  [/eyJ[\w-]{4,}(?:\.[\w-]*){0,2}/g, REDACTED],
  // A bearer token anywhere.
  [/\b(bearer)(\s+)[\w.~+/=-]{16,}/gi, `$1$2${REDACTED}`],
];

/** The text with every credential shape it holds replaced by `[REDACTED]`. */
export function redactCredentials(text: string): string {
  let out = text;
  for (const [shape, replacement] of CREDENTIAL_SHAPES) out = out.replace(shape, replacement);
  return out;
}

/**
 * At most `max` characters of the body, whitespace collapsed, for error reports, with every
 * credential shape replaced ({@link redactCredentials}), in case a gateway echoes a request.
 */
export function bodyExcerpt(body: string, max: number = EXCERPT_MAX_CHARS): string {
  let out = '';
  let pendingSpace = false;
  // Enough input for `max` output characters after collapsing, plus room for redaction. Redacted
  // before the whitespace is collapsed, so a header line still ends at its line break.
  const first = body.search(/[^\s\uFEFF]/);
  if (first < 0) return '';
  const limit = Math.min(body.length, first + max * 8 + 1024);
  const window = redactCredentials(body.slice(first, limit));
  for (let i = 0; i < window.length; i++) {
    const ch = window[i]!;
    if (/\s/.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
    if (out.length > max * 4) break;
  }
  const cut = out.length > max || limit < body.length;
  if (!cut) return out;
  let end = Math.min(out.length, max - 1);
  const last = out.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${out.slice(0, end)}…`;
}
