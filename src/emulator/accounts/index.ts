/**
 * The emulator's accounts model: a store, Gigya's flows over it, search, tokens and webhooks. No
 * part of it knows about HTTP: a handler reads params, calls a flow with the store and a
 * CallContext, and renders the Outcome (`errorCode`, `errorDetails`, `validationErrors`, `fields`).
 */
import type { CallContext, Outcome } from './outcome.js';
import type { Params } from './params.js';
import type { AccountStore } from './store.js';
import { getJWT, getJWTPublicKey } from './flows/jwt.js';
import { addEmails, removeEmails } from './flows/emails.js';
import { importFullAccount } from './flows/import.js';
import { getConflictingAccount, linkAccounts } from './flows/linking.js';
import {
  deleteAccount,
  getAccountInfo,
  getPolicies,
  getSchema,
  resetPassword,
  setAccountInfo,
  setPassword,
  setPolicies,
  setSchema,
} from './flows/profile.js';
import { finalizeRegistration, initRegistration, isAvailableLoginID, register } from './flows/registration.js';
import { login, logout, notifyLogin, verifyLogin } from './flows/session.js';
import { search } from './search/search.js';
import { streamCreate, streamRead } from './flows/stream.js';
import { webhooksDelete, webhooksGetAll, webhooksGetStatus, webhooksSet } from './flows/webhooks.js';

export type AccountsFlow = (store: AccountStore, ctx: CallContext, params: Params) => Outcome;

/** Every implemented accounts method, by wire name. */
export const ACCOUNT_FLOWS: Readonly<Record<string, AccountsFlow>> = {
  'accounts.initRegistration': initRegistration,
  'accounts.register': register,
  'accounts.finalizeRegistration': finalizeRegistration,
  'accounts.isAvailableLoginID': isAvailableLoginID,
  'accounts.login': login,
  'accounts.notifyLogin': notifyLogin,
  'accounts.logout': logout,
  'accounts.verifyLogin': verifyLogin,
  'accounts.getAccountInfo': getAccountInfo,
  'accounts.setAccountInfo': setAccountInfo,
  'accounts.deleteAccount': deleteAccount,
  'accounts.resetPassword': resetPassword,
  'accounts.setPassword': setPassword,
  'accounts.addEmails': addEmails,
  'accounts.removeEmails': removeEmails,
  'accounts.getConflictingAccount': getConflictingAccount,
  'accounts.linkAccounts': linkAccounts,
  'accounts.getSchema': getSchema,
  'accounts.setSchema': setSchema,
  'accounts.getPolicies': getPolicies,
  'accounts.setPolicies': setPolicies,
  'accounts.importFullAccount': importFullAccount,
  'accounts.search': search,
  'accounts.getJWT': getJWT,
  'accounts.getJWTPublicKey': getJWTPublicKey,
  'accounts.stream.create': streamCreate,
  'accounts.stream.read': streamRead,
  'accounts.webhooks.set': webhooksSet,
  'accounts.webhooks.getAll': webhooksGetAll,
  'accounts.webhooks.delete': webhooksDelete,
  'accounts.webhooks.getStatus': webhooksGetStatus,
};

export { ok, fail, isOutcome, withoutUndefined } from './outcome.js';
export type { Outcome, ValidationError, CallContext, Clock } from './outcome.js';
export type { Params, JsonObject } from './params.js';
export { AccountStore, AccountStoreError, newUid, normalizeEmail, tokenDigest } from './store.js';
export type { AccountStoreOptions, SiteRecord, LoginIdKind } from './store.js';
export { DEFAULT_LIMITS, DEFAULT_POLICIES, REG_TOKEN_TTL_MS } from './model.js';
export type {
  AccountRecord,
  AccountEvent,
  AccountEventType,
  AccountLimits,
  Identity,
  LoginEmail,
  OutboxMessage,
  ProviderUser,
  PoliciesInput,
  SessionRecord,
  SitePolicies,
} from './model.js';
export { PasswordHash, DEFAULT_SCRYPT_COST, IMPORT_ALGORITHMS, complexityProblem } from './password.js';
export type { ScryptCost, HashSettings, PasswordComplexity } from './password.js';
export { SiteSchema, BASIC_PROFILE_FIELDS, EXTRA_PROFILE_FIELDS } from './schema.js';
export type { SchemaField, SchemaSection, SetSchemaInput, FieldType, WriteAccess } from './schema.js';
export { mergeSection } from './merge.js';
export {
  renderAccount,
  accountCore,
  ACCOUNT_INFO_DEFAULT_INCLUDE,
  LOGIN_DEFAULT_INCLUDE,
  INCLUDE_VALUES,
} from './view.js';
export { JwtKeyring, issuerOf } from './tokens.js';
export type { PublicJwk } from './tokens.js';
export { seedAccounts, importRecord } from './flows/import.js';
export type { AccountsFixture, AccountsFixtureSite, AccountImportRecord } from './flows/import.js';
export { verifyEmail } from './flows/registration.js';
export {
  initRegistration,
  register,
  finalizeRegistration,
  isAvailableLoginID,
  login,
  notifyLogin,
  logout,
  verifyLogin,
  getAccountInfo,
  setAccountInfo,
  deleteAccount,
  resetPassword,
  getConflictingAccount,
  linkAccounts,
  getSchema,
  setSchema,
  getPolicies,
  setPolicies,
  importFullAccount,
  search,
  getJWT,
  getJWTPublicKey,
};
export { parseQuery, formatQuery } from './search/parser.js';
export type { Query, Expr, Literal, Selection } from './search/parser.js';
export { QuerySyntaxError, tokenize } from './search/lexer.js';
export { DEFAULT_SEARCH_LIMIT, MAX_SEARCH_LIMIT } from './search/search.js';
export { CursorRegistry } from './search/cursors.js';
export { WebhookDispatcher } from './webhooks/dispatcher.js';
export { WebhookRegistry } from './webhooks/registry.js';
export type { SiteWebhook, WebhookStatus } from './webhooks/registry.js';
export type {
  WebhookEndpoint,
  WebhookDispatcherOptions,
  WebhookRetryOptions,
  DeliveryRecord,
  DeliveryStatus,
} from './webhooks/dispatcher.js';
export {
  buildNotification,
  hmacSignature,
  notificationJwt,
  bodyDigest,
  HMAC_HEADER,
  JWT_HEADER,
  WEBHOOK_EVENT_TYPES,
} from './webhooks/notification.js';
export type { WebhookEventBody, WebhookNotificationBody } from './webhooks/notification.js';
