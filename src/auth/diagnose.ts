/**
 * Why a signature did not match: the base string and signature expected for a request, and the
 * usual mistakes tried one at a time (then the URL's parts together, then pairs) until one
 * reproduces the signature received. The emulator puts the result in its 403003 answers and its
 * inspector; `gigya-typed sign --compare` shows the same.
 *
 * Keys go in and never come out: the result holds base strings (values of secret-named params
 * redacted) and signatures, never a key. The base strings are built with the signer's own rules
 * (signing.ts); only the mistakes are spelled out here.
 */
import { createHmac } from 'node:crypto';
import { REDACTED, redactParams } from '../trace.js';
import { calcSignature, compareCodePoints, encodeRfc3986, joinBaseString, normalizeUrl } from './signing.js';

export type SignatureMistakeKind =
  | 'scheme'
  | 'host'
  | 'port'
  | 'http-method'
  | 'secret-not-decoded'
  | 'other-key'
  | 'space-as-plus'
  | 'plus-sent-unencoded'
  | 'values-not-encoded'
  | 'param-string-not-encoded'
  | 'values-double-encoded'
  | 'reserved-unencoded'
  | 'unsorted'
  | 'names-encoded'
  | 'param-not-signed'
  | 'signature-encoding'
  | 'digest';

export interface SignatureMistake {
  readonly kinds: readonly SignatureMistakeKind[];
  /** What went wrong and how to put it right, a sentence per mistake. */
  readonly explanation: string;
  /** The base string the received signature was computed over (secret-named values redacted). */
  readonly baseString: string;
}

export interface SignatureDiagnosis {
  /** The base string expected (values of secret-named params redacted; it holds no key). */
  readonly baseString: string;
  readonly expectedSignature: string;
  readonly receivedSignature: string;
  /** The key the signature must be made with, by name (`site secret`, `userKey secret`). */
  readonly keyName: string;
  /** The mistake that reproduces the received signature; undefined when none of those tried does. */
  readonly mistake: SignatureMistake | undefined;
  /** Candidate signatures computed. */
  readonly tried: number;
  /** The search stopped at its budget (a very large request) before trying every candidate. */
  readonly cutShort: boolean;
  /** One paragraph: the mistake found, or what to check when none was. */
  readonly summary: string;
}

export interface SignatureKey {
  /** How the key is called in messages: `site secret`, `userKey secret of AKey`. */
  readonly name: string;
  readonly key: Buffer;
  /** The Base64 text the key was decoded from, to try it undecoded. */
  readonly text?: string | undefined;
}

export interface OtherKey extends SignatureKey {
  /** What to do when the signature turns out to be made with this key. */
  readonly fix: string;
}

export interface DiagnoseInput {
  readonly httpMethod: string;
  /** The URL as the server saw it (normalized here). */
  readonly url: string;
  /** The params received, in arrival order; `sig` is left out of every base string. */
  readonly params: Readonly<Record<string, string>>;
  readonly received: string;
  readonly key: SignatureKey;
  /** Keys the caller may have signed with by mistake (the site secret when a userKey is sent, …). */
  readonly otherKeys?: readonly OtherKey[];
  /** Hosts the caller may have signed instead of the one the request reached (the Gigya host of the method). */
  readonly otherHosts?: readonly string[];
}

/** Bytes hashed at most: a 1 MB request still gets its single-mistake candidates, not every pair. */
const BYTE_BUDGET = 8 * 1024 * 1024;
const MAX_CANDIDATES = 600;
/** Params tried one by one as "not signed"; a request with more gets the first ones only. */
const MAX_DROPPED_PARAMS = 40;
/** Longest base string a summary quotes. */
const SUMMARY_BASE_MAX = 2_000;

type Entries = ReadonlyArray<readonly [string, string]>;

interface Deviation {
  readonly kinds: readonly SignatureMistakeKind[];
  readonly what: string;
}

interface UrlVariant extends Deviation {
  readonly url: string;
}

interface KeyVariant extends Deviation {
  readonly key: Buffer;
}

interface ParamVariant extends Deviation {
  /** The third part of the base string before (or, with `raw`, instead of) its final encoding. */
  readonly build: (entries: Entries) => string;
  readonly raw?: boolean;
}

interface Candidate {
  readonly method: string;
  readonly url: UrlVariant;
  readonly key: KeyVariant;
  readonly params: ParamVariant;
  readonly extra?: Deviation;
}

const NONE: Deviation = { kinds: [], what: '' };
const enc = (value: string): string => encodeRfc3986(value);
const pairs = (entries: Entries, value: (v: string) => string, name: (k: string) => string = (k) => k): string =>
  entries.map(([k, v]) => `${name(k)}=${value(v)}`).join('&');
const byCodePoint = (entries: Entries): Entries => [...entries].sort((a, b) => compareCodePoints(a[0], b[0]));

const CORRECT_PARAMS: ParamVariant = { ...NONE, build: (e) => pairs(byCodePoint(e), enc) };

/** Diagnoses a signature that did not match `input.key` over the request. */
export function diagnoseSignature(input: DiagnoseInput): SignatureDiagnosis {
  const entries: Entries = Object.entries(input.params).filter(([k]) => k !== 'sig');
  const url = normalizeUrl(input.url);
  const method = input.httpMethod.toUpperCase();
  const urls = urlVariants(url, input.otherHosts ?? []);
  const keys = keyVariants(input.key, input.otherKeys ?? []);
  const paramVariants = paramVariantsOf(entries);
  const correctUrl = urls[0] as UrlVariant;
  const correctKey = keys[0] as KeyVariant;
  const baseOf = (c: Candidate, e: Entries): string => {
    const part = c.params.build(e);
    return c.params.raw ? `${c.method}&${enc(c.url.url)}&${part}` : joinBaseString(c.method, c.url.url, part);
  };
  const expected: Candidate = { method, url: correctUrl, key: correctKey, params: CORRECT_PARAMS };
  const expectedBase = baseOf(expected, entries);
  const expectedSignature = calcSignature(expectedBase, input.key.key);
  const shown = (c: Candidate): string => displayBase(baseOf(c, redactedEntries(entries)));
  const finish = (mistake: SignatureMistake | undefined, tried: number, cutShort: boolean): SignatureDiagnosis => ({
    baseString: shown(expected),
    expectedSignature,
    receivedSignature: input.received,
    keyName: input.key.name,
    mistake,
    tried,
    cutShort,
    summary: summaryOf(mistake, shown(expected), input.key.name, cutShort),
  });

  const wire = signatureOnTheWire(input.received, expectedSignature, expectedBase, input.key.key);
  if (wire) return finish({ ...wire, baseString: shown(expected) }, 1, false);

  const methods = [method, method === 'POST' ? 'GET' : 'POST'];
  let tried = 0;
  let hashed = 0;
  for (const candidate of candidates(methods, urls, keys, paramVariants)) {
    if (tried >= MAX_CANDIDATES || hashed >= BYTE_BUDGET) return finish(undefined, tried, true);
    const base = baseOf(candidate, entries);
    tried += 1;
    hashed += base.length;
    if (calcSignature(base, candidate.key.key) !== input.received) continue;
    const deviations = [candidate.url, candidate.key, candidate.params, candidate.extra ?? NONE].filter(
      (d) => d.kinds.length > 0,
    );
    if (candidate.method !== method)
      deviations.unshift({
        kinds: ['http-method'],
        what: `It was signed as ${candidate.method}, but sent as ${method}: sign the HTTP method the request uses.`,
      });
    return finish(
      {
        kinds: deviations.flatMap((d) => d.kinds),
        explanation: deviations.map((d) => d.what).join(' '),
        baseString: shown(candidate),
      },
      tried,
      false,
    );
  }
  return finish(undefined, tried, false);
}

/** Single mistakes first, then the URL's parts together, then pairs of mistakes of different kinds. */
function* candidates(
  methods: readonly string[],
  urls: readonly UrlVariant[],
  keys: readonly KeyVariant[],
  params: readonly ParamVariant[],
): Generator<Candidate> {
  const [method = 'POST', otherMethod = 'GET'] = methods;
  const [url, ...otherUrls] = urls as [UrlVariant, ...UrlVariant[]];
  const [key, ...otherKeys] = keys as [KeyVariant, ...KeyVariant[]];
  const singleUrls = otherUrls.filter((u) => u.kinds.length === 1);
  const multiUrls = otherUrls.filter((u) => u.kinds.length > 1);
  yield { method: otherMethod, url, key, params: CORRECT_PARAMS };
  for (const u of singleUrls) yield { method, url: u, key, params: CORRECT_PARAMS };
  for (const k of otherKeys) yield { method, url, key: k, params: CORRECT_PARAMS };
  for (const p of params) yield { method, url, key, params: p };
  for (const u of multiUrls) yield { method, url: u, key, params: CORRECT_PARAMS };
  for (const u of otherUrls) for (const k of otherKeys) yield { method, url: u, key: k, params: CORRECT_PARAMS };
  for (const u of otherUrls) yield { method: otherMethod, url: u, key, params: CORRECT_PARAMS };
  for (const k of otherKeys) for (const p of params) yield { method, url, key: k, params: p };
  for (const u of singleUrls) for (const p of params) yield { method, url: u, key, params: p };
  for (const p of params) yield { method: otherMethod, url, key, params: p };
}

/** The URL as received first, then every mix of the other scheme, host aliases and port spellings. */
function urlVariants(normalized: string, otherHosts: readonly string[]): UrlVariant[] {
  const parsed = new URL(normalized);
  const scheme = parsed.protocol.slice(0, -1);
  const otherScheme = scheme === 'https' ? 'http' : 'https';
  const host = parsed.hostname;
  const path = parsed.pathname;
  const defaultPort = (s: string): string => (s === 'https' ? '443' : '80');
  const hosts: Array<{ host: string; what: string | undefined; ownPort: boolean }> = [
    { host, what: undefined, ownPort: true },
    ...loopbackAliases(host).map((alias) => ({ host: alias, what: alias, ownPort: true })),
    ...otherHosts
      .map((h) => h.toLowerCase())
      .filter((h) => h !== host)
      .map((h) => ({ host: h, what: h, ownPort: false })),
  ];
  const out: UrlVariant[] = [];
  for (const s of [scheme, otherScheme]) {
    for (const h of hosts) {
      const ports: Array<{ port: string; what: string | undefined }> = [];
      if (h.ownPort && parsed.port !== '') {
        ports.push({ port: `:${parsed.port}`, what: undefined });
        ports.push({
          port: '',
          what:
            `It was signed over the URL without its port (:${parsed.port}); a non-default port is part of the ` +
            `base string. (SAP's .NET SDK leaves it out: start the emulator with acceptSignatureWithoutPort for it.)`,
        });
      } else {
        ports.push({ port: '', what: undefined });
        ports.push({
          port: `:${defaultPort(s)}`,
          what:
            `It was signed with the default port :${defaultPort(s)} written out; the base string leaves a ` +
            `scheme's default port out.`,
        });
      }
      for (const p of ports) {
        const deviations: Deviation[] = [];
        if (s !== scheme)
          deviations.push({
            kinds: ['scheme'],
            what:
              `It was signed over ${s}://, but the request arrived over ${scheme}://: sign the scheme the ` +
              `request is sent with (behind a proxy that ends TLS, the server sees the scheme it forwards).`,
          });
        if (h.what !== undefined)
          deviations.push({
            kinds: ['host'],
            what:
              `It was signed for host ${h.what}${h.ownPort ? '' : ' (on its default port)'}, but the request ` +
              `was addressed to ${parsed.host}: sign the URL the request is sent to.`,
          });
        if (p.what !== undefined) deviations.push({ kinds: ['port'], what: p.what });
        out.push({
          url: `${s}://${h.host}${p.port}${path}`,
          kinds: deviations.flatMap((d) => d.kinds),
          what: deviations.map((d) => d.what).join(' '),
        });
      }
    }
  }
  // Fewest changes first; the received URL leads.
  return out.sort((a, b) => a.kinds.length - b.kinds.length);
}

function loopbackAliases(host: string): string[] {
  const loopback = ['localhost', '127.0.0.1', '[::1]'];
  return loopback.includes(host) ? loopback.filter((h) => h !== host) : [];
}

function keyVariants(key: SignatureKey, others: readonly OtherKey[]): KeyVariant[] {
  const out: KeyVariant[] = [{ ...NONE, key: key.key }];
  if (key.text !== undefined && key.text !== '')
    out.push({
      kinds: ['secret-not-decoded'],
      what:
        `The HMAC key was the ${key.name}'s Base64 text itself: decode the secret from Base64 and sign with ` +
        `those bytes.`,
      key: Buffer.from(key.text, 'utf8'),
    });
  for (const other of others)
    out.push({ kinds: ['other-key'], what: `It was signed with the ${other.name}: ${other.fix}`, key: other.key });
  return out;
}

/** The param-string mistakes that change something for these params. */
function paramVariantsOf(entries: Entries): ParamVariant[] {
  const sorted = byCodePoint(entries);
  const correct = pairs(sorted, enc);
  const values = entries.map(([, v]) => v);
  const someValue = (test: (v: string) => boolean): boolean => values.some(test);
  const out: ParamVariant[] = [];
  const add = (variant: ParamVariant): void => {
    if (variant.raw || variant.build(entries) !== correct) out.push(variant);
  };
  if (someValue((v) => v.includes(' '))) {
    add({
      kinds: ['space-as-plus'],
      what:
        'Spaces were encoded as "+" (form encoding); the base string encodes a space as %20, which the final ' +
        'encoding turns into %2520.',
      build: (e) => pairs(byCodePoint(e), (v) => enc(v).replace(/%20/g, '+')),
    });
    add({
      kinds: ['plus-sent-unencoded'],
      what:
        'A "+" in a value reached the server as a space: it was signed as "+" but sent without ' +
        'percent-encoding, and form decoding reads "+" as a space. Send it as %2B.',
      build: (e) => pairs(byCodePoint(e), (v) => enc(v.replace(/ /g, '+'))),
    });
  }
  add({
    kinds: ['values-not-encoded'],
    what:
      'Values went into the param string without percent-encoding (a space shows as %20 in the base string, ' +
      'where %2520 belongs): encode each value (RFC 3986), then the whole param string once more.',
    build: (e) => pairs(byCodePoint(e), (v) => v),
  });
  add({
    kinds: ['param-string-not-encoded'],
    what:
      'The param string was not percent-encoded as the third part of the base string: "k=v&…" must become ' +
      '"k%3Dv%26…".',
    build: (e) => pairs(byCodePoint(e), enc),
    raw: true,
  });
  add({
    kinds: ['values-double-encoded'],
    what:
      'Values were percent-encoded twice before joining (a space became %2520 in the param string): encode each ' +
      'value once.',
    build: (e) => pairs(byCodePoint(e), (v) => enc(enc(v))),
  });
  if (someValue((v) => /[!'()*]/.test(v)))
    add({
      kinds: ['reserved-unencoded'],
      what:
        `The characters ! ' ( ) * were left as they are (encodeURIComponent does); RFC 3986 encoding, which the ` +
        `base string uses, encodes them (%21 %27 %28 %29 %2A).`,
      build: (e) => pairs(byCodePoint(e), encodeURIComponent),
    });
  add({
    kinds: ['unsorted'],
    what: 'The params were signed in the order they were sent; the base string sorts them by name, by code point.',
    build: (e) => pairs(e, enc),
  });
  add({
    kinds: ['unsorted'],
    what:
      'The params were sorted with localeCompare (ignoring case); the base string sorts names by code point, ' +
      'upper case before "_" before lower case.',
    build: (e) =>
      pairs(
        [...e].sort((a, b) => a[0].localeCompare(b[0])),
        enc,
      ),
  });
  add({
    kinds: ['names-encoded'],
    what: 'Param names were percent-encoded in the param string; only the values are.',
    build: (e) => pairs(byCodePoint(e), enc, enc),
  });
  const names = entries.map(([k]) => k).filter((k) => k !== 'timestamp' && k !== 'nonce');
  for (const name of names.slice(0, MAX_DROPPED_PARAMS))
    add({
      kinds: ['param-not-signed'],
      what:
        `Param "${name}" is not in the signature: it was added after signing (by the code or a proxy). Sign ` +
        `every param sent, except sig.`,
      build: (e) => pairs(byCodePoint(e.filter(([k]) => k !== name)), enc),
    });
  return out;
}

/**
 * A right signature spoiled on its way: `+` read as spaces, the URL-safe alphabet, no padding, encoded twice, hex,
 * SHA-256.
 */
function signatureOnTheWire(
  received: string,
  expected: string,
  base: string,
  key: Buffer,
): Omit<SignatureMistake, 'baseString'> | undefined {
  const wire = (what: string): Omit<SignatureMistake, 'baseString'> => ({
    kinds: ['signature-encoding'],
    explanation: what,
  });
  if (received.replace(/ /g, '+') === expected && received !== expected)
    return wire(
      'The signature is right, but its "+" characters arrived as spaces: percent-encode the sig param on the wire ' +
        '(%2B).',
    );
  const urlSafe = expected.replace(/\+/g, '-').replace(/\//g, '_');
  if (received === urlSafe || received === urlSafe.replace(/=+$/, ''))
    return wire('The signature is right but written in the URL-safe Base64 alphabet (- and _); send it with + and /.');
  if (received === expected.replace(/=+$/, ''))
    return wire('The signature is right but lost its "=" padding: send the Base64 signature whole.');
  if (received.includes('%') && safeDecode(received) === expected)
    return wire('The signature is right but was percent-encoded twice on the wire: encode the body once.');
  if (received.toLowerCase() === createHmac('sha1', key).update(base, 'utf8').digest('hex'))
    return { kinds: ['digest'], explanation: 'The HMAC-SHA1 is right but written in hex: send it in Base64.' };
  if (received === createHmac('sha256', key).update(base, 'utf8').digest('base64'))
    return { kinds: ['digest'], explanation: 'The signature is an HMAC-SHA256; Gigya signs with HMAC-SHA1.' };
  return undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/** The entries with secret-named values (and JWTs) replaced, for base strings that are shown. */
function redactedEntries(entries: Entries): Entries {
  const redacted = redactParams(Object.fromEntries(entries));
  return entries.map(([k]) => [k, redacted[k] as string] as const);
}

/** `[REDACTED]` however many times the base string encoded it. */
const ENCODED_REDACTED = new RegExp(`(?:%(?:25)*5B|\\[)${REDACTED.slice(1, -1)}(?:%(?:25)*5D|\\])`, 'g');

function displayBase(base: string): string {
  return base.replace(ENCODED_REDACTED, REDACTED);
}

function summaryOf(
  mistake: SignatureMistake | undefined,
  expectedBase: string,
  keyName: string,
  cutShort: boolean,
): string {
  const quoted = expectedBase.length > SUMMARY_BASE_MAX ? `${expectedBase.slice(0, SUMMARY_BASE_MAX)}…` : expectedBase;
  if (mistake) return `Diagnosis: ${mistake.explanation} Expected base string: ${quoted}`;
  const searched = cutShort
    ? 'The search for the usual mistakes stopped early (a very large request); none of those tried'
    : 'None of the usual mistakes (scheme, host, port, HTTP method, secret not Base64-decoded, another key, + or ' +
      '%20 for spaces, encoding twice or not at all, unsorted or unsigned params)';
  return (
    `Diagnosis: ${searched} reproduces the signature received. Check that it is made with ` +
    `the ${keyName}, over exactly the params sent. Expected base string: ${quoted}`
  );
}
