/**
 * Reading requests off the wire: request target (origin or absolute form), the URL the client
 * must have signed, strict form decoding, and a size-limited body reader.
 */
import type { IncomingMessage } from 'node:http';

/** The request cannot be read (bad percent-encoding, bad target, …): answered with 400001. */
export class WireFormatError extends Error {
  override readonly name = 'WireFormatError';
}

export interface RequestTarget {
  /** Path as sent, e.g. `/socialize.setStatus`. */
  readonly path: string;
  /** Raw query string without `?` (may be empty). */
  readonly query: string;
  /** `scheme://host[:port]/path`: what the signature must cover. */
  readonly signedUrl: string;
  readonly absoluteForm: boolean;
  /** The request reached the emulator over TLS (or a trusted proxy says it did). */
  readonly secure: boolean;
}

export interface TargetOptions {
  readonly tls: boolean;
  readonly trustForwardedProto: boolean;
}

function splitPathQuery(pathAndQuery: string): { path: string; query: string } {
  const q = pathAndQuery.indexOf('?');
  const withoutFragment = (s: string): string => {
    const h = s.indexOf('#');
    return h === -1 ? s : s.slice(0, h);
  };
  if (q === -1) return { path: withoutFragment(pathAndQuery), query: '' };
  return { path: pathAndQuery.slice(0, q), query: withoutFragment(pathAndQuery.slice(q + 1)) };
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  if (value === undefined) return undefined;
  const text = Array.isArray(value) ? value[0] : value;
  return text?.split(',')[0]?.trim();
}

/**
 * Works out path, query and signed URL. Origin form (`POST /socialize.x HTTP/1.1`): scheme of the
 * connection (or `x-forwarded-proto` when trusted) + Host header + path. Absolute form
 * (`POST http://socialize.us1.gigya.com/socialize.x HTTP/1.1`, as sent to a proxy): that URL.
 */
export function resolveTarget(req: IncomingMessage, opts: TargetOptions): RequestTarget {
  const raw = req.url ?? '';
  const forwarded = opts.trustForwardedProto ? firstHeader(req.headers['x-forwarded-proto'])?.toLowerCase() : undefined;
  const secure = opts.tls || forwarded === 'https';
  if (/^https?:\/\//i.test(raw)) {
    let url: URL;
    try {
      url = new URL(raw);
    } catch {
      throw new WireFormatError('The absolute request target is not a valid URL.');
    }
    // Keep the path and query exactly as sent (URL would re-encode some characters).
    const authorityStart = url.protocol.length + 2;
    const end = raw.slice(authorityStart).search(/[/?#]/);
    const rest = end === -1 ? '/' : raw.slice(authorityStart + end);
    const split = splitPathQuery(rest.startsWith('/') ? rest : `/${rest}`);
    const path = split.path;
    const query = split.query;
    return { path, query, signedUrl: `${url.protocol}//${url.host}${path}`, absoluteForm: true, secure };
  }
  if (!raw.startsWith('/'))
    throw new WireFormatError(
      'The request target must be a path ("/socialize.getUserInfo") or an absolute http(s) URL.',
    );
  const { path, query } = splitPathQuery(raw);
  const host = req.headers.host;
  if (!host) throw new WireFormatError('The request has no Host header, so its signature cannot be checked.');
  const scheme = forwarded === 'https' || forwarded === 'http' ? forwarded : opts.tls ? 'https' : 'http';
  const signedUrl = `${scheme}://${host}${path}`;
  if (!validHosts.has(host)) {
    try {
      new URL(signedUrl);
    } catch {
      throw new WireFormatError('The Host header is not a valid host[:port].');
    }
    // Only the host can make it fail (a path is escaped, never refused): clients send the same host again and again.
    if (validHosts.size >= 1024) validHosts.clear();
    validHosts.add(host);
  }
  return { path, query, signedUrl, absoluteForm: false, secure };
}

/** Host headers that made a valid URL. */
const validHosts = new Set<string>();

const METHOD_NAME = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;

/** `/socialize.setStatus` → `socialize.setStatus`; undefined when the path names no method. */
export function methodFromPath(path: string): string | undefined {
  const known = methodsByPath.get(path);
  if (known !== undefined) return known ?? undefined;
  const method = nameOfPath(path);
  if (path.length > MAX_CACHED_LENGTH) return method;
  // Clients send the same few paths again and again; anything else only refills the cache.
  if (methodsByPath.size >= 1024) methodsByPath.clear();
  methodsByPath.set(path, method ?? null);
  return method;
}

/** Longer paths and URLs are not cached: a cache of 1,024 stays small. */
export const MAX_CACHED_LENGTH = 512;

/** Paths seen, with the method each names (null: none). */
const methodsByPath = new Map<string, string | null>();

function nameOfPath(path: string): string | undefined {
  let name = path.replace(/^\/+/, '').replace(/\/+$/, '');
  if (name.includes('%')) {
    try {
      name = decodeURIComponent(name);
    } catch {
      return undefined;
    }
  }
  return METHOD_NAME.test(name) ? name : undefined;
}

/**
 * `decodeURIComponent` of the text with `+` read as a space, or undefined where that throws. Escapes
 * of ASCII bytes (most of what clients send: `%20`, `%2F`, `%3D`) are decoded here, several times
 * faster; a byte of 0x80 or more needs UTF-8 decoding, which decodeURIComponent does.
 */
export function decodeComponent(raw: string): string | undefined {
  let pct = raw.indexOf('%');
  const text = raw.includes('+') ? raw.replaceAll('+', ' ') : raw;
  if (pct === -1) return text;
  let out = '';
  let from = 0;
  while (pct !== -1) {
    const high = hexDigit(text.charCodeAt(pct + 1));
    const low = hexDigit(text.charCodeAt(pct + 2));
    if (high < 0 || low < 0) return undefined;
    const byte = high * 16 + low;
    if (byte >= 0x80) return decodeUtf8Component(text);
    out += text.slice(from, pct) + String.fromCharCode(byte);
    from = pct + 3;
    pct = text.indexOf('%', from);
  }
  return out + text.slice(from);
}

function decodeUtf8Component(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** 0–15 for a hex digit's char code (NaN past the end included), else -1. */
function hexDigit(code: number): number {
  if (code >= 0x30 && code <= 0x39) return code - 0x30;
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/** A "__proto__" param stays a param: plain assignment would set the prototype. */
function setParam(out: Record<string, string>, key: string, value: string): void {
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * Strict `application/x-www-form-urlencoded` decoding (also for query strings) into `out`: `+` is a
 * space, `%XX` must be valid and form valid UTF-8. A name seen again (in this text or one decoded
 * into `out` before) takes the new value and keeps its first place. Errors name the param, never
 * its value.
 */
export function decodeFormInto(out: Record<string, string>, text: string, where: 'query string' | 'body'): void {
  const end = text.length;
  // The next '=' at or after `start`; searched again only once passed, so a text of many pieces
  // without '=' is still read in one pass.
  let eq = -1;
  let start = 0;
  while (start < end) {
    let amp = text.indexOf('&', start);
    if (amp === -1) amp = end;
    if (amp > start) {
      if (eq !== end && eq < start) {
        eq = text.indexOf('=', start);
        if (eq === -1) eq = end;
      }
      const split = eq < amp;
      const name = decodeComponent(text.slice(start, split ? eq : amp));
      if (name === undefined)
        throw new WireFormatError(`A param name in the ${where} is not valid percent-encoded UTF-8.`);
      if (name.length > 0) {
        const value = split ? decodeComponent(text.slice(eq + 1, amp)) : '';
        if (value === undefined)
          throw new WireFormatError(`The value of param "${name}" in the ${where} is not valid percent-encoded UTF-8.`);
        setParam(out, name, value);
      }
    }
    start = amp + 1;
  }
}

/** Best-effort lookup of one param in a raw query/body that failed strict decoding (to pick the answer format). */
export function sniffParam(text: string, name: string): string | undefined {
  for (const piece of text.split('&')) {
    const eq = piece.indexOf('=');
    if (eq !== -1 && piece.slice(0, eq) === name) return decodeComponent(piece.slice(eq + 1));
  }
  return undefined;
}

/** `head` and `tail`: the first and last few KiB read of a body over the limit, to find `format` in. */
export type BodyResult =
  | { readonly kind: 'ok'; readonly body: Buffer }
  | { readonly kind: 'too-large'; readonly drained: boolean; readonly head: Buffer; readonly tail: Buffer };

const SNIFF_BYTES = 4096;

/** The start and end of a body before any is read: one empty buffer, never written to. */
const NO_BYTES = Buffer.alloc(0);

/**
 * Reads the body up to `limit` bytes. Beyond that, the rest is read and discarded (so the client
 * can read the 413001 answer), up to `drainLimit` bytes, after which reading stops (`drained` false:
 * the caller closes the connection).
 */
export function readBody(req: IncomingMessage, limit: number, drainLimit = limit * 16): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > drainLimit) {
      req.pause();
      resolve({ kind: 'too-large', drained: false, head: NO_BYTES, tail: NO_BYTES });
      return;
    }
    const chunks: Buffer[] = [];
    let total = 0;
    let head: Buffer = NO_BYTES;
    let tail: Buffer = NO_BYTES;
    let settled = false;
    const finish = (result: BodyResult): void => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      total += chunk.length;
      if (total <= limit) {
        chunks.push(chunk);
        return;
      }
      if (chunks.length > 0) {
        head = Buffer.concat(chunks).subarray(0, SNIFF_BYTES);
        chunks.length = 0;
      }
      // Only the last SNIFF_BYTES are kept, so a large chunk is not copied.
      tail =
        chunk.length >= SNIFF_BYTES
          ? chunk.subarray(chunk.length - SNIFF_BYTES)
          : Buffer.concat([tail, chunk]).subarray(-SNIFF_BYTES);
      if (total > drainLimit) {
        req.pause();
        finish({ kind: 'too-large', drained: false, head, tail });
      }
    });
    req.on('end', () =>
      finish(
        total > limit
          ? { kind: 'too-large', drained: true, head, tail }
          : { kind: 'ok', body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total) },
      ),
    );
    req.on('error', (error) => {
      if (!settled) {
        settled = true;
        reject(error);
      }
    });
    req.on('aborted', () => {
      if (!settled) {
        settled = true;
        reject(new Error('request aborted'));
      }
    });
  });
}
