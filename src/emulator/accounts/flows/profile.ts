/**
 * Reading and changing accounts: getAccountInfo, setAccountInfo, deleteAccount, resetPassword,
 * and the site's schema and policies.
 *
 * setAccountInfo merges the way Gigya documents: fields absent from the call stay, `null` deletes,
 * nested objects merge. Every section is checked against the site schema first; nothing is written
 * unless the whole call is valid. A call with `regToken` instead of `UID` counts as a client call
 * for `writeAccess`, as Gigya documents.
 */
import type { AccountRecord, PoliciesInput } from '../model.js';
import { fail, ok, type CallContext, type Outcome, type ValidationError } from '../outcome.js';
import { bool, guarded, isPlainObject, list, object, text, type JsonObject, type Params } from '../params.js';
import { mergeSection } from '../merge.js';
import type { SetSchemaInput } from '../schema.js';
import { isEmail, normalizeEmail, resolvePolicies, type AccountStore } from '../store.js';
import { ACCOUNT_INFO_DEFAULT_INCLUDE, renderAccount } from '../view.js';
import {
  accountOf,
  checkPassword,
  emit,
  idTokenClaims,
  lockedOut,
  passwordErrors,
  schemaFailure,
  signIdToken,
  storeFailure,
  unknownUser,
  validationFailure,
  wrongCredentials,
} from './common.js';
import { applySections } from './registration.js';

export function getAccountInfo(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const found = accountOf(store, ctx, params);
    if ('errorCode' in found) return found;
    const include = list(params, 'include') ?? [...ACCOUNT_INFO_DEFAULT_INCLUDE];
    const lock = store.lockout(ctx.apiKey, found.UID);
    const out = renderAccount(found, {
      include,
      extraProfileFields: list(params, 'extraProfileFields') ?? [],
      trusted: ctx.trusted,
      password: store.passwordOf(ctx.apiKey, found.UID),
      lockedUntil: lock?.lockedUntil !== undefined && lock.lockedUntil > store.now() ? lock.lockedUntil : undefined,
    });
    if (include.includes('id_token') && found.isRegistered)
      out['id_token'] = signIdToken(store, ctx, idTokenClaims(store, ctx, found, {}).claims);
    return ok(out);
  });
}

function permissionDenied(what: string): Outcome {
  return fail(
    403007,
    `Permission denied: ${what} can only be changed by a server call (with a secret, signature or bearer token).`,
  );
}

export function setAccountInfo(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const found = accountOf(store, ctx, params);
    if ('errorCode' in found) return found;
    const byRegToken = text(params, 'UID') === undefined;
    const trusted = ctx.trusted && !byRegToken;
    const now = store.now();
    const site = store.ensureSite(ctx.apiKey);

    const applied = applySections(store, ctx, found, params, trusted);
    if ('errors' in applied) return schemaFailure(applied.errors);
    let next: AccountRecord = { ...found, ...applied.sections };

    const internal = object(params, 'internal');
    if (internal !== undefined) {
      if (!trusted) return permissionDenied('internal');
      next = { ...next, internal: mergeSection(next.internal, internal) };
    }
    for (const flag of ['isActive', 'isVerified'] as const)
      if (bool(params, flag) !== undefined && !trusted) return permissionDenied(flag);

    // Login identifiers.
    const idErrors: ValidationError[] = [];
    const duplicates: ValidationError[] = [];
    const username = text(params, 'username');
    if (username !== undefined && username !== next.username) {
      const owner = store.loginIdOwner(ctx.apiKey, 'username', username);
      if (owner !== undefined && owner !== next.UID)
        duplicates.push({ errorCode: 400003, message: 'username already exists', fieldName: 'username' });
      else next = { ...next, username };
    }
    const phone = text(params, 'phoneNumber');
    if (phone !== undefined && phone !== next.phoneNumber) {
      if (!/^\+?[0-9][0-9\s().-]{3,}$/.test(phone))
        idErrors.push({ errorCode: 400006, message: 'Invalid phone number', fieldName: 'phoneNumber' });
      else {
        const owner = store.loginIdOwner(ctx.apiKey, 'phone', phone);
        if (owner !== undefined && owner !== next.UID)
          duplicates.push({ errorCode: 400003, message: 'phone number already exists', fieldName: 'phoneNumber' });
        else next = { ...next, phoneNumber: phone };
      }
    }
    const verifying = bool(params, 'isVerified') === true;
    for (const raw of list(params, 'addLoginEmails') ?? []) {
      if (!isEmail(raw)) {
        idErrors.push({ errorCode: 400006, message: `Invalid email address`, fieldName: 'addLoginEmails' });
        continue;
      }
      const email = normalizeEmail(raw);
      if (next.loginEmails.some((e) => e.email === email)) continue;
      const owner = store.loginIdOwner(ctx.apiKey, 'email', email);
      if (owner !== undefined && owner !== next.UID)
        duplicates.push({ errorCode: 400003, message: 'email already exists', fieldName: 'addLoginEmails' });
      else next = { ...next, loginEmails: [...next.loginEmails, { email, verified: verifying }] };
    }
    const removing = new Set((list(params, 'removeLoginEmails') ?? []).map(normalizeEmail));
    if (removing.size > 0) next = { ...next, loginEmails: next.loginEmails.filter((e) => !removing.has(e.email)) };
    if (
      next.loginEmails.length === 0 &&
      next.username === undefined &&
      next.phoneNumber === undefined &&
      found.hasPassword &&
      site.policies.registration.requireLoginID
    ) {
      idErrors.push({
        errorCode: 400006,
        message: 'An account with a password needs at least one login ID',
        fieldName: 'removeLoginEmails',
      });
    }

    // Password change.
    const newPassword = text(params, 'newPassword');
    if (newPassword !== undefined) {
      idErrors.push(...passwordErrors(store, ctx, newPassword, 'newPassword'));
      const override = trusted && bool(params, 'securityOverride') === true;
      if (!override && found.hasPassword) {
        const current = text(params, 'password');
        if (current === undefined)
          return fail(
            400002,
            'Missing required parameter: password (the current password is needed to set newPassword)',
          );
        const check = checkPassword(store, ctx, found, current);
        if (check.result === 'locked') return lockedOut(check.lockedUntil as number);
        if (check.result === 'wrong') return wrongCredentials();
      }
    }
    if (idErrors.length > 0) return validationFailure([...duplicates, ...idErrors]);
    if (duplicates.length > 0) return fail(400003, duplicates.map((d) => d.message).join('; '), {}, duplicates);

    const isActive = bool(params, 'isActive');
    if (isActive !== undefined) next = { ...next, isActive };
    const isVerified = bool(params, 'isVerified');
    if (isVerified === true)
      next = {
        ...next,
        isVerified: true,
        verified: next.verified ?? now,
        loginEmails: next.loginEmails.map((e) => ({ ...e, verified: true })),
      };
    if (isVerified === false)
      next = {
        ...next,
        isVerified: false,
        verified: undefined,
        loginEmails: next.loginEmails.map((e) => ({ ...e, verified: false })),
      };
    const regSource = text(params, 'regSource');
    if (regSource !== undefined) next = { ...next, regSource };
    const lang = text(params, 'lang');
    if (lang !== undefined) next = { ...next, lang };
    next = { ...next, lastUpdated: now };

    let stored: AccountRecord;
    try {
      stored = store.replace(ctx.apiKey, next);
    } catch (error) {
      return storeFailure(error);
    }
    site.schema.learn(applied.learned);
    if (newPassword !== undefined) {
      store.setPassword(ctx.apiKey, stored.UID, store.hashPassword(newPassword));
      store.setLockout(ctx.apiKey, stored.UID, undefined);
    }
    emit(store, ctx, 'accountUpdated', stored.UID, bool(params, 'muteWebhooks') === true);
    return ok();
  });
}

/**
 * The legacy server call: UID's password becomes newPassword, checked against the site's policy.
 * It is setAccountInfo's password change; a `password` given must be the current one, and without
 * one the server sets it outright (as setAccountInfo does with securityOverride).
 */
export function setPassword(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const uid = text(params, 'UID');
    if (uid === undefined) return fail(400002, 'Missing required parameter: UID');
    const newPassword = text(params, 'newPassword');
    if (newPassword === undefined) return fail(400002, 'Missing required parameter: newPassword');
    const current = text(params, 'password');
    if (!ctx.trusted) return permissionDenied('the password');
    return setAccountInfo(store, ctx, {
      UID: uid,
      newPassword,
      ...(current === undefined ? { securityOverride: true } : { password: current }),
    });
  });
}

export function deleteAccount(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const uid = text(params, 'UID');
    if (uid === undefined) return fail(400002, 'Missing required parameter: UID');
    if (!store.remove(ctx.apiKey, uid)) return unknownUser(uid);
    emit(store, ctx, 'accountDeleted', uid);
    return ok();
  });
}

/**
 * Two steps: `loginID` starts a reset (the token goes to the outbox, or, with `sendEmail=false` on a
 * server call, into the answer); `passwordResetToken` + `newPassword` completes it. A token works
 * once and for `passwordReset.tokenExpiration` seconds.
 */
export function resetPassword(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const token = text(params, 'passwordResetToken');
    const site = store.ensureSite(ctx.apiKey);
    if (token !== undefined) {
      const newPassword = text(params, 'newPassword');
      if (newPassword === undefined) return fail(400002, 'Missing required parameter: newPassword');
      const errors = passwordErrors(store, ctx, newPassword, 'newPassword');
      if (errors.length > 0) return validationFailure(errors);
      const record = store.takeResetToken(ctx.apiKey, token);
      const account = record ? store.account(ctx.apiKey, record.uid) : undefined;
      // The stored sources name no code for a dead reset token; the details say what happened.
      if (!record || !account)
        return fail(
          400006,
          'Invalid parameter value: passwordResetToken is unknown, expired or already used. Start a new reset with ' +
            'loginID.',
        );
      const updated = store.setPassword(ctx.apiKey, account.UID, store.hashPassword(newPassword));
      store.setLockout(ctx.apiKey, account.UID, undefined);
      store.replace(ctx.apiKey, { ...updated, lastUpdated: store.now() });
      emit(store, ctx, 'accountUpdated', account.UID);
      return ok();
    }
    const loginID = text(params, 'loginID');
    if (loginID === undefined) return fail(400002, 'Missing required parameter: loginID (or passwordResetToken)');
    const account = store.findByLoginID(ctx.apiKey, loginID);
    if (!account) return fail(403047, 'Login ID does not exist');
    const sendEmail = bool(params, 'sendEmail') ?? true;
    if (!sendEmail && !ctx.trusted) return permissionDenied('sendEmail=false (getting the reset token in the answer)');
    const issued = store.issueResetToken(ctx.apiKey, account.UID, site.policies.passwordReset.tokenExpiration);
    if (!sendEmail) return ok({ passwordResetToken: issued });
    const to =
      text(params, 'email') ??
      account.loginEmails[0]?.email ??
      (typeof account.profile['email'] === 'string' ? account.profile['email'] : undefined);
    if (to === undefined)
      return fail(400006, 'Invalid parameter value: the account has no email to send the reset link to.');
    store.send({ kind: 'passwordReset', apiKey: ctx.apiKey, uid: account.UID, to, token: issued, at: store.now() });
    return ok();
  });
}

export function getSchema(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const schema = store.ensureSite(ctx.apiKey).schema.describe();
    const filter = text(params, 'filter') ?? 'full';
    if (filter !== 'full') {
      for (const key of Object.keys(schema)) {
        const section = schema[key] as { fields: Record<string, { writeAccess: string }> };
        const schemaFields = store.ensureSite(ctx.apiKey).schema;
        const name = key.replace(/Schema$/, '') as 'profile' | 'data' | 'preferences' | 'subscriptions';
        for (const path of Object.keys(section.fields)) {
          const field = schemaFields.field(name, path);
          const drop =
            filter === 'clientOnly'
              ? field?.writeAccess === 'serverOnly'
              : filter === 'explicitOnly'
                ? field?.dynamic === true
                : false;
          if (drop) delete section.fields[path];
        }
      }
    }
    return ok(schema);
  });
}

export function setSchema(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    if (!ctx.trusted) return permissionDenied('the schema');
    const input: Record<string, unknown> = {};
    for (const key of ['profileSchema', 'dataSchema', 'preferencesSchema', 'subscriptionsSchema']) {
      const value = object(params, key);
      if (value !== undefined) input[key] = value;
    }
    if (Object.keys(input).length === 0)
      return fail(
        400002,
        'Missing required parameter: one of profileSchema, dataSchema, preferencesSchema, subscriptionsSchema',
      );
    const errors = store.ensureSite(ctx.apiKey).schema.apply(input as SetSchemaInput);
    if (errors.length > 0) return schemaFailure(errors);
    return ok();
  });
}

const POLICY_SECTIONS = [
  'accountOptions',
  'passwordComplexity',
  'security',
  'passwordReset',
  'registration',
  'twoFactorAuth',
] as const;

export function getPolicies(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    const policies = store.ensureSite(ctx.apiKey).policies;
    const sections = list(params, 'sections');
    const out: JsonObject = {};
    for (const key of POLICY_SECTIONS)
      if (!sections || sections.includes(key)) out[key] = structuredClone(policies[key]);
    return ok(out);
  });
}

function checkPolicies(input: JsonObject): ValidationError[] {
  const errors: ValidationError[] = [];
  const expect = (path: string, value: unknown, kind: 'boolean' | 'number' | 'string'): void => {
    if (value !== undefined && typeof value !== kind)
      errors.push({ errorCode: 400006, message: `expected a ${kind}`, fieldName: path });
  };
  const section = (name: string): JsonObject => (isPlainObject(input[name]) ? (input[name] as JsonObject) : {});
  const ao = section('accountOptions');
  for (const k of ['verifyEmail', 'allowUnverifiedLogin', 'preventLoginIDHarvesting'] as const)
    expect(`accountOptions.${k}`, ao[k], 'boolean');
  expect('accountOptions.loginIdentifiers', ao['loginIdentifiers'], 'string');
  const pc = section('passwordComplexity');
  for (const k of ['minLength', 'minCharGroups'] as const) expect(`passwordComplexity.${k}`, pc[k], 'number');
  expect('passwordComplexity.regExp', pc['regExp'], 'string');
  const lockout = isPlainObject(section('security')['accountLockout'])
    ? (section('security')['accountLockout'] as JsonObject)
    : {};
  for (const k of ['failedLoginThreshold', 'lockoutTimeSec', 'failedLoginResetSec'] as const)
    expect(`security.accountLockout.${k}`, lockout[k], 'number');
  expect('passwordReset.tokenExpiration', section('passwordReset')['tokenExpiration'], 'number');
  expect('registration.requireLoginID', section('registration')['requireLoginID'], 'boolean');
  const providers = section('twoFactorAuth')['providers'];
  if (providers !== undefined) {
    if (!Array.isArray(providers))
      errors.push({ errorCode: 400006, message: 'expected an array', fieldName: 'twoFactorAuth.providers' });
    else
      providers.forEach((p, i) => {
        if (!isPlainObject(p) || typeof p['name'] !== 'string' || typeof p['enabled'] !== 'boolean')
          errors.push({
            errorCode: 400006,
            message: 'expected { name: string, enabled: boolean }',
            fieldName: `twoFactorAuth.providers[${i}]`,
          });
      });
  }
  return errors;
}

export function setPolicies(store: AccountStore, ctx: CallContext, params: Params): Outcome {
  return guarded(() => {
    if (!ctx.trusted) return permissionDenied('site policies');
    const input: JsonObject = {};
    for (const key of POLICY_SECTIONS) {
      const value = object(params, key);
      if (value !== undefined) input[key] = value;
    }
    const errors = checkPolicies(input);
    if (errors.length > 0)
      return fail(
        400006,
        `Invalid parameter value: ${errors.map((e) => `${e.fieldName}: ${e.message}`).join('; ')}`,
        {},
        errors,
      );
    const site = store.ensureSite(ctx.apiKey);
    site.policies = resolvePolicies(site.policies, input as PoliciesInput);
    return ok();
  });
}
