/**
 * The accounts state of the emulator: sites with their schema and policies, accounts with their
 * login-ID and identity indexes, password hashes, sessions, lockouts, regTokens, reset tokens, an
 * outbox of would-be e-mails, search cursors and JWT keys. Every collection is bounded.
 *
 * Secrets stay inside: password hashes and tokens live in maps that `toJSON` and `util.inspect`
 * never show, and tokens are kept only as SHA-256 digests.
 */
import { createHash, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { freezeDeep } from './merge.js';
import {
  DERIVED,
  DEFAULT_LIMITS,
  DEFAULT_POLICIES,
  REG_TOKEN_TTL_MS,
  type AccountEvent,
  type AccountLimits,
  type AccountRecord,
  type Identity,
  type LockoutState,
  type OutboxMessage,
  type PendingPurpose,
  type PendingToken,
  type PoliciesInput,
  type ProviderUser,
  type ResetToken,
  type SessionRecord,
  type SitePolicies,
} from './model.js';
import type { Clock } from './outcome.js';
import { DEFAULT_SCRYPT_COST, PasswordHash, type ScryptCost } from './password.js';
import { isPlainObject } from './params.js';
import { SiteSchema, type SetSchemaInput } from './schema.js';
import { FactorStore } from './factors.js';
import { CursorRegistry } from './search/cursors.js';
import { JwtKeyring } from './tokens.js';
import { WebhookRegistry } from './webhooks/registry.js';

export interface AccountStoreOptions {
  now?: Clock;
  limits?: Partial<AccountLimits>;
  /** scrypt cost for passwords set in the emulator. */
  passwordHashing?: ScryptCost;
  /** How long an unused search cursor lives. Default 5 minutes. */
  cursorTtlMs?: number;
  /** RSA modulus length of generated JWT keys. Default 2048. */
  jwtKeyBits?: number;
}

export interface SiteRecord {
  readonly apiKey: string;
  /** Data center label for JWT headers (`dc`), e.g. `us1`. */
  dataCenter: string | undefined;
  readonly schema: SiteSchema;
  policies: SitePolicies;
  readonly accounts: Map<string, AccountRecord>;
}

/** Internal per-site state kept out of `SiteRecord` so it can never be dumped by accident. */
interface SiteSecrets {
  readonly loginIndex: Map<string, string>;
  readonly identityIndex: Map<string, string>;
  readonly credentials: Map<string, PasswordHash>;
  readonly sessions: Map<string, SessionRecord[]>;
  readonly lockouts: Map<string, LockoutState>;
  readonly pending: Map<string, PendingToken>;
  readonly resets: Map<string, ResetToken>;
  readonly outbox: OutboxMessage[];
  /** What each social provider answers about a token, keyed provider NUL token. */
  readonly providerUsers: Map<string, ProviderUser>;
}

export class AccountStoreError extends Error {
  override readonly name = 'AccountStoreError';
  constructor(
    message: string,
    readonly errorCode: number,
  ) {
    super(message);
  }
}

export type LoginIdKind = 'email' | 'username' | 'phone';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

function normalizePhone(phone: string): string {
  return phone.replace(/[\s().-]/g, '');
}

function loginKey(kind: LoginIdKind, value: string): string {
  const v =
    kind === 'email' ? normalizeEmail(value) : kind === 'phone' ? normalizePhone(value) : value.trim().toLowerCase();
  return `${kind}:${v}`;
}

export function tokenDigest(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('base64url');
}

/** Random URL-safe text in Gigya's token style (`st2.s.…`). */
export function newToken(prefix = 'st2.s.'): string {
  return `${prefix}${randomBytes(24).toString('base64url')}`;
}

/** 32 lower-case hex characters, as Gigya's generated UIDs. */
export function newUid(): string {
  return randomBytes(16).toString('hex');
}

export function resolvePolicies(base: SitePolicies, input: PoliciesInput | undefined): SitePolicies {
  if (!input) return base;
  return {
    accountOptions: { ...base.accountOptions, ...input.accountOptions },
    passwordComplexity: { ...base.passwordComplexity, ...input.passwordComplexity },
    security: { accountLockout: { ...base.security.accountLockout, ...input.security?.accountLockout } },
    passwordReset: { ...base.passwordReset, ...input.passwordReset },
    registration: { ...base.registration, ...input.registration },
    twoFactorAuth: { providers: input.twoFactorAuth?.providers ?? base.twoFactorAuth.providers },
  };
}

export function blankAccount(uid: string, now: number): AccountRecord {
  return {
    UID: uid,
    profile: {},
    data: {},
    preferences: {},
    subscriptions: {},
    internal: {},
    loginEmails: [],
    username: undefined,
    phoneNumber: undefined,
    identities: [],
    isRegistered: false,
    isVerified: false,
    isActive: true,
    created: now,
    registered: undefined,
    verified: undefined,
    lastLogin: undefined,
    lastUpdated: now,
    oldestDataUpdated: now,
    loginProvider: undefined,
    regSource: undefined,
    lang: undefined,
    hasPassword: false,
  };
}

/** Freezes a version for storage, with an empty holder for its derived views. */
function stored(account: AccountRecord): AccountRecord {
  const copy = { ...account };
  Object.defineProperty(copy, DERIVED, { value: {}, enumerable: false });
  return freezeDeep(copy);
}

/** The login-ID index keys of an account. */
function loginKeysOf(account: AccountRecord): string[] {
  const keys = account.loginEmails.map((e) => loginKey('email', e.email));
  if (account.username !== undefined) keys.push(loginKey('username', account.username));
  if (account.phoneNumber !== undefined) keys.push(loginKey('phone', account.phoneNumber));
  return keys;
}

function identityKey(provider: string, providerUID: string): string {
  return `${provider.toLowerCase()}\u0000${providerUID}`;
}

export class AccountStore {
  readonly #now: Clock;
  readonly limits: AccountLimits;
  readonly passwordCost: ScryptCost;
  readonly #sites = new Map<string, SiteRecord>();
  readonly #secrets = new Map<string, SiteSecrets>();
  readonly #listeners = new Set<(event: AccountEvent) => void>();
  #silent = 0;
  /** Per site, the account events in order, for accounts.stream (bounded: the oldest are dropped). */
  readonly #changes = new Map<string, Array<AccountEvent & { readonly seq: number }>>();
  #changeSeq = 0;
  readonly cursors: CursorRegistry;
  readonly keys: JwtKeyring;
  /** Second factors and passwordless flows (tfa, otp, auth). */
  readonly factors: FactorStore;
  /** Webhooks configured through accounts.webhooks.set. */
  readonly webhooks = new WebhookRegistry();

  constructor(options: AccountStoreOptions = {}) {
    this.#now = options.now ?? Date.now;
    this.limits = { ...DEFAULT_LIMITS, ...options.limits };
    this.passwordCost = options.passwordHashing ?? DEFAULT_SCRYPT_COST;
    this.cursors = new CursorRegistry({
      now: this.#now,
      ttlMs: options.cursorTtlMs ?? 5 * 60 * 1000,
      max: this.limits.maxOpenCursors,
    });
    this.factors = new FactorStore(this.#now);
    this.keys = new JwtKeyring({
      now: this.#now,
      ...(options.jwtKeyBits === undefined ? {} : { modulusLength: options.jwtKeyBits }),
    });
  }

  now(): number {
    return this.#now();
  }

  // -------------------------------------------------------------------------------------------
  // Sites
  // -------------------------------------------------------------------------------------------

  /** Creates a site (or returns it if it exists), with optional schema and policies. */
  addSite(
    apiKey: string,
    init: { schema?: SetSchemaInput; policies?: PoliciesInput; dataCenter?: string } = {},
  ): SiteRecord {
    let site = this.#sites.get(apiKey);
    if (!site) {
      site = {
        apiKey,
        dataCenter: undefined,
        schema: new SiteSchema(),
        policies: DEFAULT_POLICIES,
        accounts: new Map(),
      };
      this.#sites.set(apiKey, site);
      this.#secrets.set(apiKey, {
        loginIndex: new Map(),
        identityIndex: new Map(),
        credentials: new Map(),
        sessions: new Map(),
        lockouts: new Map(),
        pending: new Map(),
        resets: new Map(),
        outbox: [],
        providerUsers: new Map(),
      });
    }
    if (init.schema) {
      const errors = site.schema.apply(init.schema);
      if (errors.length > 0)
        throw new AccountStoreError(
          `Invalid schema for site ${apiKey}: ${errors.map((e) => `${e.fieldName}: ${e.message}`).join('; ')}`,
          400006,
        );
    }
    if (init.policies) site.policies = resolvePolicies(site.policies, init.policies);
    if (init.dataCenter !== undefined) site.dataCenter = init.dataCenter;
    return site;
  }

  site(apiKey: string): SiteRecord | undefined {
    return this.#sites.get(apiKey);
  }

  /** The site, created on first use: every apiKey the emulator serves has an accounts site. */
  ensureSite(apiKey: string): SiteRecord {
    return this.#sites.get(apiKey) ?? this.addSite(apiKey);
  }

  siteKeys(): string[] {
    return [...this.#sites.keys()];
  }

  #s(apiKey: string): { site: SiteRecord; secrets: SiteSecrets } {
    const site = this.ensureSite(apiKey);
    return { site, secrets: this.#secrets.get(apiKey) as SiteSecrets };
  }

  // -------------------------------------------------------------------------------------------
  // Accounts
  // -------------------------------------------------------------------------------------------

  account(apiKey: string, uid: string): AccountRecord | undefined {
    return this.#sites.get(apiKey)?.accounts.get(uid);
  }

  accounts(apiKey: string): IterableIterator<AccountRecord> {
    return this.ensureSite(apiKey).accounts.values();
  }

  accountCount(apiKey: string): number {
    return this.#sites.get(apiKey)?.accounts.size ?? 0;
  }

  /** The owner of a login ID (email, username or phone), by the kinds given. */
  findByLoginID(
    apiKey: string,
    loginID: string,
    kinds: readonly LoginIdKind[] = ['email', 'username', 'phone'],
  ): AccountRecord | undefined {
    const { site, secrets } = this.#s(apiKey);
    for (const kind of kinds) {
      const uid = secrets.loginIndex.get(loginKey(kind, loginID));
      if (uid !== undefined) return site.accounts.get(uid);
    }
    return undefined;
  }

  /** The UID holding a login ID of a kind, if any. */
  loginIdOwner(apiKey: string, kind: LoginIdKind, value: string): string | undefined {
    return this.#s(apiKey).secrets.loginIndex.get(loginKey(kind, value));
  }

  findByIdentity(apiKey: string, provider: string, providerUID: string): AccountRecord | undefined {
    const { site, secrets } = this.#s(apiKey);
    const uid = secrets.identityIndex.get(identityKey(provider, providerUID));
    return uid === undefined ? undefined : site.accounts.get(uid);
  }

  /**
   * Stores a new account. Throws AccountStoreError 400124 when the site is full, 409001 when the UID
   * exists, 400003 when a login ID or identity belongs to another account.
   */
  insert(apiKey: string, account: AccountRecord, password?: PasswordHash): AccountRecord {
    const { site, secrets } = this.#s(apiKey);
    if (site.accounts.has(account.UID))
      throw new AccountStoreError(`An account with UID ${account.UID} exists.`, 409001);
    if (site.accounts.size >= this.limits.maxAccountsPerSite) {
      throw new AccountStoreError(
        `The emulator holds at most ${this.limits.maxAccountsPerSite} accounts per site (option ` +
          `limits.maxAccountsPerSite).`,
        400124,
      );
    }
    this.#checkBounds(account);
    this.#checkUnique(secrets, account);
    const version = stored({ ...account, hasPassword: password !== undefined || account.hasPassword });
    site.accounts.set(account.UID, version);
    this.#index(secrets, undefined, version);
    if (password) secrets.credentials.set(account.UID, password);
    return version;
  }

  /** Replaces an account with a new version (same UID), re-indexing its login IDs and identities. */
  replace(apiKey: string, next: AccountRecord): AccountRecord {
    const { site, secrets } = this.#s(apiKey);
    const previous = site.accounts.get(next.UID);
    if (!previous) throw new AccountStoreError(`No account with UID ${next.UID}.`, 403005);
    this.#checkBounds(next);
    this.#checkUnique(secrets, next);
    const version = stored({ ...next, hasPassword: secrets.credentials.has(next.UID) });
    site.accounts.set(next.UID, version);
    this.#index(secrets, previous, version);
    return version;
  }

  /** Deletes an account with its sessions, tokens, password and lockout. */
  remove(apiKey: string, uid: string): AccountRecord | undefined {
    const { site, secrets } = this.#s(apiKey);
    const account = site.accounts.get(uid);
    if (!account) return undefined;
    site.accounts.delete(uid);
    this.#index(secrets, account, undefined);
    secrets.credentials.delete(uid);
    secrets.sessions.delete(uid);
    secrets.lockouts.delete(uid);
    for (const [key, token] of secrets.pending) if (token.uid === uid) secrets.pending.delete(key);
    for (const [key, token] of secrets.resets) if (token.uid === uid) secrets.resets.delete(key);
    this.factors.forget(apiKey, uid);
    return account;
  }

  #checkBounds(account: AccountRecord): void {
    if (account.identities.length > this.limits.maxIdentitiesPerAccount) {
      throw new AccountStoreError(
        `An account holds at most ${this.limits.maxIdentitiesPerAccount} identities in the emulator.`,
        400124,
      );
    }
    if (account.loginEmails.length > this.limits.maxLoginEmailsPerAccount) {
      throw new AccountStoreError(
        `An account holds at most ${this.limits.maxLoginEmailsPerAccount} login emails in the emulator.`,
        400124,
      );
    }
  }

  #checkUnique(secrets: SiteSecrets, account: AccountRecord): void {
    for (const key of loginKeysOf(account)) {
      const owner = secrets.loginIndex.get(key);
      if (owner !== undefined && owner !== account.UID) {
        const kind = key.slice(0, key.indexOf(':'));
        throw new AccountStoreError(
          `${kind === 'email' ? 'email' : kind === 'username' ? 'username' : 'phone number'} already exists`,
          400003,
        );
      }
    }
    for (const identity of account.identities) {
      const owner = secrets.identityIndex.get(identityKey(identity.provider, identity.providerUID));
      if (owner !== undefined && owner !== account.UID)
        throw new AccountStoreError(`The ${identity.provider} identity belongs to another account.`, 409001);
    }
  }

  #index(secrets: SiteSecrets, previous: AccountRecord | undefined, next: AccountRecord | undefined): void {
    if (previous) {
      for (const key of loginKeysOf(previous))
        if (secrets.loginIndex.get(key) === previous.UID) secrets.loginIndex.delete(key);
      for (const i of previous.identities) {
        const key = identityKey(i.provider, i.providerUID);
        if (secrets.identityIndex.get(key) === previous.UID) secrets.identityIndex.delete(key);
      }
    }
    if (next) {
      for (const key of loginKeysOf(next)) secrets.loginIndex.set(key, next.UID);
      for (const i of next.identities) secrets.identityIndex.set(identityKey(i.provider, i.providerUID), next.UID);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Passwords and lockouts
  // -------------------------------------------------------------------------------------------

  hashPassword(password: string): PasswordHash {
    return PasswordHash.create(password, this.#now(), this.passwordCost);
  }

  passwordOf(apiKey: string, uid: string): PasswordHash | undefined {
    return this.#s(apiKey).secrets.credentials.get(uid);
  }

  setPassword(apiKey: string, uid: string, hash: PasswordHash): AccountRecord {
    const { site, secrets } = this.#s(apiKey);
    const account = site.accounts.get(uid);
    if (!account) throw new AccountStoreError(`No account with UID ${uid}.`, 403005);
    secrets.credentials.set(uid, hash);
    const version = stored({ ...account, hasPassword: true });
    site.accounts.set(uid, version);
    return version;
  }

  lockout(apiKey: string, uid: string): LockoutState | undefined {
    return this.#s(apiKey).secrets.lockouts.get(uid);
  }

  setLockout(apiKey: string, uid: string, state: LockoutState | undefined): void {
    const { secrets } = this.#s(apiKey);
    if (state === undefined) secrets.lockouts.delete(uid);
    else secrets.lockouts.set(uid, state);
  }

  // -------------------------------------------------------------------------------------------
  // Sessions
  // -------------------------------------------------------------------------------------------

  /** Opens a session; the oldest is dropped beyond `maxSessionsPerAccount`. */
  openSession(
    apiKey: string,
    uid: string,
    kind: SessionRecord['kind'],
    lifetimeSeconds: number | undefined,
  ): SessionRecord {
    const { secrets } = this.#s(apiKey);
    const now = this.#now();
    const session: SessionRecord = {
      id: randomBytes(9).toString('base64url'),
      kind,
      createdAt: now,
      expiresAt: lifetimeSeconds === undefined ? undefined : now + lifetimeSeconds * 1000,
    };
    const list = this.liveSessions(apiKey, uid).slice();
    list.push(session);
    while (list.length > this.limits.maxSessionsPerAccount) list.shift();
    secrets.sessions.set(uid, list);
    return session;
  }

  /** The account's unexpired sessions (expired ones are dropped on the way). */
  liveSessions(apiKey: string, uid: string): readonly SessionRecord[] {
    const { secrets } = this.#s(apiKey);
    const list = secrets.sessions.get(uid);
    if (!list) return [];
    const now = this.#now();
    const live = list.filter((s) => s.expiresAt === undefined || s.expiresAt > now);
    if (live.length !== list.length) {
      if (live.length === 0) secrets.sessions.delete(uid);
      else secrets.sessions.set(uid, live);
    }
    return live;
  }

  endSessions(apiKey: string, uid: string): number {
    const { secrets } = this.#s(apiKey);
    const count = secrets.sessions.get(uid)?.length ?? 0;
    secrets.sessions.delete(uid);
    return count;
  }

  // -------------------------------------------------------------------------------------------
  // regTokens and password-reset tokens
  // -------------------------------------------------------------------------------------------

  issueRegToken(apiKey: string, uid: string | undefined, purpose: PendingPurpose, isLite = false): string {
    const { secrets } = this.#s(apiKey);
    const now = this.#now();
    const token = newToken();
    bounded(secrets.pending, this.limits.maxPendingTokensPerSite, (t) => t.expiresAt <= now);
    secrets.pending.set(tokenDigest(token), {
      uid,
      purpose,
      createdAt: now,
      expiresAt: now + REG_TOKEN_TTL_MS,
      isLite,
    });
    return token;
  }

  /** The regToken's record, or undefined when it is unknown or expired. */
  readRegToken(apiKey: string, token: string): PendingToken | undefined {
    const { secrets } = this.#s(apiKey);
    const key = tokenDigest(token);
    const record = secrets.pending.get(key);
    if (!record) return undefined;
    if (record.expiresAt <= this.#now()) {
      secrets.pending.delete(key);
      return undefined;
    }
    return record;
  }

  bindRegToken(apiKey: string, token: string, uid: string, purpose: PendingPurpose): void {
    const { secrets } = this.#s(apiKey);
    const key = tokenDigest(token);
    const record = secrets.pending.get(key);
    if (record) secrets.pending.set(key, { ...record, uid, purpose });
  }

  dropRegToken(apiKey: string, token: string): void {
    this.#s(apiKey).secrets.pending.delete(tokenDigest(token));
  }

  issueResetToken(apiKey: string, uid: string, ttlSeconds: number, purpose: ResetToken['purpose'] = 'reset'): string {
    const { secrets } = this.#s(apiKey);
    const now = this.#now();
    const token = randomBytes(24).toString('base64url');
    bounded(secrets.resets, this.limits.maxPendingTokensPerSite, (t) => t.expiresAt <= now);
    secrets.resets.set(tokenDigest(token), { uid, purpose, expiresAt: now + ttlSeconds * 1000 });
    return token;
  }

  /**
   * Consumes a one-time token of a purpose: valid once. Undefined when unknown, used, expired or of another purpose.
   */
  takeResetToken(apiKey: string, token: string, purpose: ResetToken['purpose'] = 'reset'): ResetToken | undefined {
    const { secrets } = this.#s(apiKey);
    const key = tokenDigest(token);
    const record = secrets.resets.get(key);
    if (!record || record.purpose !== purpose) return undefined;
    secrets.resets.delete(key);
    return record.expiresAt > this.#now() ? record : undefined;
  }

  // -------------------------------------------------------------------------------------------
  // Outbox and events
  // -------------------------------------------------------------------------------------------

  /** Says who a social provider's token (authToken, code or idToken) belongs to, for later logins with it. */
  setProviderUser(apiKey: string, provider: string, token: string, user: ProviderUser): void {
    this.#s(apiKey).secrets.providerUsers.set(`${provider.toLowerCase()}\u0000${token}`, { ...user });
  }

  providerUser(apiKey: string, provider: string, token: string): ProviderUser | undefined {
    return this.#secrets.get(apiKey)?.providerUsers.get(`${provider.toLowerCase()}\u0000${token}`);
  }

  send(message: OutboxMessage): void {
    const { secrets } = this.#s(message.apiKey);
    secrets.outbox.push(message);
    while (secrets.outbox.length > this.limits.maxOutboxPerSite) secrets.outbox.shift();
  }

  /** Messages the emulator would have e-mailed, oldest first (they carry tokens: keep them in tests). */
  outbox(apiKey: string): readonly OutboxMessage[] {
    return [...this.#s(apiKey).secrets.outbox];
  }

  /** Listens to account events; returns the function that stops listening. */
  subscribe(listener: (event: AccountEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  emit(event: AccountEvent): void {
    if (this.#silent > 0) return;
    let log = this.#changes.get(event.apiKey);
    if (!log) this.#changes.set(event.apiKey, (log = []));
    log.push({ ...event, seq: ++this.#changeSeq });
    if (log.length > MAX_CHANGES_PER_SITE) log.splice(0, log.length - MAX_CHANGES_PER_SITE);
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch {
        // A listener's failure must not undo or fail the write that raised the event.
      }
    }
  }

  /** The site's account events after sequence number `after` (and at or after `sinceMs`), oldest first. */
  changes(
    apiKey: string,
    after: number,
    sinceMs = 0,
    limit = Number.POSITIVE_INFINITY,
  ): Array<AccountEvent & { readonly seq: number }> {
    const out: Array<AccountEvent & { readonly seq: number }> = [];
    for (const change of this.#changes.get(apiKey) ?? []) {
      if (change.seq <= after || change.at < sinceMs) continue;
      out.push(change);
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The sequence number of the newest event so far (0 before any). */
  get lastChange(): number {
    return this.#changeSeq;
  }

  /** Runs `body` without telling listeners: seeding the fixture is the starting world, not a change in it. */
  withoutEvents<T>(body: () => T): T {
    this.#silent += 1;
    try {
      return body();
    } finally {
      this.#silent -= 1;
    }
  }

  /**
   * Forgets every site, account, session, token and cursor (an emulator reset, before seeding the
   * fixture again). Listeners and JWT keys stay: a test's webhook receiver stays attached, and a
   * verifier's cached JWKS stays valid across resets.
   */
  reset(): void {
    this.#sites.clear();
    this.#secrets.clear();
    this.cursors.clear();
    this.factors.clear();
    this.#changes.clear();
    this.webhooks.clear();
  }

  // -------------------------------------------------------------------------------------------
  // Dumps
  // -------------------------------------------------------------------------------------------

  /** A state dump for logs and inspectors: accounts as stored, never password hashes or tokens. */
  toJSON(): unknown {
    return {
      sites: [...this.#sites.values()].map((site) => ({
        apiKey: site.apiKey,
        policies: site.policies,
        schema: site.schema.describe(),
        accounts: [...site.accounts.values()],
        sessions: Object.fromEntries(
          [...(this.#secrets.get(site.apiKey)?.sessions ?? new Map<string, SessionRecord[]>())].map(([uid, list]) => [
            uid,
            list.length,
          ]),
        ),
      })),
    };
  }

  [inspect.custom](): string {
    const sites = [...this.#sites.values()].map((s) => `${s.apiKey} (${s.accounts.size} accounts)`);
    return `AccountStore { ${sites.join('; ')} }`;
  }
}

/** Account events kept per site for accounts.stream. */
const MAX_CHANGES_PER_SITE = 10_000;

/** Makes room in a bounded map: drops entries `stale` says are dead, then the oldest. */
function bounded<V>(map: Map<string, V>, max: number, stale: (value: V) => boolean): void {
  if (map.size < max) return;
  for (const [key, value] of map) if (stale(value)) map.delete(key);
  while (map.size >= max) {
    const oldest = map.keys().next();
    if (oldest.done) break;
    map.delete(oldest.value);
  }
}

/** Identity objects as stored: provider and providerUID required, other fields kept. */
export function readIdentity(value: unknown): Identity | undefined {
  if (!isPlainObject(value)) return undefined;
  const provider = value['provider'];
  const providerUID = value['providerUID'];
  if (typeof provider !== 'string' || provider === '' || typeof providerUID !== 'string' || providerUID === '')
    return undefined;
  return { ...value, provider, providerUID };
}
