/**
 * State of the second-factor and passwordless flows: the short-lived tokens they hand around
 * (gigyaAssertion, providerAssertion, phvToken, sctToken, vToken, aToken, push tokens), each
 * account's registered factors (TOTP secret, phones, backup codes, push devices), and the site
 * settings the config methods read and write. Tokens are kept as SHA-256 digests; everything is
 * bounded, and nothing here is dumped by `toJSON` or `util.inspect`.
 */
import { createHash, createHmac, randomBytes, randomInt } from 'node:crypto';
import { inspect } from 'node:util';
import type { Clock } from './outcome.js';
import type { JsonObject } from './params.js';

function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

export type FlowTokenKind =
  | 'gigyaAssertion'
  | 'providerAssertion'
  | 'phvToken'
  | 'sctToken'
  | 'vToken'
  | 'aToken'
  | 'pushToken'
  | 'streamCursor';

export interface FlowToken {
  readonly kind: FlowTokenKind;
  readonly apiKey: string;
  readonly uid: string | undefined;
  readonly data: Readonly<JsonObject>;
  readonly expiresAt: number;
  /** Wrong codes left before the token dies. */
  attemptsLeft: number;
}

export interface TfaPhone {
  readonly id: string;
  readonly number: string;
  readonly method: 'sms' | 'voice';
  readonly lastVerification: number;
}

export interface PushDevice {
  readonly id: string;
  readonly info: Readonly<JsonObject>;
}

/** What an account has registered as second factors. */
export interface TfaFactors {
  totpSecret: string | undefined;
  phones: TfaPhone[];
  /** Email addresses verified through gigyaEmail (ids are stable per address). */
  emails: Array<{ readonly id: string; readonly email: string; readonly lastVerification: number }>;
  backupCodes: string[];
  pushDevices: PushDevice[];
}

/** Wrong codes accepted per token before it is spent. */
export const CODE_ATTEMPTS = 5;
const MAX_TOKENS = 20_000;

export class FactorStore {
  readonly #now: Clock;
  readonly #tokens = new Map<string, FlowToken>();
  readonly #factors = new Map<string, TfaFactors>();
  readonly #configs = new Map<string, JsonObject>();

  constructor(now: Clock) {
    this.#now = now;
  }

  /** Keeps a token under its digest; returns the token. */
  keep(
    kind: FlowTokenKind,
    apiKey: string,
    token: string,
    init: { uid?: string | undefined; data?: JsonObject; ttlMs: number; attempts?: number },
  ): string {
    if (this.#tokens.size >= MAX_TOKENS) this.#sweep();
    this.#tokens.set(`${kind}\u0000${tokenDigest(token)}`, {
      kind,
      apiKey,
      uid: init.uid,
      data: init.data ?? {},
      expiresAt: this.#now() + init.ttlMs,
      attemptsLeft: init.attempts ?? CODE_ATTEMPTS,
    });
    return token;
  }

  /** A fresh random token of a kind. */
  issue(
    kind: FlowTokenKind,
    apiKey: string,
    init: { uid?: string | undefined; data?: JsonObject; ttlMs: number; attempts?: number },
  ): string {
    return this.keep(kind, apiKey, `${kind === 'vToken' ? 'vt' : 'tk'}.${randomBytes(24).toString('base64url')}`, init);
  }

  /** The token's record, or undefined when unknown, expired, spent or of another site. */
  read(kind: FlowTokenKind, apiKey: string, token: string): FlowToken | undefined {
    const key = `${kind}\u0000${tokenDigest(token)}`;
    const record = this.#tokens.get(key);
    if (!record || record.apiKey !== apiKey) return undefined;
    if (record.expiresAt <= this.#now() || record.attemptsLeft <= 0) {
      this.#tokens.delete(key);
      return undefined;
    }
    return record;
  }

  /** Replaces a live token's data (e.g. a push approval). */
  update(kind: FlowTokenKind, apiKey: string, token: string, data: JsonObject): void {
    const record = this.read(kind, apiKey, token);
    if (record) this.#tokens.set(`${kind}\u0000${tokenDigest(token)}`, { ...record, data });
  }

  /** Spends a token: it works no more. */
  drop(kind: FlowTokenKind, token: string): void {
    this.#tokens.delete(`${kind}\u0000${tokenDigest(token)}`);
  }

  /** Counts a wrong code against the token; false once it has no attempts left (and is gone). */
  wrongCode(record: FlowToken): boolean {
    record.attemptsLeft -= 1;
    return record.attemptsLeft > 0;
  }

  factors(apiKey: string, uid: string): TfaFactors {
    const key = `${apiKey}\u0000${uid}`;
    let factors = this.#factors.get(key);
    if (!factors) {
      factors = { totpSecret: undefined, phones: [], emails: [], backupCodes: [], pushDevices: [] };
      this.#factors.set(key, factors);
    }
    return factors;
  }

  /** Forgets an account's factors (deleteAccount, resetTFA). */
  forget(apiKey: string, uid: string): void {
    this.#factors.delete(`${apiKey}\u0000${uid}`);
  }

  /** A site setting of a config method pair (auth.otp.email, auth.magiclink.email, …). */
  config(apiKey: string, name: string): JsonObject | undefined {
    return this.#configs.get(`${apiKey}\u0000${name}`);
  }

  setConfig(apiKey: string, name: string, value: JsonObject): void {
    this.#configs.set(`${apiKey}\u0000${name}`, value);
  }

  clear(): void {
    this.#tokens.clear();
    this.#factors.clear();
    this.#configs.clear();
  }

  #sweep(): void {
    const now = this.#now();
    for (const [key, record] of this.#tokens) if (record.expiresAt <= now) this.#tokens.delete(key);
    while (this.#tokens.size >= MAX_TOKENS) {
      const oldest = this.#tokens.keys().next();
      if (oldest.done) break;
      this.#tokens.delete(oldest.value);
    }
  }

  [inspect.custom](): string {
    return `FactorStore { ${this.#tokens.size} tokens, ${this.#factors.size} accounts with factors }`;
  }

  toJSON(): unknown {
    return { tokens: this.#tokens.size, accountsWithFactors: this.#factors.size };
  }
}

/** A numeric one-time code. */
export function newCode(digits = 6): string {
  return String(randomInt(0, 10 ** digits)).padStart(digits, '0');
}

// ---------------------------------------------------------------------------------------------
// TOTP (RFC 6238 over RFC 4226): SHA-1, 30-second steps, 6 digits, as authenticator apps use.
// ---------------------------------------------------------------------------------------------

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function base32Encode(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += BASE32[(value << (5 - bits)) & 31];
  return out;
}

export function base32Decode(text: string): Buffer {
  const clean = text.replace(/[\s=]/g, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const ch of clean) {
    const index = BASE32.indexOf(ch);
    if (index < 0) throw new TypeError('not base32 text');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

function hotp(secret: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(message).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

/**
 * The code an authenticator app shows at `atMs` for a TOTP secret: base32 text, or the
 * `otpauth://` URI of tfa.totp.register's qrCode. For tests of TOTP flows.
 */
export function totpCode(secretOrUri: string, atMs: number = Date.now()): string {
  const secret = secretOrUri.startsWith('otpauth://')
    ? (new URL(secretOrUri).searchParams.get('secret') ?? '')
    : secretOrUri;
  return hotp(base32Decode(secret), Math.floor(atMs / 30_000));
}

/** Whether a code matches the secret at `atMs`, one step of clock drift allowed either way. */
export function totpMatches(secret: string, code: string, atMs: number): boolean {
  const step = Math.floor(atMs / 30_000);
  const key = base32Decode(secret);
  for (const drift of [0, -1, 1]) if (hotp(key, step + drift) === code.trim()) return true;
  return false;
}

/** The key URI an authenticator app reads from the QR code. */
export function otpauthUri(secret: string, account: string, issuer: string): string {
  const label = encodeURIComponent(`${issuer}:${account}`);
  return (
    `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(issuer)}&algorithm=SHA1&digits=6&peri` +
    `od=30`
  );
}
