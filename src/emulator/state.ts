/**
 * The emulator's in-memory world: sites, keys, tokens, users, sessions. Seeded from a fixture and
 * mutated by the method handlers. Holds secrets, so it never prints them (see `inspect`).
 */
import { createHash, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspect } from 'node:util';
import * as z from 'zod';
import { decodeSecret } from '../auth/signing.js';
import { AccountStore, AccountStoreError, seedAccounts, type AccountStoreOptions } from './accounts/index.js';
import defaultFixture from './fixtures/default.json' with { type: 'json' };
import type { Fixture, FixtureExternalFriend, FixtureUser } from './types.js';

export interface Identity {
  provider: string;
  providerUID: string;
  [field: string]: unknown;
}

export interface SessionRecord {
  readonly id: string;
  readonly kind: 'browser' | 'mobile' | 'fixture' | 'token';
  /** ms */
  readonly createdAt: number;
  /** ms; undefined = until logout */
  readonly expiresAt: number | undefined;
}

export interface StatusEntry {
  readonly status: string;
  readonly at: number;
  readonly providerPostIDs: Readonly<Record<string, string>>;
}

export interface PublishedAction {
  readonly id: string;
  readonly at: number;
  readonly userAction: Record<string, unknown>;
  readonly providerPostIDs: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, unknown>>;
}

export interface UserRecord {
  UID: string;
  isSiteUID: boolean;
  profile: Record<string, unknown>;
  identities: Identity[];
  friends: Array<string | FixtureExternalFriend>;
  status: string | undefined;
  statusHistory: StatusEntry[];
  settings: Map<string, Record<string, unknown>>;
  actions: PublishedAction[];
  /** Provider tokens received by notifyLogin / importIdentities, by provider. */
  providerSessions: Map<string, Record<string, unknown>>;
  sessions: SessionRecord[];
  loginProvider: string | undefined;
  registered: boolean;
  createdAt: number;
}

export interface UserKeyRecord {
  readonly userKey: string;
  /** Base64 text as configured (compared against a `secret` param). */
  readonly secret: string | undefined;
  readonly secretKey: Buffer | undefined;
  readonly publicKey: KeyObject | undefined;
}

export interface TokenRecord {
  readonly token: string;
  readonly uid: string | undefined;
  /** Unix seconds. */
  readonly expiresAt: number | undefined;
}

export interface SiteState {
  readonly apiKey: string;
  readonly secret: string;
  readonly secretKey: Buffer;
  readonly dataCenter: string;
  readonly cookieDomain: string;
  readonly userKeys: Map<string, UserKeyRecord>;
  readonly users: Map<string, UserRecord>;
  readonly tokens: Map<string, TokenRecord>;
  /** barID → buttonID → count */
  readonly reactions: Map<string, Map<string, number>>;
  /** short id → long URL */
  readonly shortUrls: Map<string, string>;
}

// ---------------------------------------------------------------------------------------------
// Fixture loading
// ---------------------------------------------------------------------------------------------

const jsonObject = z.record(z.string(), z.unknown());
const identitySchema = z.looseObject({ provider: z.string().min(1), providerUID: z.string().min(1) });
const fixtureSchema = z.strictObject({
  description: z.string().optional(),
  sites: z.record(
    z.string().min(1),
    z.strictObject({
      secret: z.string().min(1),
      dataCenter: z
        .string()
        .regex(
          /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/,
          'expected a data center label (eu1) or API domain (eu1.gigya.com)',
        )
        .optional(),
      cookieDomain: z.string().optional(),
      userKeys: z
        .record(z.string().min(1), z.strictObject({ secret: z.string().optional(), publicKey: z.string().optional() }))
        .optional(),
      oauthTokens: z
        .record(
          z.string().min(1),
          z.strictObject({ uid: z.string().optional(), expiresAt: z.number().int().optional() }),
        )
        .optional(),
      users: z
        .record(
          z.string().min(1),
          z.strictObject({
            isSiteUID: z.boolean().optional(),
            profile: jsonObject.optional(),
            identities: z.array(identitySchema).optional(),
            friends: z.array(z.union([z.string().min(1), z.looseObject({ UID: z.string().min(1) })])).optional(),
            status: z.string().optional(),
            loggedIn: z.boolean().optional(),
            settings: z.record(z.string(), jsonObject).optional(),
            actions: z.array(jsonObject).optional(),
          }),
        )
        .optional(),
      // The accounts side of the site; records are checked by the import rules when seeded.
      accounts: z.array(z.looseObject({ UID: z.string().min(1).optional() })).optional(),
      schema: z
        .strictObject({
          profileSchema: jsonObject.optional(),
          dataSchema: jsonObject.optional(),
          preferencesSchema: jsonObject.optional(),
          subscriptionsSchema: jsonObject.optional(),
        })
        .optional(),
      policies: z
        .strictObject({
          accountOptions: jsonObject.optional(),
          passwordComplexity: jsonObject.optional(),
          security: z.strictObject({ accountLockout: jsonObject.optional() }).optional(),
          passwordReset: jsonObject.optional(),
          registration: jsonObject.optional(),
          twoFactorAuth: z
            .strictObject({ providers: z.array(z.strictObject({ name: z.string().min(1), enabled: z.boolean() })) })
            .optional(),
        })
        .optional(),
      jwtKeys: z
        .array(
          z.strictObject({
            privateKey: z.string().includes('PRIVATE KEY', { message: 'expected a PEM private key' }),
            kid: z.string().min(1).optional(),
          }),
        )
        .optional(),
    }),
  ),
});

/** A fixture file or object is unusable. The message names the place, never a secret. */
export class FixtureError extends Error {
  override readonly name = 'FixtureError';
}

/** The bundled default fixture (a fresh deep copy). */
export function defaultEmulatorFixture(): Fixture {
  return structuredClone(defaultFixture) as Fixture;
}

/** Reads and checks a fixture: a path to a JSON file, an object, or undefined for the default. */
export function loadFixture(input: Fixture | string | undefined): Fixture {
  let raw: unknown;
  let where: string;
  if (input === undefined) return defaultEmulatorFixture();
  if (typeof input === 'string') {
    where = input;
    let text: string;
    try {
      text = readFileSync(input, 'utf8');
    } catch (cause) {
      throw new FixtureError(`Cannot read the emulator fixture file ${input}: ${(cause as Error).message}`);
    }
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      // V8's message quotes the text around the error, and a fixture holds secrets: only the position is kept.
      const at = /position (\d+)/.exec((cause as Error).message)?.[1];
      throw new FixtureError(
        `The emulator fixture file ${input} is not valid JSON${
          at === undefined ? '' : ` (syntax error at character ${at})`
        }. See src/emulator/fixtures/default.json for the format.`,
      );
    }
  } else {
    where = 'the fixture object';
    raw = structuredClone(input);
  }
  const parsed = fixtureSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue ? issue.path.map(String).join('.') : '';
    throw new FixtureError(
      `Invalid emulator fixture (${where}) at "${path}": ${issue?.message ?? 'invalid'}. See src/emulator/fixtures/d` +
        `efault.json for the format.`,
    );
  }
  return parsed.data as Fixture;
}

// ---------------------------------------------------------------------------------------------
// State
// ---------------------------------------------------------------------------------------------

/** Most status updates kept per user (the newest). */
export const MAX_STATUS_HISTORY = 100;
/** Most published actions kept per user (the newest). */
export const MAX_USER_ACTIONS = 1_000;
/** Most open sessions per user; logging in again beyond that ends the oldest. */
export const MAX_USER_SESSIONS = 100;
/** Most short URLs and issued OAuth tokens per site (the oldest are forgotten). */
export const MAX_SITE_ENTRIES = 10_000;

/**
 * Appends, dropping the oldest entries beyond `max`: a long test run or a load test against one
 * emulator must not grow its memory without bound.
 */
export function pushCapped<T>(list: T[], item: T, max: number): void {
  list.push(item);
  // A full list drops one item per push: shift does that at half the cost of a splice.
  if (list.length === max + 1) list.shift();
  else if (list.length > max) list.splice(0, list.length - max);
}

/** Sets a key, forgetting the oldest keys (insertion order) beyond `max`. */
export function setCapped<K, V>(map: Map<K, V>, key: K, value: V, max: number): void {
  map.set(key, value);
  for (const oldest of map.keys()) {
    if (map.size <= max) break;
    map.delete(oldest);
  }
}

/** Makes the named fields non-enumerable, so `console.log` / `JSON.stringify` of the record skip them. */
function hideSecrets<T extends object>(record: T, keys: readonly (keyof T & string)[]): T {
  for (const key of keys) Object.defineProperty(record, key, { enumerable: false });
  return record;
}

/** Random URL-safe text for tokens, cookies and session secrets. */
export function randomToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

export class EmulatorState {
  readonly #fixture: Fixture;
  readonly #now: () => number;
  #sites = new Map<string, SiteState>();
  #counter = 0;
  /** The accounts of every site: registration, login, profile, search, tokens (src/emulator/accounts/). */
  readonly accounts: AccountStore;

  constructor(fixture: Fixture, now: () => number = Date.now, accounts: AccountStoreOptions = {}) {
    this.#fixture = fixture;
    this.#now = now;
    this.accounts = new AccountStore({ now, ...accounts });
    this.reset();
  }

  /** Sites by apiKey. */
  get sites(): ReadonlyMap<string, SiteState> {
    return this.#sites;
  }

  /** Throws away every change and reloads the fixture. */
  reset(): void {
    const sites = new Map<string, SiteState>();
    for (const [apiKey, def] of Object.entries(this.#fixture.sites)) {
      let secretKey: Buffer;
      try {
        secretKey = decodeSecret(def.secret);
      } catch {
        throw new FixtureError(`Invalid emulator fixture: the secret of site ${apiKey} is not valid Base64.`);
      }
      const userKeys = new Map<string, UserKeyRecord>();
      for (const [userKey, key] of Object.entries(def.userKeys ?? {})) {
        let keySecret: Buffer | undefined;
        let publicKey: KeyObject | undefined;
        if (key.secret !== undefined) {
          try {
            keySecret = decodeSecret(key.secret);
          } catch {
            throw new FixtureError(
              `Invalid emulator fixture: the secret of user key ${userKey} (site ${apiKey}) is not valid Base64.`,
            );
          }
        }
        if (key.publicKey !== undefined) {
          try {
            publicKey = createPublicKey(key.publicKey);
          } catch {
            throw new FixtureError(
              `Invalid emulator fixture: the publicKey of user key ${userKey} (site ${apiKey}) is not a readable ` +
                `PEM public key.`,
            );
          }
          if (publicKey.asymmetricKeyType !== 'rsa')
            throw new FixtureError(`Invalid emulator fixture: the publicKey of user key ${userKey} is not an RSA key.`);
        }
        if (keySecret === undefined && publicKey === undefined) {
          throw new FixtureError(
            `Invalid emulator fixture: user key ${userKey} (site ${apiKey}) needs a secret or a publicKey.`,
          );
        }
        userKeys.set(
          userKey,
          hideSecrets({ userKey, secret: key.secret, secretKey: keySecret, publicKey }, ['secret', 'secretKey']),
        );
      }
      const site: SiteState = hideSecrets(
        {
          apiKey,
          secret: def.secret,
          secretKey,
          dataCenter: def.dataCenter ?? 'us1',
          cookieDomain: def.cookieDomain ?? '',
          userKeys,
          users: new Map(),
          tokens: new Map(),
          reactions: new Map(),
          shortUrls: new Map(),
        },
        ['secret', 'secretKey', 'tokens'],
      );
      for (const [token, t] of Object.entries(def.oauthTokens ?? {})) {
        site.tokens.set(token, { token, uid: t.uid, expiresAt: t.expiresAt });
      }
      for (const [uid, u] of Object.entries(def.users ?? {})) site.users.set(uid, this.#userFromFixture(uid, u));
      sites.set(apiKey, site);
    }
    this.#sites = sites;
    this.#seedAccounts();
  }

  /** Every site gets an accounts site (its data center for JWT headers), then the fixture's accounts part. */
  #seedAccounts(): void {
    this.accounts.reset();
    const seed: Parameters<typeof seedAccounts>[1] = { sites: {} };
    for (const [apiKey, def] of Object.entries(this.#fixture.sites)) {
      seed.sites[apiKey] = {
        dataCenter: (def.dataCenter ?? 'us1').replace(/\.gigya\.com$/i, ''),
        ...(def.schema === undefined ? {} : { schema: def.schema }),
        ...(def.policies === undefined ? {} : { policies: def.policies }),
        ...(def.jwtKeys === undefined ? {} : { jwtKeys: def.jwtKeys }),
        ...(def.accounts === undefined ? {} : { accounts: def.accounts }),
      };
    }
    try {
      this.accounts.withoutEvents(() => seedAccounts(this.accounts, seed));
    } catch (error) {
      // A bad record (AccountStoreError names it), schema or JWT key (a crypto error) of the fixture.
      const message =
        error instanceof AccountStoreError ? error.message : `a jwtKeys entry: ${(error as Error).message}`;
      throw new FixtureError(`Invalid emulator fixture: ${message}`, { cause: error });
    }
  }

  #userFromFixture(uid: string, u: FixtureUser): UserRecord {
    const now = this.#now();
    const user = this.newUser(uid, {
      isSiteUID: u.isSiteUID ?? !uid.startsWith('_gid_'),
      profile: structuredClone(u.profile ?? {}),
    });
    user.identities = structuredClone(u.identities ?? []);
    user.friends = structuredClone(u.friends ?? []);
    user.status = u.status;
    user.loginProvider =
      user.identities.find((i) => i['isLoginIdentity'] === true)?.provider ?? user.identities[0]?.provider;
    for (const [group, values] of Object.entries(u.settings ?? {})) user.settings.set(group, structuredClone(values));
    for (const action of u.actions ?? []) {
      user.actions.push({
        id: this.nextId('action'),
        at: now,
        userAction: structuredClone(action),
        providerPostIDs: {},
        params: {},
      });
    }
    if (u.loggedIn)
      user.sessions.push({ id: this.nextId('session'), kind: 'fixture', createdAt: now, expiresAt: undefined });
    return user;
  }

  /** A blank user record (not yet stored anywhere). */
  newUser(uid: string, init: { isSiteUID: boolean; profile?: Record<string, unknown> }): UserRecord {
    return {
      UID: uid,
      isSiteUID: init.isSiteUID,
      profile: init.profile ?? {},
      identities: [],
      friends: [],
      status: undefined,
      statusHistory: [],
      settings: new Map(),
      actions: [],
      providerSessions: new Map(),
      sessions: [],
      loginProvider: undefined,
      registered: true,
      createdAt: this.#now(),
    };
  }

  /** Monotonic id for posts, actions, sessions: deterministic within one emulator run. */
  nextId(prefix: string): string {
    this.#counter += 1;
    return `${prefix}-${this.#counter}`;
  }

  site(apiKey: string): SiteState | undefined {
    return this.#sites.get(apiKey);
  }

  user(apiKey: string, uid: string): UserRecord | undefined {
    return this.#sites.get(apiKey)?.users.get(uid);
  }

  /** The user key on the given site, or (without a site) on the first site that knows it. */
  findUserKey(userKey: string, site?: SiteState): { site: SiteState; key: UserKeyRecord } | undefined {
    if (site) {
      const key = site.userKeys.get(userKey);
      return key ? { site, key } : undefined;
    }
    for (const s of this.#sites.values()) {
      const key = s.userKeys.get(userKey);
      if (key) return { site: s, key };
    }
    return undefined;
  }

  /** An OAuth token on the given site (or any site), whatever its expiry. */
  findToken(token: string, site?: SiteState): { site: SiteState; record: TokenRecord } | undefined {
    const sites = site ? [site] : [...this.#sites.values()];
    for (const s of sites) {
      const record = s.tokens.get(token);
      if (record) return { site: s, record };
    }
    return undefined;
  }

  /** The user's first live session, dropping expired ones. */
  activeSession(user: UserRecord): SessionRecord | undefined {
    const now = this.#now();
    const live = (s: SessionRecord): boolean => s.expiresAt === undefined || s.expiresAt > now;
    // Most calls find no session expired: the list is only rebuilt when one did.
    if (!user.sessions.every(live)) user.sessions = user.sessions.filter(live);
    return user.sessions[0];
  }

  /** Opens a session; `expiresInSeconds` undefined = until logout. */
  createSession(user: UserRecord, kind: SessionRecord['kind'], expiresInSeconds?: number): SessionRecord {
    const now = this.#now();
    const session: SessionRecord = {
      id: this.nextId('session'),
      kind,
      createdAt: now,
      expiresAt: expiresInSeconds === undefined ? undefined : now + expiresInSeconds * 1000,
    };
    pushCapped(user.sessions, session, MAX_USER_SESSIONS);
    return session;
  }

  /** Ends every session of the user and revokes the OAuth tokens bound to them. */
  endSessions(site: SiteState, user: UserRecord): void {
    user.sessions = [];
    for (const [token, record] of site.tokens) if (record.uid === user.UID) site.tokens.delete(token);
  }

  /** Issues an OAuth access token for the site (optionally bound to a user). */
  issueToken(site: SiteState, uid: string | undefined, expiresInSeconds?: number): TokenRecord {
    const token = `st2.${randomToken(32)}`;
    const record: TokenRecord = {
      token,
      uid,
      expiresAt: expiresInSeconds === undefined ? undefined : Math.floor(this.#now() / 1000) + expiresInSeconds,
    };
    setCapped(site.tokens, token, record, MAX_SITE_ENTRIES);
    return record;
  }

  /** The user that owns a social identity, if any. */
  findByIdentity(site: SiteState, provider: string, providerUID: string): UserRecord | undefined {
    for (const user of site.users.values()) {
      if (user.identities.some((i) => i.provider === provider && i.providerUID === providerUID)) return user;
    }
    return undefined;
  }

  /** Gigya-style generated UID for a user first seen through a social identity (stable per identity). */
  generatedUid(provider: string, providerUID: string): string {
    return `_gid_${createHash('sha256').update(`${provider}\u0000${providerUID}`).digest('base64url').slice(0, 22)}`;
  }

  /** Renames a user (setUID / notifyRegistration with siteUID), keeping friend links. */
  renameUser(site: SiteState, user: UserRecord, newUid: string): void {
    const oldUid = user.UID;
    site.users.delete(oldUid);
    user.UID = newUid;
    user.isSiteUID = true;
    site.users.set(newUid, user);
    for (const other of site.users.values()) {
      other.friends = other.friends.map((f) => (f === oldUid ? newUid : f));
    }
    for (const [token, record] of site.tokens) {
      if (record.uid === oldUid) site.tokens.set(token, { ...record, uid: newUid });
    }
  }

  /** Deletes a user with its sessions and tokens. */
  deleteUser(site: SiteState, user: UserRecord): void {
    this.endSessions(site, user);
    site.users.delete(user.UID);
    for (const other of site.users.values()) other.friends = other.friends.filter((f) => f !== user.UID);
  }

  /** Summary without secrets, for logs and `console.log(state)`. */
  [inspect.custom](): string {
    const sites = [...this.#sites.values()].map(
      (s) =>
        `${s.apiKey} (${s.users.size} users, ${this.accounts.accountCount(s.apiKey)} accounts,` +
        ` ${s.userKeys.size} user keys, ${s.tokens.size} tokens)`,
    );
    return `EmulatorState { ${sites.join('; ')} }`;
  }

  toJSON(): unknown {
    return { sites: [...this.#sites.values()].map((s) => ({ apiKey: s.apiKey, users: [...s.users.keys()] })) };
  }
}
