/**
 * Logging in and out: login (loginID + password), notifyLogin (a site-side or social login),
 * logout and verifyLogin.
 *
 * login checks the password before anything else about the account, so the pending states
 * (206001 pending registration, 206002 pending verification, each with a regToken) and 403041
 * (disabled) are only revealed to someone who knows the password. Unknown login IDs and wrong
 * passwords both answer 403042; after `failedLoginThreshold` failures every login answers 403120
 * until `lockoutTimeSec` has passed.
 */
import { createHash } from 'node:crypto';
import type { AccountRecord, Identity, ProviderUser } from '../model.js';
import { fail, ok, type CallContext, type Outcome } from '../outcome.js';
import { bool, guarded, isPlainObject, list, object, text, type Params } from '../params.js';
import { blankAccount, newUid, normalizeEmail, type AccountStore, type LoginIdKind } from '../store.js';
import { LOGIN_DEFAULT_INCLUDE, renderAccount } from '../view.js';
import {
  accountByUid,
  checkPassword,
  emit,
  lockedOut,
  loginAnswer,
  secondFactorChallenge,
  storeFailure,
  wrongCredentials,
} from './common.js';

function loginKinds(store: AccountStore, ctx: CallContext): LoginIdKind[] {
  const configured = store
    .ensureSite(ctx.apiKey)
    .policies.accountOptions.loginIdentifiers.split(',')
    .map((s) => s.trim().toLowerCase());
  const kinds = (['email', 'username', 'phone'] as const).filter((k) => configured.includes(k));
  return kinds.length > 0 ? kinds : ['email'];
}

/** A successful login: pending checks, then lastLogin, a session and accountLoggedIn. */
export function completeLogin(
  store: AccountStore,
  ctx: CallContext,
  account: AccountRecord,
  params: Params,
  provider = 'site',
  extra: Record<string, unknown> = {},
  how: { secondFactor?: boolean } = {},
): Outcome {
  if (!account.isActive) return fail(403041, 'Account disabled: the account is not active.');
  if (!account.isRegistered) {
    const regToken = store.issueRegToken(ctx.apiKey, account.UID, 'registration');
    return fail(206001, 'Account Pending Registration: finish the registration with the regToken.', { regToken });
  }
  const options = store.ensureSite(ctx.apiKey).policies.accountOptions;
  if (options.verifyEmail && !options.allowUnverifiedLogin && !account.isVerified) {
    const regToken = store.issueRegToken(ctx.apiKey, account.UID, 'verification');
    return fail(206002, 'Account Pending Verification: the email address has not been verified yet.', {
      regToken,
      UID: account.UID,
    });
  }
  if (how.secondFactor) {
    const challenge = secondFactorChallenge(store, ctx, account);
    if (challenge) return challenge;
  }
  const now = store.now();
  const updated = store.replace(ctx.apiKey, { ...account, lastLogin: now, loginProvider: provider });
  const answer = loginAnswer(store, ctx, updated, params, extra);
  emit(store, ctx, 'accountLoggedIn', updated.UID);
  return ok(answer);
}

export function login(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const loginID = text(params, 'loginID');
    if (loginID === undefined) {
      if (text(params, 'aToken') !== undefined)
        return fail(
          400096,
          'Not supported: the emulator has no passwordless (aToken) login; use loginID and password.',
        );
      return fail(400002, 'Missing required parameter: loginID');
    }
    const password = text(params, 'password');
    if (password === undefined) return fail(400002, 'Missing required parameter: password');
    const account = store.findByLoginID(ctx.apiKey, loginID, loginKinds(store, ctx));
    if (!account) return wrongCredentials();
    const check = checkPassword(store, ctx, account, password);
    if (check.result === 'locked') return lockedOut(check.lockedUntil as number);
    if (check.result === 'wrong') return wrongCredentials();
    return completeLogin(store, ctx, account, params, 'site', {}, { secondFactor: true });
  });
}

/** The token of a provider session, which the provider would be asked about. */
function providerTokenOf(session: Record<string, unknown>): string {
  return String(session['authToken'] ?? session['code'] ?? session['idToken'] ?? '');
}

/**
 * providerUID of a provider session: given, or what the provider says of its token
 * (setProviderUser), or derived from the token so one token is one user.
 */
function providerUidOf(provider: string, session: Record<string, unknown>, known: ProviderUser | undefined): string {
  if (typeof session['providerUID'] === 'string' && session['providerUID'] !== '') return session['providerUID'];
  if (known?.providerUID !== undefined) return known.providerUID;
  return createHash('sha256')
    .update(`${provider}\u0000${providerTokenOf(session)}`)
    .digest('hex')
    .slice(0, 20);
}

export function notifyLogin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const siteUID = text(params, 'siteUID');
    const providerSessions = object(params, 'providerSessions');
    if (siteUID === undefined && (providerSessions === undefined || Object.keys(providerSessions).length === 0)) {
      return fail(400002, 'Missing required parameter: siteUID or providerSessions');
    }
    const site = store.ensureSite(ctx.apiKey);
    const now = store.now();
    let account = siteUID === undefined ? undefined : store.account(ctx.apiKey, siteUID);
    let newUser = false;
    const identities: Identity[] = [];
    for (const [provider, raw] of Object.entries(providerSessions ?? {})) {
      if (!isPlainObject(raw))
        return fail(400006, `Invalid parameter value: providerSessions.${provider} must be an object`);
      const known = store.providerUser(ctx.apiKey, provider, providerTokenOf(raw));
      const providerUID = providerUidOf(provider, raw, known);
      const owner = store.findByIdentity(ctx.apiKey, provider, providerUID);
      const wanted = account?.UID ?? siteUID;
      if (owner && wanted !== undefined && owner.UID !== wanted)
        return fail(409001, `Identity exists: the ${provider} identity belongs to another account.`);
      if (owner && !account) account = owner;
      const email = known?.email;
      identities.push({
        provider,
        providerUID,
        isLoginIdentity: true,
        allowsLogin: true,
        lastLoginTime: Math.floor(now / 1000),
        ...(email === undefined ? {} : { email }),
      });
    }
    if (!account) {
      // A first login creates the account. A social identity whose email is a login ID of another
      // account is parked as a pending account: the user links the two (403043 + regToken).
      const uid = siteUID ?? newUid();
      const email = identities.map((i) => i['email']).find((e): e is string => typeof e === 'string');
      const conflict = email === undefined ? undefined : store.findByLoginID(ctx.apiKey, email, ['email']);
      const fresh: AccountRecord = {
        ...blankAccount(uid, now),
        identities,
        profile: email === undefined ? {} : { email },
        loginProvider: identities[0]?.provider ?? 'site',
        regSource: text(params, 'regSource'),
      };
      try {
        account = store.insert(ctx.apiKey, fresh);
      } catch (error) {
        return storeFailure(error);
      }
      emit(store, ctx, 'accountCreated', account.UID);
      newUser = true;
      if (conflict && siteUID === undefined) {
        const regToken = store.issueRegToken(ctx.apiKey, account.UID, 'link');
        return fail(
          403043,
          `Login identifier exists: ${normalizeEmail(email as string)} is the login ID of another account; link the ` +
            `accounts (accounts.linkAccounts) with the regToken.`,
          {
            regToken,
          },
        );
      }
    } else if (identities.length > 0) {
      const known = new Set(account.identities.map((i) => `${i.provider}\u0000${i.providerUID}`));
      const added = identities.filter((i) => !known.has(`${i.provider}\u0000${i.providerUID}`));
      if (added.length > 0) {
        try {
          account = store.replace(ctx.apiKey, {
            ...account,
            identities: [...account.identities, ...added],
            lastUpdated: now,
          });
        } catch (error) {
          return storeFailure(error);
        }
      }
    }
    if (!account.isRegistered) {
      const missing = site.schema.missingRequired(account);
      if (missing.length > 0 && bool(params, 'skipValidation') !== true) {
        const regToken = store.issueRegToken(ctx.apiKey, account.UID, 'registration');
        return fail(206001, `Account Pending Registration: required fields are missing (${missing.join(', ')}).`, {
          regToken,
        });
      }
      account = store.replace(ctx.apiKey, { ...account, isRegistered: true, registered: now, lastUpdated: now });
      emit(store, ctx, 'accountRegistered', account.UID);
    }
    const provider = identities[0]?.provider ?? 'site';
    return completeLogin(store, ctx, account, params, provider, newUser ? { newUser: true } : {});
  });
}

export function logout(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = accountByUid(store, ctx, params);
    if ('errorCode' in account) return account;
    store.endSessions(ctx.apiKey, account.UID);
    const providers = [...new Set(account.identities.map((i) => i.provider))];
    return ok(providers.length > 0 ? { connectedProviders: providers.join(',') } : {});
  });
}

export function verifyLogin(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const account = accountByUid(store, ctx, params);
    if ('errorCode' in account) return account;
    if (store.liveSessions(ctx.apiKey, account.UID).length === 0)
      return fail(403012, 'No valid session: the user is not logged in.');
    const include = list(params, 'include') ?? [...LOGIN_DEFAULT_INCLUDE];
    return ok(
      renderAccount(account, {
        include,
        extraProfileFields: list(params, 'extraProfileFields') ?? [],
        trusted: ctx.trusted,
      }),
    );
  });
}
