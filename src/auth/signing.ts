/**
 * Request signing, byte-compatible with SAP's official Gigya server SDKs
 * (see `official-sdks.md` §2 in the project's reference notes):
 *
 * ```
 * base = UPPER(method) & enc(scheme://host[:port]/path) & enc(k1=enc(v1)&k2=enc(v2)…)
 * sig  = Base64(HMAC-SHA1(key = Base64Decode(secret), message = UTF-8(base)))
 * ```
 *
 * Param names are sorted by Unicode code point and are not encoded inside the param string;
 * values are RFC 3986 percent-encoded; `sig` itself is never part of the base string.
 */
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { GigyaConfigError } from '../errors.js';

/** Why a param value could not be turned into wire text. */
export type ParamEncodingProblem = 'not-finite' | 'unsupported-type' | 'lone-surrogate' | 'not-json';

/**
 * A param value cannot be sent (NaN, a function, a string with a lone surrogate, …). The pipeline
 * turns it into a `GigyaValidationError`. The message names the param and the problem, never the value.
 */
export class ParamEncodingError extends TypeError {
  /** Name of the offending param (`''` when not known, e.g. from a bare `encodeRfc3986` call). */
  readonly param: string;
  readonly problem: ParamEncodingProblem;

  constructor(param: string, problem: ParamEncodingProblem, detail: string) {
    const who = param === '' ? 'A param value' : `Param "${param}"`;
    super(`${who} cannot be sent: ${detail}`);
    this.name = 'ParamEncodingError';
    this.param = param;
    this.problem = problem;
  }
}

// A high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function loneSurrogateError(param: string): ParamEncodingError {
  return new ParamEncodingError(
    param,
    'lone-surrogate',
    'the text contains an unpaired UTF-16 surrogate, which has no UTF-8 form. Remove or repair the broken character ' +
      '(often the result of cutting a string in the middle of an emoji).',
  );
}

const RFC3986_EXTRA = /[!'()*]/g;
const HAS_RFC3986_EXTRA = /[!'()*]/;
/** Text RFC 3986 encoding leaves as it is: most names and values, so they skip the encoder. */
const UNRESERVED = /^[A-Za-z0-9._~-]*$/;
/** 1 for the unreserved ASCII characters, by code. */
const UNRESERVED_CODES = new Uint8Array(128);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~')
  UNRESERVED_CODES[c.charCodeAt(0)] = 1;

/** Whether RFC 3986 encoding leaves `text` as it is. A loop is cheaper than the regex on short text. */
function isUnreserved(text: string): boolean {
  if (text.length > 16) return UNRESERVED.test(text);
  for (let i = 0; i < text.length; i++) if (UNRESERVED_CODES[text.charCodeAt(i)] !== 1) return false;
  return true;
}

function escapeExtra(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}

/**
 * RFC 3986 percent-encoding of the UTF-8 bytes of `value`: only `A-Z a-z 0-9 - . _ ~` are kept,
 * everything else becomes `%XX` with upper-case hex (space is `%20`, never `+`).
 *
 * @param param - Name reported in the error when the text cannot be encoded.
 * @throws ParamEncodingError when `value` holds an unpaired surrogate (it has no UTF-8 form).
 */
export function encodeRfc3986(value: string, param = ''): string {
  // Text with nothing to escape is returned as is (the same string, which callers rely on).
  return isUnreserved(value) ? value : percentEncode(value, param);
}

function percentEncode(value: string, param: string): string {
  let encoded: string;
  try {
    encoded = encodeURIComponent(value);
  } catch {
    // encodeURIComponent only throws URIError, and only for unpaired surrogates.
    throw loneSurrogateError(param);
  }
  // encodeURIComponent leaves !'()* alone; RFC 3986 (and every official SDK) escapes them.
  return HAS_RFC3986_EXTRA.test(encoded) ? encoded.replace(RFC3986_EXTRA, escapeExtra) : encoded;
}

/**
 * Wire text of one param value; the same text is signed and sent.
 *
 * - string: as is (must be well-formed UTF-16)
 * - finite number: `String(n)`; bigint: `String(n)`
 * - boolean: `true` / `false`
 * - `null` / `undefined`: `undefined` (the param is dropped, never sent as the text `null`)
 * - array with `csv = true`: items serialized one by one (null items skipped) and joined by `,`
 * - any other object or array: `JSON.stringify`
 *
 * @param param - Param name, used only in error messages.
 * @throws ParamEncodingError for NaN/±Infinity, functions, symbols, lone surrogates, and objects
 *   `JSON.stringify` cannot handle (cycles, bigint inside).
 */
export function serializeParamValue(value: unknown, csv = false, param = ''): string | undefined {
  switch (typeof value) {
    case 'string':
      if (LONE_SURROGATE.test(value)) throw loneSurrogateError(param);
      return value;
    case 'number':
      if (!Number.isFinite(value)) {
        throw new ParamEncodingError(
          param,
          'not-finite',
          `${String(value)} is not a finite number. Pass a finite number, or leave the param out.`,
        );
      }
      return String(value);
    case 'bigint':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return undefined;
    case 'function':
    case 'symbol':
      throw new ParamEncodingError(
        param,
        'unsupported-type',
        `a ${typeof value} has no text form. Pass a string, number, boolean, array or plain object.`,
      );
    case 'object': {
      if (value === null) return undefined;
      if (csv && Array.isArray(value)) {
        const parts: string[] = [];
        for (const item of value) {
          const text = serializeParamValue(item, false, param);
          if (text !== undefined) parts.push(text);
        }
        return parts.join(',');
      }
      let json: string | undefined;
      try {
        json = JSON.stringify(value);
      } catch (cause) {
        throw new ParamEncodingError(
          param,
          'not-json',
          `the object cannot be converted to JSON ` +
            `(${cause instanceof Error ? cause.message.split('\n')[0] : 'unknown reason'}). Remove cycles and ` +
            `bigint values.`,
        );
      }
      if (json === undefined) {
        throw new ParamEncodingError(
          param,
          'not-json',
          'the object converts to nothing in JSON (its toJSON returned undefined). Pass a plain object or array.',
        );
      }
      // JSON.stringify escapes lone surrogates as \uXXXX, so the result is always well-formed.
      return json;
    }
  }
}

/** Sets a param on a params object; a "__proto__" param stays a param. */
export function setOwn(out: Record<string, string>, key: string, value: string): void {
  // Plain assignment to "__proto__" would change the prototype instead of adding a param.
  if (key === '__proto__')
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/**
 * Serializes every param with {@link serializeParamValue}, dropping `null`/`undefined`.
 * Param names must be well-formed UTF-16 too (they are sent, though not encoded in the base string).
 *
 * @param csvParams - Names of params sent as comma-separated lists when given as arrays.
 */
export function serializeParams(
  params: Record<string, unknown>,
  csvParams: readonly string[] = [],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    // Checked here so a bad name fails with the other param errors, before any attempt is signed.
    if (LONE_SURROGATE.test(key)) throw loneSurrogateError(key);
    const text = serializeParamValue(value, csvParams.includes(key), key);
    if (text !== undefined) setOwn(out, key, text);
  }
  return out;
}

/**
 * {@link serializeParams} straight into form params in code-point order, each encoded once for
 * both the base string and the body (see {@link FormParam}). Same checks, same errors.
 */
export function serializeForm(params: Record<string, unknown>, csvParams: readonly string[] = []): FormParam[] {
  const form: FormParam[] = [];
  for (const key of Object.keys(params)) {
    if (!isUnreserved(key) && LONE_SURROGATE.test(key)) throw loneSurrogateError(key);
    const value = params[key];
    // A string is its own wire text; formParam refuses a lone surrogate in it as serializeParamValue would.
    const text = typeof value === 'string' ? value : serializeParamValue(value, csvParams.includes(key), key);
    if (text !== undefined) form.push(formParam(key, text));
  }
  return sortForm(form);
}

/**
 * `scheme://host[:port]path` as it goes into the base string: scheme and host lower-cased, the
 * scheme's default port (80 for http, 443 for https) dropped, any other port kept, no user info,
 * query or fragment. The path is taken as the URL carries it on the wire.
 *
 * @throws GigyaConfigError when `url` is not an absolute URL.
 */
export function normalizeUrl(url: string | URL): string {
  let parsed: URL;
  if (typeof url === 'string') {
    try {
      parsed = new URL(url);
    } catch {
      throw new GigyaConfigError(
        'Cannot sign a request: its URL is not an absolute URL. Check the baseUrl / apiDomain options (e.g. ' +
          '"https://socialize.us1.gigya.com").',
      );
    }
  } else {
    parsed = url;
  }
  const scheme = parsed.protocol.toLowerCase(); // includes the trailing ':'
  // WHATWG URL already lower-cases the host and drops default ports of http/https; keep explicit for clarity.
  const host = parsed.hostname.toLowerCase();
  const port = parsed.port;
  const isDefault = port === '' || (scheme === 'http:' && port === '80') || (scheme === 'https:' && port === '443');
  return `${scheme}//${host}${isDefault ? '' : `:${port}`}${parsed.pathname}`;
}

/** Maps a UTF-16 code unit so that plain numeric order of mapped units equals code-point order. */
function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  // Surrogates encode code points above U+FFFF, so they must sort after U+E000..U+FFFF.
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/**
 * Orders strings by Unicode code point (= UTF-8 byte order, what the SDKs and Gigya use):
 * upper case before `_` before lower case. Not `localeCompare`.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/**
 * The OAuth-1.0-style signature base string Gigya verifies:
 * `UPPER(httpMethod)&enc(normalizeUrl(url))&enc(paramString)`.
 *
 * Values are serialized with {@link serializeParamValue} (null/undefined dropped), `sig` is
 * excluded, names are sorted by code point and are not encoded, values are RFC 3986 encoded, and
 * the whole param string is encoded once more (a space in a value ends up as `%2520`).
 */
export function buildSignatureBaseString(
  httpMethod: string,
  url: string | URL,
  params: Record<string, unknown>,
): string {
  // Names in code-point order, then each piece appended as it is encoded: no object per param.
  const names = Object.keys(params);
  sortNames(names);
  let text = signaturePrefix(httpMethod, url);
  let first = true;
  for (const key of names) {
    if (key === 'sig') continue;
    const value = params[key];
    // A string is its own wire text; encoding refuses a lone surrogate in it as serializeParamValue would.
    const wire = typeof value === 'string' ? value : serializeParamValue(value, false, key);
    if (wire === undefined) continue;
    const piece = `${encodeRfc3986(key, key)}%3D${encodeTwice(wire, encodeRfc3986(wire, key))}`;
    text += first ? piece : `%26${piece}`;
    first = false;
  }
  return text;
}

/**
 * The base string from its three parts, the URL already normalized and the param string already
 * joined: `UPPER(httpMethod)&enc(url)&enc(paramString)`. The signature diagnosis builds the base
 * strings of the usual mistakes with it.
 */
export function joinBaseString(httpMethod: string, normalizedUrl: string, paramString: string): string {
  return `${httpMethod.toUpperCase()}&${encodeRfc3986(normalizedUrl)}&${encodeRfc3986(paramString)}`;
}

/**
 * Sorts names in place in code-point order (insertion sort: a request has a handful of params).
 * Plain `<` is that order unless two names hold units at or above U+D800, which almost none do.
 */
function sortNames(names: string[]): void {
  let high = false;
  for (const name of names) if (!isUnreserved(name) && HIGH_UNIT.test(name)) high = true;
  for (let i = 1; i < names.length; i++) {
    const name = names[i] as string;
    let j = i;
    while (j > 0 && (high ? compareCodePoints(name, names[j - 1] as string) < 0 : name < (names[j - 1] as string))) {
      names[j] = names[j - 1] as string;
      j--;
    }
    names[j] = name;
  }
}

/**
 * `enc(enc(text))` from `encoded = enc(text)`. Encoded text holds only unreserved characters and
 * %XX, so encoding it again escapes just the `%`: encodeURIComponent does that faster than a
 * replace, and cannot throw on such text. Text that needed no escaping came back as the same string.
 */
function encodeTwice(text: string, encoded: string): string {
  return encoded === text ? encoded : encodeURIComponent(encoded);
}

/**
 * One param, encoded once for both texts that carry it. The param string inside the base string
 * and the form body differ only in that the body encodes names and the base string encodes the
 * whole param string once more, so both pieces come from one encoding of the name and the value.
 */
export interface FormParam extends SignedPiece {
  /** The value's wire text, as serialized. */
  readonly value: string;
  /** `enc(name)=enc(value)`, as the form body holds it. */
  readonly sent: string;
}

/** A param as the base string holds it. */
interface SignedPiece {
  readonly name: string;
  /** `name=enc(value)` encoded once more with the whole param string: `enc(name)%3Denc(enc(value))`. */
  readonly signed: string;
  /** The name has a UTF-16 unit at or above U+D800, where plain string order is not code-point order. */
  readonly high: boolean;
}

const HIGH_UNIT = /[\uD800-\uFFFF]/;

/** @throws ParamEncodingError when the name or the value holds an unpaired surrogate. */
export function formParam(name: string, value: string): FormParam {
  const encodedName = encodeRfc3986(name, name);
  return withValue(name, encodedName, encodedName !== name && HIGH_UNIT.test(name), value);
}

/**
 * Form params of one name for values that are unreserved text by construction (a timestamp's
 * digits, a nonce from {@link createNonce}): the value goes into both texts as it is, unchecked.
 */
export function unreservedParamOf(name: string): (value: string) => FormParam {
  const encodedName = encodeRfc3986(name, name);
  const high = encodedName !== name && HIGH_UNIT.test(name);
  const signedPrefix = `${encodedName}%3D`;
  const sentPrefix = `${encodedName}=`;
  return (value) => ({ name, value, signed: signedPrefix + value, sent: sentPrefix + value, high });
}

/**
 * Form params of one name for standard Base64 values (a signature): `+`, `/` and `=` are the only
 * characters to escape, and encodeURIComponent escapes exactly those.
 */
export function base64ParamOf(name: string): (value: string) => FormParam {
  const encodedName = encodeRfc3986(name, name);
  const high = encodedName !== name && HIGH_UNIT.test(name);
  return (value) => withValue(name, encodedName, high, value, encodeURIComponent(value));
}

function withValue(
  name: string,
  encodedName: string,
  high: boolean,
  value: string,
  encodedValue = encodeRfc3986(value, name),
): FormParam {
  return {
    name,
    value,
    signed: `${encodedName}%3D${encodeTwice(value, encodedValue)}`,
    sent: `${encodedName}=${encodedValue}`,
    high,
  };
}

/** Code-point order of two names. Plain `<` agrees with it unless both names hold units at or above U+D800. */
function precedes(a: SignedPiece, b: SignedPiece): boolean {
  return a.high && b.high ? compareCodePoints(a.name, b.name) < 0 : a.name < b.name;
}

/** Sorts params in place by name, in code-point order (names are unique, as in a params object). */
export function sortForm<T extends SignedPiece>(form: T[]): T[] {
  // Insertion sort: a request has a handful of params, and this costs no comparator call per step.
  for (let i = 1; i < form.length; i++) {
    const item = form[i] as T;
    let j = i;
    while (j > 0 && precedes(item, form[j - 1] as T)) {
      form[j] = form[j - 1] as T;
      j--;
    }
    form[j] = item;
  }
  return form;
}

/**
 * Adds `param` at its place in code-point order, replacing a param of the same name (in place).
 */
export function insertForm(form: FormParam[], param: FormParam): FormParam[] {
  let i = 0;
  while (i < form.length && precedes(form[i] as FormParam, param)) i++;
  if (i < form.length && (form[i] as FormParam).name === param.name) form[i] = param;
  else form.splice(i, 0, param);
  return form;
}

/** Two lists in code-point order as one new list; a name in both keeps `b`'s param. */
export function mergeForm(a: readonly FormParam[], b: readonly FormParam[]): FormParam[] {
  const out: FormParam[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as FormParam;
    const y = b[j] as FormParam;
    if (x.name === y.name) {
      out.push(y);
      i++;
      j++;
    } else if (precedes(x, y)) {
      out.push(x);
      i++;
    } else {
      out.push(y);
      j++;
    }
  }
  while (i < a.length) out.push(a[i++] as FormParam);
  while (j < b.length) out.push(b[j++] as FormParam);
  return out;
}

/** `sig` as the order of params sees it. */
const SIG_PIECE: SignedPiece = { name: 'sig', signed: '', high: false };

/** A signed attempt's texts: the form body, with `sig` at its place, and the signature itself. */
export interface SignedTexts {
  readonly body: string;
  readonly sig: string;
}

/**
 * Signs two lists in code-point order as if merged (a name in both keeps `b`'s param), in one
 * pass and without building the merged list: the base string is `prefix` plus each param's
 * signed piece, the body each param's sent piece with `sig=…` (from `hmac` of the base string)
 * in code-point order. Neither list may hold `sig`.
 */
export function signMerged(
  prefix: string,
  a: readonly FormParam[],
  b: readonly FormParam[],
  hmac: (base: string) => string,
): SignedTexts {
  let base = prefix;
  let before = '';
  let after = '';
  let first = true;
  let pastSig = false;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let p: FormParam;
    if (j >= b.length) p = a[i++] as FormParam;
    else if (i >= a.length) p = b[j++] as FormParam;
    else {
      const x = a[i] as FormParam;
      const y = b[j] as FormParam;
      if (x.name === y.name) {
        p = y;
        i++;
        j++;
      } else if (precedes(x, y)) {
        p = x;
        i++;
      } else {
        p = y;
        j++;
      }
    }
    base += first ? p.signed : `%26${p.signed}`;
    first = false;
    // The params come in order: once one follows sig, every later one does.
    if (!pastSig && precedes(p, SIG_PIECE)) before += before === '' ? p.sent : `&${p.sent}`;
    else {
      pastSig = true;
      after += `&${p.sent}`;
    }
  }
  const sig = hmac(base);
  // A Base64 signature: encodeURIComponent escapes exactly its `+`, `/` and `=`.
  const sent = `sig=${encodeURIComponent(sig)}`;
  return { body: before === '' ? sent + after : `${before}&${sent}${after}`, sig };
}

/** The params in code-point order as they go into the base string, after its `&`: `enc(k1=enc(v1)&k2=enc(v2)…)`. */
export function signedParamString(form: readonly SignedPiece[]): string {
  let text = '';
  for (let i = 0; i < form.length; i++)
    text += i === 0 ? (form[i] as SignedPiece).signed : `%26${(form[i] as SignedPiece).signed}`;
  return text;
}

/** The form body (or query string) of params in code-point order: `enc(k1)=enc(v1)&…`. */
export function formBody(form: readonly FormParam[]): string {
  let text = '';
  for (let i = 0; i < form.length; i++)
    text += i === 0 ? (form[i] as FormParam).sent : `&${(form[i] as FormParam).sent}`;
  return text;
}

/**
 * Base-string prefixes by the URL text: a client signs for a handful of URLs, again and again, and
 * nearly always with one HTTP method, whose prefix is kept whole (upper-casing it costs as much).
 */
const encodedUrls = new Map<string, { readonly encoded: string; method: string; prefix: string }>();
const ENCODED_URLS_MAX = 256;

/**
 * `UPPER(httpMethod)&enc(normalizeUrl(url))&`: the part of the base string before the params.
 *
 * @throws GigyaConfigError when `url` is not an absolute URL.
 */
export function signaturePrefix(httpMethod: string, url: string | URL): string {
  const key = typeof url === 'string' ? url : url.href;
  let entry = encodedUrls.get(key);
  if (entry === undefined) {
    const encoded = encodeRfc3986(normalizeUrl(url));
    if (encodedUrls.size >= ENCODED_URLS_MAX) encodedUrls.clear();
    entry = { encoded, method: '', prefix: '' };
    encodedUrls.set(key, entry);
  }
  if (entry.method !== httpMethod) {
    entry.prefix = `${httpMethod.toUpperCase()}&${entry.encoded}&`;
    entry.method = httpMethod;
  }
  return entry.prefix;
}

const BASE64_CHARS = /^[A-Za-z0-9+/]*$/;

function badSecret(reason: string): GigyaConfigError {
  return new GigyaConfigError(
    `The secret is not valid Base64: ${reason}. Copy it again exactly as shown in the Gigya console ` +
      `(Site Settings for a site secret, or the application key's page for a userKey secret).`,
  );
}

/**
 * Strict Base64 decoding of a site/user-key secret: standard alphabet (`+` and `/`), `=` padding
 * optional, no whitespace or other characters. Unlike the official SDKs (which silently skip bad
 * characters and then fail with a signature error on every call), a bad secret fails here, once.
 *
 * @throws GigyaConfigError for an empty or malformed secret. The message never contains the secret.
 */
export function decodeSecret(secret: string): Buffer {
  if (typeof secret !== 'string') throw badSecret(`expected a string, got ${secret === null ? 'null' : typeof secret}`);
  if (secret.length === 0) throw badSecret('it is empty (is the environment variable that should hold it set?)');
  const body = secret.replace(/={1,2}$/, '');
  if (!BASE64_CHARS.test(body)) {
    if (/\s/.test(secret))
      throw badSecret('it contains whitespace (check for a trailing newline or a space from copy and paste)');
    if (/[-_]/.test(body))
      throw badSecret('it uses the URL-safe alphabet ("-" or "_"); Gigya secrets use standard Base64 with "+" and "/"');
    throw badSecret('it contains characters outside the Base64 alphabet (A-Z a-z 0-9 + / and = padding at the end)');
  }
  const padded = body.length !== secret.length;
  if (body.length % 4 === 1 || (padded && secret.length % 4 !== 0)) {
    throw badSecret('its length is not a valid Base64 length (characters are missing or extra)');
  }
  const bytes = Buffer.from(body, 'base64');
  if (bytes.length === 0) throw badSecret('it decodes to no bytes');
  return bytes;
}

/**
 * `Base64(HMAC-SHA1(key, UTF-8(baseString)))`, standard alphabet with padding.
 *
 * @param secret - The Base64 secret (decoded strictly, see {@link decodeSecret}) or the already decoded key bytes.
 */
export function calcSignature(baseString: string, secret: string | Buffer): string {
  return hmacSha1Base64(baseString, secretKey(secret));
}

/** {@link calcSignature} with key bytes already checked. */
export function hmacSha1Base64(baseString: string, key: Buffer): string {
  // A string without an encoding is hashed as UTF-8; naming 'utf8' takes Node's slower argument checks.
  return createHmac('sha1', key).update(baseString).digest('base64');
}

/** The HMAC key: a Base64 secret decoded strictly, or key bytes as given (never empty). */
export function secretKey(secret: string | Buffer): Buffer {
  if (!Buffer.isBuffer(secret)) return decodeSecret(secret);
  if (secret.length === 0)
    throw new GigyaConfigError(
      'The secret key bytes are empty; pass the Base64 secret from the Gigya console, or its decoded bytes.',
    );
  return secret;
}

/**
 * A nonce unique per request: epoch ms plus a random UUID (122 random bits), URL-safe (only
 * unreserved characters, so it is sent and signed without escaping). `randomUUID` draws from a
 * cached entropy pool, which costs far less per call than a `randomBytes` system call.
 */
export function createNonce(): string {
  return `${Date.now()}_${randomUUID()}`;
}

/**
 * Constant-time comparison of two signatures (compares UTF-8 bytes with `timingSafeEqual`).
 * Returns false for different lengths or non-string input; only the length can leak through timing.
 */
export function signatureMatches(expected: string, actual: string): boolean {
  if (typeof expected !== 'string' || typeof actual !== 'string') return false;
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(actual, 'utf8');
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

/**
 * `application/x-www-form-urlencoded` body (or query string) for already serialized params:
 * names and values RFC 3986 encoded, names in code-point order, so the body reads like the base
 * string. Any correct form encoding works on the wire; this one is deterministic.
 */
export function encodeFormBody(params: Readonly<Record<string, string>>): string {
  return formBody(formOf(params));
}

/** Serialized params as form params in code-point order. */
export function formOf(params: Readonly<Record<string, string>>): FormParam[] {
  const form: FormParam[] = [];
  for (const key of Object.keys(params)) form.push(formParam(key, params[key] as string));
  return sortForm(form);
}
