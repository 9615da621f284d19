/**
 * How an account looks in answers: Gigya's top-level fields (UID, flags, each timestamp as an ISO
 * string plus `…Timestamp` in milliseconds) and the sections asked for with `include`.
 */
import { thaw } from './merge.js';
import { derivedOf, type AccountRecord, type DerivedViews } from './model.js';
import type { JsonObject } from './params.js';
import type { PasswordHash } from './password.js';
import { BASIC_PROFILE_FIELDS } from './schema.js';

/** Sections getAccountInfo returns without `include` (Gigya's documented default is not in the stored sources). */
export const ACCOUNT_INFO_DEFAULT_INCLUDE = ['profile', 'data', 'preferences'] as const;
/** Sections login-type answers (login, register, finalizeRegistration, …) carry by default. */
export const LOGIN_DEFAULT_INCLUDE = ['profile', 'data'] as const;

export const INCLUDE_VALUES = [
  'profile',
  'data',
  'preferences',
  'subscriptions',
  'emails',
  'loginIDs',
  'identities-active',
  'identities-all',
  'identities-global',
  'password',
  'regSource',
  'irank',
  'isLockedOut',
  'internal',
  'id_token',
  'lastLoginLocation',
  'rba',
] as const;

function iso(ms: number | undefined): string | undefined {
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

/** `socialProviders`: `site` for accounts with a login ID or password, then identity providers. */
export function socialProviders(account: AccountRecord): string {
  const providers = new Set<string>();
  if (account.hasPassword || account.loginEmails.length > 0 || account.username !== undefined) providers.add('site');
  for (const identity of account.identities) providers.add(identity.provider);
  return [...providers].join(',');
}

export function loginIDsOf(account: AccountRecord): JsonObject {
  return {
    emails: account.loginEmails.filter((e) => e.verified).map((e) => e.email),
    unverifiedEmails: account.loginEmails.filter((e) => !e.verified).map((e) => e.email),
    ...(account.username === undefined ? {} : { username: account.username }),
  };
}

export function emailsOf(account: AccountRecord): { verified: string[]; unverified: string[] } {
  const verified = new Set(account.loginEmails.filter((e) => e.verified).map((e) => e.email));
  const unverified = new Set(account.loginEmails.filter((e) => !e.verified).map((e) => e.email));
  for (const e of account.otherEmails ?? []) (e.verified ? verified : unverified).add(e.email);
  const profileEmail =
    typeof account.profile['email'] === 'string' ? account.profile['email'].toLowerCase() : undefined;
  if (profileEmail !== undefined && !verified.has(profileEmail)) unverified.add(profileEmail);
  return { verified: [...verified], unverified: [...unverified] };
}

/** A view of a stored version, computed once, frozen and kept on the version's holder. */
function shared(
  account: AccountRecord,
  key: keyof DerivedViews,
  compute: (account: AccountRecord) => JsonObject,
): Readonly<JsonObject> {
  const holder = derivedOf(account);
  const cached = holder?.[key];
  if (cached) return cached;
  const value = Object.freeze(compute(account));
  if (holder) holder[key] = value;
  return value;
}

export function sharedLoginIDs(account: AccountRecord): Readonly<JsonObject> {
  return shared(account, 'loginIDs', loginIDsOf);
}

export function sharedEmails(account: AccountRecord): Readonly<JsonObject> {
  return shared(account, 'emails', emailsOf);
}

/** The fields every account answer carries, shared and frozen. */
export function sharedCore(account: AccountRecord): Readonly<JsonObject> {
  return shared(account, 'core', computeCore);
}

/** The fields every account answer carries, as a fresh object. */
export function accountCore(account: AccountRecord): JsonObject {
  return { ...sharedCore(account) };
}

function computeCore(account: AccountRecord): JsonObject {
  const out: JsonObject = {
    UID: account.UID,
    created: iso(account.created),
    createdTimestamp: account.created,
    isActive: account.isActive,
    isRegistered: account.isRegistered,
    isVerified: account.isVerified,
    lastLogin: iso(account.lastLogin),
    lastLoginTimestamp: account.lastLogin,
    lastUpdated: iso(account.lastUpdated),
    lastUpdatedTimestamp: account.lastUpdated,
    loginProvider: account.loginProvider,
    oldestDataUpdated: iso(account.oldestDataUpdated),
    oldestDataUpdatedTimestamp: account.oldestDataUpdated,
    registered: iso(account.registered),
    registeredTimestamp: account.registered,
    socialProviders: socialProviders(account),
    verified: iso(account.verified),
    verifiedTimestamp: account.verified,
    phoneNumber: account.phoneNumber,
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

export interface RenderOptions {
  readonly include: readonly string[];
  /** Extra profile fields to return besides the basic ones (`all` returns every stored one). */
  readonly extraProfileFields?: readonly string[];
  /** Server calls may see `internal` and `password`. */
  readonly trusted: boolean;
  readonly password?: PasswordHash | undefined;
  readonly lockedUntil?: number | undefined;
}

function profileView(profile: JsonObject, extra: readonly string[]): JsonObject {
  if (extra.includes('all')) return thaw(profile);
  const wanted = new Set([...BASIC_PROFILE_FIELDS, ...extra]);
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(profile)) if (wanted.has(key)) out[key] = thaw(value);
  return out;
}

/** The account as getAccountInfo answers it (a fresh object the caller may change). */
export function renderAccount(account: AccountRecord, options: RenderOptions): JsonObject {
  const include = new Set(options.include);
  const out = accountCore(account);
  if (include.has('profile')) out['profile'] = profileView(account.profile, options.extraProfileFields ?? []);
  if (include.has('data')) out['data'] = thaw(account.data);
  if (include.has('preferences')) out['preferences'] = thaw(account.preferences);
  if (include.has('subscriptions')) out['subscriptions'] = thaw(account.subscriptions);
  if (include.has('emails')) out['emails'] = emailsOf(account);
  if (include.has('loginIDs')) out['loginIDs'] = loginIDsOf(account);
  if (include.has('identities-active') || include.has('identities-all') || include.has('identities-global'))
    out['identities'] = thaw(account.identities);
  if (include.has('regSource') && account.regSource !== undefined) out['regSource'] = account.regSource;
  if (include.has('irank')) out['iRank'] = 0;
  if (include.has('isLockedOut')) {
    out['isLockedOut'] = options.lockedUntil !== undefined;
    if (options.lockedUntil !== undefined) out['lockedUntil'] = new Date(options.lockedUntil).toISOString();
  }
  if (include.has('lastLoginLocation')) out['lastLoginLocation'] = {};
  if (include.has('rba')) out['rbaPolicy'] = {};
  if (options.trusted && include.has('internal')) out['internal'] = thaw(account.internal);
  if (options.trusted && include.has('password') && options.password) out['password'] = options.password.describe();
  return out;
}

/**
 * Every section, as accounts.search's `SELECT *` returns an account. Sections are the stored, frozen
 * objects (not copies): a page of thousands of results is serialized, never changed, and copying
 * each one would dominate the time of an export.
 */
export function renderSearchResult(account: AccountRecord): JsonObject {
  const out = accountCore(account);
  out['profile'] = account.profile;
  out['data'] = account.data;
  out['preferences'] = account.preferences;
  out['subscriptions'] = account.subscriptions;
  out['emails'] = sharedEmails(account);
  out['loginIDs'] = sharedLoginIDs(account);
  out['identities'] = account.identities;
  if (account.regSource !== undefined) out['regSource'] = account.regSource;
  return out;
}
