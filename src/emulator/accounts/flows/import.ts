/**
 * importFullAccount-style records: the call itself, and seeding a store from a fixture. A record
 * carries the account as Gigya exports it (UID, loginIDs, profile, data, preferences, subscriptions,
 * flags, timestamps as ISO text or milliseconds, identities) and a password as
 * `{ hash, hashSettings }`. Fixtures may also give a clear `password`, which is hashed on load and
 * never kept.
 */
import type { AccountRecord, Identity, LoginEmail, PoliciesInput } from '../model.js';
import { fail, ok, type CallContext, type Outcome, type ValidationError } from '../outcome.js';
import { guarded, isPlainObject, ParamError, type JsonObject } from '../params.js';
import { PasswordHash } from '../password.js';
import type { SetSchemaInput } from '../schema.js';
import {
  AccountStoreError,
  blankAccount,
  isEmail,
  newUid,
  normalizeEmail,
  readIdentity,
  type AccountStore,
} from '../store.js';
import { emit, schemaFailure, storeFailure } from './common.js';
import { applySections } from './registration.js';

export interface AccountImportRecord {
  UID?: string;
  loginIDs?: { emails?: string[]; unverifiedEmails?: string[]; username?: string };
  emails?: { verified?: string[]; unverified?: string[] };
  email?: string;
  username?: string;
  phoneNumber?: string;
  /** `{ hash, hashSettings }` as Gigya imports it; a fixture may give clear text instead. */
  password?: string | { hash: string; hashSettings?: Record<string, unknown>; created?: string | number };
  profile?: JsonObject;
  data?: JsonObject;
  preferences?: JsonObject;
  subscriptions?: JsonObject;
  internal?: JsonObject;
  identities?: Identity[];
  isActive?: boolean;
  isRegistered?: boolean;
  isVerified?: boolean;
  created?: string | number;
  registered?: string | number;
  verified?: string | number;
  lastLogin?: string | number;
  lastUpdated?: string | number;
  regSource?: string;
  lang?: string;
}

export interface AccountsFixtureSite {
  dataCenter?: string;
  schema?: SetSchemaInput;
  policies?: PoliciesInput;
  /** RSA private keys (PEM) for id_tokens, the first one active. Default: generated. */
  jwtKeys?: Array<{ privateKey: string; kid?: string }>;
  accounts?: AccountImportRecord[];
}

export interface AccountsFixture {
  sites: Record<string, AccountsFixtureSite>;
}

function time(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  if (!Number.isFinite(ms))
    throw new ParamError(
      fail(400006, `Invalid parameter value: ${name} must be an ISO date or a time in milliseconds`),
    );
  return ms;
}

function strings(value: unknown, name: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new ParamError(fail(400006, `Invalid parameter value: ${name} must be an array of strings`));
  return value as string[];
}

function flag(value: unknown, name: string): boolean | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ParamError(fail(400006, `Invalid parameter value: ${name} must be true or false`));
}

/** Login emails of a record, verified ones first; the record's email lists agree or the first wins. */
function loginEmailsOf(record: JsonObject): LoginEmail[] {
  const ids = isPlainObject(record['loginIDs']) ? record['loginIDs'] : {};
  const emails = isPlainObject(record['emails']) ? record['emails'] : {};
  const verified = new Set(strings(emails['verified'], 'emails.verified').map(normalizeEmail));
  const out = new Map<string, boolean>();
  for (const e of strings(ids['emails'], 'loginIDs.emails')) out.set(normalizeEmail(e), true);
  for (const e of strings(ids['unverifiedEmails'], 'loginIDs.unverifiedEmails'))
    if (!out.has(normalizeEmail(e))) out.set(normalizeEmail(e), verified.has(normalizeEmail(e)));
  if (typeof record['email'] === 'string' && !out.has(normalizeEmail(record['email'])))
    out.set(
      normalizeEmail(record['email']),
      verified.has(normalizeEmail(record['email'])) || record['isVerified'] === true,
    );
  for (const e of out.keys())
    if (!isEmail(e)) throw new ParamError(fail(400006, `Invalid parameter value: ${e} is not an email address`));
  return [...out].map(([email, v]) => ({ email, verified: v }));
}

export interface ImportOptions {
  readonly policy: 'insert' | 'upsert';
  /** Fixtures may carry a clear password; the importFullAccount call may not. */
  readonly allowClearPassword: boolean;
  readonly createUID?: boolean;
}

/** Imports one record. Returns the outcome of the call (ok with identityConflicts, or the error). */
export function importRecord(
  store: AccountStore,
  ctx: CallContext,
  record: JsonObject,
  options: ImportOptions,
): Outcome {
  try {
    return importUnchecked(store, ctx, record, options);
  } catch (error) {
    if (error instanceof ParamError) return error.outcome;
    return storeFailure(error);
  }
}

function importUnchecked(store: AccountStore, ctx: CallContext, record: JsonObject, options: ImportOptions): Outcome {
  const now = store.now();
  let uid = typeof record['UID'] === 'string' && record['UID'] !== '' ? record['UID'] : undefined;
  if (uid === undefined) {
    if (!options.createUID) return fail(400002, 'Missing required parameter: UID (or pass createUID=true)');
    uid = newUid();
  }
  const existing = store.account(ctx.apiKey, uid);
  if (existing && options.policy === 'insert')
    return fail(
      400003,
      `An account with UID ${JSON.stringify(uid)} exists (importPolicy insert); use importPolicy upsert to update it.`,
    );

  let password: PasswordHash | undefined;
  const rawPassword = record['password'];
  if (typeof rawPassword === 'string') {
    if (!options.allowClearPassword)
      return fail(
        400006,
        'Invalid parameter value: password must be { hash, hashSettings }; clear passwords are not imported',
      );
    password = store.hashPassword(rawPassword);
  } else if (isPlainObject(rawPassword)) {
    const created = time(rawPassword['created'], 'password.created');
    const parsed = PasswordHash.fromImport(
      {
        hash: rawPassword['hash'],
        hashSettings: rawPassword['hashSettings'],
        ...(created === undefined ? {} : { created }),
      },
      now,
    );
    if (typeof parsed === 'string') return fail(400006, `Invalid parameter value: ${parsed}`);
    password = parsed;
  } else if (rawPassword !== undefined && rawPassword !== null) {
    return fail(400006, 'Invalid parameter value: password must be { hash, hashSettings }');
  }

  const base = existing ?? blankAccount(uid, now);
  const identities: Identity[] = [];
  const identityConflicts: JsonObject[] = [];
  if (record['identities'] !== undefined) {
    if (!Array.isArray(record['identities']))
      return fail(400006, 'Invalid parameter value: identities must be an array');
    for (const [i, raw] of record['identities'].entries()) {
      const identity = readIdentity(raw);
      if (!identity) return fail(400006, `Invalid parameter value: identities[${i}] needs provider and providerUID`);
      const owner = store.findByIdentity(ctx.apiKey, identity.provider, identity.providerUID);
      if (owner && owner.UID !== uid)
        identityConflicts.push({ provider: identity.provider, providerUID: identity.providerUID, UID: owner.UID });
      else identities.push(identity);
    }
  }
  const ids = isPlainObject(record['loginIDs']) ? record['loginIDs'] : {};
  const loginEmails =
    record['loginIDs'] !== undefined || record['emails'] !== undefined || record['email'] !== undefined
      ? loginEmailsOf(record)
      : base.loginEmails;
  const username =
    typeof ids['username'] === 'string'
      ? ids['username']
      : typeof record['username'] === 'string'
        ? record['username']
        : base.username;
  const isVerified =
    flag(record['isVerified'], 'isVerified') ?? (loginEmails.some((e) => e.verified) || base.isVerified);
  const account: AccountRecord = {
    ...base,
    loginEmails:
      isVerified && !loginEmails.some((e) => e.verified)
        ? loginEmails.map((e) => ({ ...e, verified: true }))
        : loginEmails,
    username,
    phoneNumber: typeof record['phoneNumber'] === 'string' ? record['phoneNumber'] : base.phoneNumber,
    identities: record['identities'] !== undefined ? identities : base.identities,
    isActive: flag(record['isActive'], 'isActive') ?? base.isActive,
    isRegistered: flag(record['isRegistered'], 'isRegistered') ?? (existing ? base.isRegistered : true),
    isVerified,
    created: time(record['created'], 'created') ?? base.created,
    lastLogin: time(record['lastLogin'], 'lastLogin') ?? base.lastLogin,
    lastUpdated: time(record['lastUpdated'], 'lastUpdated') ?? now,
    regSource: typeof record['regSource'] === 'string' ? record['regSource'] : base.regSource,
    lang: typeof record['lang'] === 'string' ? record['lang'] : base.lang,
    internal: isPlainObject(record['internal']) ? { ...base.internal, ...record['internal'] } : base.internal,
    loginProvider: base.loginProvider ?? identities[0]?.provider ?? 'site',
  };
  const registered =
    time(record['registered'], 'registered') ??
    (account.isRegistered ? (base.registered ?? account.created) : undefined);
  const verified =
    time(record['verified'], 'verified') ?? (account.isVerified ? (base.verified ?? account.created) : undefined);
  const sectionParams: JsonObject = {};
  for (const name of ['profile', 'data', 'preferences', 'subscriptions'])
    if (record[name] !== undefined) sectionParams[name] = record[name];
  const applied = applySections(store, ctx, account, sectionParams, true);
  if ('errors' in applied) return schemaFailure(applied.errors as ValidationError[]);
  const next: AccountRecord = {
    ...account,
    ...applied.sections,
    registered,
    verified,
    oldestDataUpdated: Math.min(account.created, base.oldestDataUpdated),
  };
  if (existing) {
    store.replace(ctx.apiKey, next);
    if (password) store.setPassword(ctx.apiKey, uid, password);
  } else {
    store.insert(ctx.apiKey, next, password);
  }
  store.ensureSite(ctx.apiKey).schema.learn(applied.learned);
  emit(store, ctx, existing ? 'accountUpdated' : 'accountCreated', uid);
  if (!existing && next.isRegistered) emit(store, ctx, 'accountRegistered', uid);
  return ok(identityConflicts.length > 0 ? { identityConflicts } : {});
}

const JSON_PARAMS = new Set([
  'loginIDs',
  'emails',
  'profile',
  'data',
  'preferences',
  'subscriptions',
  'identities',
  'password',
  'internal',
  'communications',
  'secretQuestionAndAnswer',
  'providerSessions',
]);

/** accounts.importFullAccount: a server call importing one account (insert by default). */
export function importFullAccount(
  store: AccountStore,
  ctx: CallContext,
  params: Readonly<Record<string, unknown>>,
): Outcome {
  return guarded(() => importFullAccountUnchecked(store, ctx, params));
}

function importFullAccountUnchecked(
  store: AccountStore,
  ctx: CallContext,
  params: Readonly<Record<string, unknown>>,
): Outcome {
  if (!ctx.trusted)
    return fail(
      403007,
      'Permission denied: importFullAccount is a server call (with a secret, signature or bearer token).',
    );
  const record: JsonObject = {};
  for (const [key, value] of Object.entries(params)) {
    // Object and array params may arrive as JSON text from the wire.
    if (typeof value === 'string' && JSON_PARAMS.has(key)) {
      try {
        record[key] = JSON.parse(value);
        continue;
      } catch {
        return fail(400006, `Invalid parameter value: ${key} is not valid JSON`);
      }
    }
    record[key] = value;
  }
  const policy = record['importPolicy'] ?? 'insert';
  if (policy !== 'insert' && policy !== 'upsert')
    return fail(400006, 'Invalid parameter value: importPolicy must be insert or upsert');
  return importRecord(store, ctx, record, {
    policy,
    allowClearPassword: false,
    createUID: flag(record['createUID'], 'createUID') ?? false,
  });
}

/**
 * Seeds a store from a fixture: sites (schema, policies, JWT keys) and their accounts. Throws
 * AccountStoreError naming the record (`sites.<apiKey>.accounts[3]`) on the first bad one.
 */
export function seedAccounts(store: AccountStore, fixture: AccountsFixture): void {
  for (const [apiKey, site] of Object.entries(fixture.sites)) {
    store.addSite(apiKey, {
      ...(site.schema === undefined ? {} : { schema: site.schema }),
      ...(site.policies === undefined ? {} : { policies: site.policies }),
      ...(site.dataCenter === undefined ? {} : { dataCenter: site.dataCenter }),
    });
    for (const key of [...(site.jwtKeys ?? [])].reverse()) store.keys.useKey(apiKey, key.privateKey, key.kid);
    const ctx: CallContext = { apiKey, trusted: true };
    for (const [i, record] of (site.accounts ?? []).entries()) {
      const outcome = importRecord(store, ctx, record as unknown as JsonObject, {
        policy: 'insert',
        allowClearPassword: true,
      });
      if (outcome.errorCode !== 0) {
        const details =
          outcome.validationErrors?.map((e) => `${e.fieldName}: ${e.message}`).join('; ') ?? outcome.errorDetails ?? '';
        throw new AccountStoreError(
          `Invalid accounts fixture at sites.${apiKey}.accounts[${i}]: ${details}`,
          outcome.errorCode,
        );
      }
    }
  }
}
