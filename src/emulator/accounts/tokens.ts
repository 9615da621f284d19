/**
 * Per-site RS256 keys for id_tokens and webhook JWTs: generated on first use, published as JWKs
 * (accounts.getJWTPublicKey) and rotatable. After a rotation the previous key stays published, so
 * tokens signed a moment ago still verify, until it is retired.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { signJwtRs256 } from '../../auth/jwt.js';
import type { Clock } from './outcome.js';

export interface PublicJwk {
  readonly kty: 'RSA';
  readonly alg: 'RS256';
  readonly use: 'sig';
  readonly kid: string;
  readonly n: string;
  readonly e: string;
}

interface SiteKey {
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly jwk: PublicJwk;
  readonly createdAt: number;
}

export interface JwtKeyringOptions {
  readonly now: Clock;
  /** Default 2048. */
  readonly modulusLength?: number;
  /** Keys published per site, the active one included; older retained keys are dropped beyond. Default 5. */
  readonly maxPublishedKeys?: number;
}

/**
 * Gigya's kids are Base64 of an upper-case hex SHA-1 thumbprint; the emulator derives its kids the
 * same way from the public key, so they look alike and are stable for a given key.
 */
function kidOf(publicKey: KeyObject): string {
  const der = publicKey.export({ format: 'der', type: 'spki' });
  const hex = createHash('sha1').update(der).digest('hex').toUpperCase();
  return Buffer.from(hex, 'ascii').toString('base64url');
}

function toSiteKey(privateKey: KeyObject, createdAt: number, kid?: string): SiteKey {
  const publicKey = createPublicKey(privateKey);
  const exported = publicKey.export({ format: 'jwk' });
  const id = kid ?? kidOf(publicKey);
  return {
    kid: id,
    privateKey,
    createdAt,
    jwk: { kty: 'RSA', alg: 'RS256', use: 'sig', kid: id, n: String(exported.n), e: String(exported.e) },
  };
}

export class JwtKeyring {
  readonly #now: Clock;
  readonly #bits: number;
  readonly #max: number;
  /** apiKey → keys, active first. */
  readonly #sites = new Map<string, SiteKey[]>();

  constructor(options: JwtKeyringOptions) {
    this.#now = options.now;
    this.#bits = options.modulusLength ?? 2048;
    this.#max = Math.max(1, options.maxPublishedKeys ?? 5);
  }

  #keys(apiKey: string): SiteKey[] {
    let keys = this.#sites.get(apiKey);
    if (!keys || keys.length === 0) {
      keys = [this.#generate()];
      this.#sites.set(apiKey, keys);
    }
    return keys;
  }

  #generate(): SiteKey {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: this.#bits });
    return toSiteKey(privateKey, this.#now());
  }

  /** kid of the key new tokens are signed with. */
  activeKid(apiKey: string): string {
    return (this.#keys(apiKey)[0] as SiteKey).kid;
  }

  /** The active key as a JWK (getJWTPublicKey without V2). */
  activeJwk(apiKey: string): PublicJwk {
    return { ...(this.#keys(apiKey)[0] as SiteKey).jwk };
  }

  /** Every published key, active first (getJWTPublicKey with V2=true). */
  jwks(apiKey: string): { keys: PublicJwk[] } {
    return { keys: this.#keys(apiKey).map((k) => ({ ...k.jwk })) };
  }

  /**
   * Makes a new key active. The previous ones stay published (up to `maxPublishedKeys`) unless
   * `retainPrevious` is false, which models an emergency rotation.
   */
  rotate(apiKey: string, options: { retainPrevious?: boolean; privateKey?: string | KeyObject } = {}): string {
    const fresh =
      options.privateKey === undefined ? this.#generate() : toSiteKey(readPrivateKey(options.privateKey), this.#now());
    const previous = options.retainPrevious === false ? [] : (this.#sites.get(apiKey) ?? []);
    this.#sites.set(apiKey, [fresh, ...previous.filter((k) => k.kid !== fresh.kid)].slice(0, this.#max));
    return fresh.kid;
  }

  /** Stops publishing a key; the active key cannot be retired (rotate first). */
  retire(apiKey: string, kid: string): boolean {
    const keys = this.#sites.get(apiKey);
    if (!keys || keys[0]?.kid === kid) return false;
    const rest = keys.filter((k) => k.kid !== kid);
    if (rest.length === keys.length) return false;
    this.#sites.set(apiKey, rest);
    return true;
  }

  /** Uses a given RSA private key (PEM or KeyObject) as the site's active key, e.g. from a fixture. */
  useKey(apiKey: string, privateKey: string | KeyObject, kid?: string): string {
    const key = toSiteKey(readPrivateKey(privateKey), this.#now(), kid);
    const rest = (this.#sites.get(apiKey) ?? []).filter((k) => k.kid !== key.kid);
    this.#sites.set(apiKey, [key, ...rest].slice(0, this.#max));
    return key.kid;
  }

  /** Signs claims with the site's active key; the header carries `kid` and any `header` extras (`dc`). */
  sign(apiKey: string, claims: Record<string, unknown>, header: Record<string, unknown> = {}): string {
    const key = this.#keys(apiKey)[0] as SiteKey;
    return signJwtRs256({ alg: 'RS256', typ: 'JWT', ...header, kid: key.kid }, claims, key.privateKey);
  }

  [inspect.custom](): string {
    return (
      `JwtKeyring ` +
      `{ ${[...this.#sites].map(([apiKey, keys]) => `${apiKey}: ${keys.map((k) => k.kid).join(', ')}`).join('; ')} }`
    );
  }

  toJSON(): unknown {
    return Object.fromEntries([...this.#sites].map(([apiKey, keys]) => [apiKey, keys.map((k) => k.kid)]));
  }
}

function readPrivateKey(key: string | KeyObject): KeyObject {
  const parsed = typeof key === 'string' ? createPrivateKey(key) : key;
  if (parsed.type !== 'private' || parsed.asymmetricKeyType !== 'rsa')
    throw new TypeError('An RSA private key is needed to sign RS256 tokens.');
  return parsed;
}

/** Gigya's issuer for id_tokens of a site. */
export function issuerOf(apiKey: string): string {
  return `https://fidm.gigya.com/jwt/${apiKey}/`;
}
