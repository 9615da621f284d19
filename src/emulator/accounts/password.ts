/**
 * Passwords: stored only as salted hashes, compared in constant time, checked against the site's
 * `passwordComplexity` policy. A `PasswordHash` never prints or serializes its bytes.
 */
import { createHash, pbkdf2Sync, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { inspect } from 'node:util';

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * The emulator's own cost. A test suite registers and logs in users constantly, so the default is
 * lighter than a production setting (about 4 MiB, a few ms); it is still a salted one-way hash, which
 * is all the emulator promises. Raise it with the store's `passwordHashing` option.
 */
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 12, r: 8, p: 1 };

const SCRYPT_KEY_LENGTH = 32;

/** Algorithms `importFullAccount` records may carry (and the emulator can check at login). */
export const IMPORT_ALGORITHMS = [
  'md5',
  'sha1',
  'sha256',
  'sha512',
  'pbkdf2',
  'pbkdf2_sha256',
  'pbkdf2_sha512',
  'scrypt',
] as const;
export type HashAlgorithm = (typeof IMPORT_ALGORITHMS)[number];

export interface HashSettings {
  readonly algorithm: HashAlgorithm;
  /** Base64 salt (may be empty for unsalted digests). */
  readonly salt: string;
  /** Iterations for pbkdf2; N for scrypt. */
  readonly rounds?: number;
  /** How password and salt are combined before a plain digest, e.g. `$salt$password`. */
  readonly format?: string;
}

export class PasswordHash {
  readonly #hash: Buffer;
  readonly #salt: Buffer;
  readonly #settings: HashSettings;
  readonly #cost: ScryptCost | undefined;
  /** ms */
  readonly created: number;

  private constructor(hash: Buffer, salt: Buffer, settings: HashSettings, created: number, cost?: ScryptCost) {
    this.#hash = hash;
    this.#salt = salt;
    this.#settings = settings;
    this.#cost = cost;
    this.created = created;
  }

  get algorithm(): HashAlgorithm {
    return this.#settings.algorithm;
  }

  /** Hashes a clear password with scrypt and a fresh 16-byte salt. */
  static create(password: string, created: number, cost: ScryptCost = DEFAULT_SCRYPT_COST): PasswordHash {
    const salt = randomBytes(16);
    const hash = scrypt(password, salt, cost);
    return new PasswordHash(
      hash,
      salt,
      { algorithm: 'scrypt', salt: salt.toString('base64'), rounds: cost.N },
      created,
      cost,
    );
  }

  /**
   * Adopts a hash produced elsewhere (importFullAccount's `password: { hash, hashSettings }`).
   * Returns an error message for settings the emulator cannot check.
   */
  static fromImport(
    input: { hash: unknown; hashSettings?: unknown; created?: number },
    now: number,
  ): PasswordHash | string {
    if (typeof input.hash !== 'string' || input.hash === '') return 'password.hash must be a non-empty Base64 string';
    const hash = Buffer.from(input.hash, 'base64');
    if (hash.length === 0) return 'password.hash is not Base64';
    const settings = (
      typeof input.hashSettings === 'object' && input.hashSettings !== null ? input.hashSettings : {}
    ) as Record<string, unknown>;
    const algorithm = String(settings['algorithm'] ?? '').toLowerCase();
    if (!(IMPORT_ALGORITHMS as readonly string[]).includes(algorithm)) {
      return (
        `password.hashSettings.algorithm ${JSON.stringify(settings['algorithm'] ?? null)} is not one the ` +
        `emulator can check (${IMPORT_ALGORITHMS.join(', ')})`
      );
    }
    const salt = typeof settings['salt'] === 'string' ? settings['salt'] : '';
    const rounds = settings['rounds'] === undefined ? undefined : Number(settings['rounds']);
    if (rounds !== undefined && (!Number.isSafeInteger(rounds) || rounds < 1))
      return 'password.hashSettings.rounds must be a positive integer';
    if (algorithm.startsWith('pbkdf2') && rounds === undefined)
      return 'password.hashSettings.rounds is required for pbkdf2';
    const format = typeof settings['format'] === 'string' ? settings['format'] : undefined;
    const parsed: HashSettings = {
      algorithm: algorithm as HashAlgorithm,
      salt,
      ...(rounds === undefined ? {} : { rounds }),
      ...(format === undefined ? {} : { format }),
    };
    const cost =
      algorithm === 'scrypt'
        ? { N: rounds ?? DEFAULT_SCRYPT_COST.N, r: DEFAULT_SCRYPT_COST.r, p: DEFAULT_SCRYPT_COST.p }
        : undefined;
    return new PasswordHash(hash, Buffer.from(salt, 'base64'), parsed, input.created ?? now, cost);
  }

  /** Constant-time check of a clear password. */
  verify(password: string): boolean {
    const candidate = this.#derive(password);
    return candidate.length === this.#hash.length && timingSafeEqual(candidate, this.#hash);
  }

  #derive(password: string): Buffer {
    const { algorithm, rounds, format } = this.#settings;
    switch (algorithm) {
      case 'scrypt':
        return scrypt(password, this.#salt, this.#cost ?? DEFAULT_SCRYPT_COST, this.#hash.length);
      case 'pbkdf2':
      case 'pbkdf2_sha256':
      case 'pbkdf2_sha512': {
        const digest = algorithm === 'pbkdf2' ? 'sha1' : algorithm === 'pbkdf2_sha256' ? 'sha256' : 'sha512';
        return pbkdf2Sync(password, this.#salt, rounds ?? 1, this.#hash.length, digest);
      }
      default: {
        // Where the source gives no format, the salt goes first (sources are silent on the default).
        const template = format ?? (this.#salt.length > 0 ? '$salt$password' : '$password');
        const saltText = this.#salt.toString('utf8');
        const input = template.replaceAll('$password', password).replaceAll('$salt', saltText);
        return createHash(algorithm).update(input, 'utf8').digest();
      }
    }
  }

  /** Gigya's `password` section of an account (include=password): the hash and how it was made. */
  describe(): { hash: string; hashSettings: HashSettings; created: string } {
    return {
      hash: this.#hash.toString('base64'),
      hashSettings: { ...this.#settings },
      created: new Date(this.created).toISOString(),
    };
  }

  toJSON(): unknown {
    return { algorithm: this.algorithm };
  }

  [inspect.custom](): string {
    return `PasswordHash { ${this.algorithm} }`;
  }
}

function scrypt(password: string, salt: Buffer, cost: ScryptCost, length = SCRYPT_KEY_LENGTH): Buffer {
  return scryptSync(password.normalize('NFC'), salt, length, {
    N: cost.N,
    r: cost.r,
    p: cost.p,
    maxmem: 256 * cost.N * cost.r + 1024 * 1024,
  });
}

/** Gigya's `passwordComplexity` policy. */
export interface PasswordComplexity {
  readonly minLength: number;
  /** How many of the groups lower case, upper case, digits, others the password must use. */
  readonly minCharGroups: number;
  /** Extra regular expression the password must match, when set. */
  readonly regExp?: string;
}

/** The reason a password fails the policy, or undefined when it passes. Never echoes the password. */
export function complexityProblem(password: string, policy: PasswordComplexity): string | undefined {
  if ([...password].length < policy.minLength)
    return `Password does not meet complexity requirements: at least ${policy.minLength} characters are needed`;
  const groups = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length;
  if (groups < policy.minCharGroups) {
    return (
      `Password does not meet complexity requirements: use at least ${policy.minCharGroups} of lower case, ` +
      `upper case, digits and symbols`
    );
  }
  if (policy.regExp !== undefined) {
    let re: RegExp | undefined;
    try {
      re = new RegExp(policy.regExp);
    } catch {
      re = undefined;
    }
    if (re && !re.test(password))
      return 'Password does not meet complexity requirements: it does not match the site pattern';
  }
  return undefined;
}
