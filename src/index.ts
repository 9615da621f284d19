/**
 * The package root, and the one place in the client where the built-in catalog (generated/) meets
 * the runtime: `createClient` joins every built-in namespace, `createBaseClient` only the error
 * table, so per-method imports from `gigya-typed/socialize` stay small.
 */
import { lookupErrorCode } from '../generated/errors.docs.gen.js';
import { lookupRuntimeErrorInfo } from '../generated/errors.gen.js';
import { bindNamespaces, methodRegistry, type Namespaces } from '../generated/index.js';
import {
  createBaseClient as createRuntimeClient,
  createCatalogClient,
  type ErrorLookup,
  type GeneratedCatalog,
  type GigyaBaseClient,
  type MethodRegistry,
} from './client.js';
import type { ClientOptions } from './options.js';
import type { SiteSchema } from './runtime.js';

export type { GigyaBaseClient, GeneratedCatalog, MethodRegistry, ErrorLookup } from './client.js';
export type {
  ClientOptions,
  CallOptions,
  Credentials,
  AuthMode,
  DataCenter,
  ResponseFormat,
  RetryOptions,
  DerivedClientOptions,
} from './options.js';
export {
  GigyaError,
  GigyaApiError,
  GigyaValidationError,
  GigyaConfigError,
  GigyaTimeoutError,
  GigyaConnectionError,
  GigyaAbortError,
  GigyaResponseError,
  GigyaCursorError,
} from './errors.js';
export type { GigyaTransportError, ValidationIssue, ResponseProblem, CursorProblem } from './errors.js';
export { paginate } from './bulk/paginate.js';
export { runBulk, GigyaInDoubtError } from './bulk/runner.js';
export type {
  BulkOptions,
  BulkReport,
  BulkProgress,
  BulkFailure,
  BulkMethod,
  BulkTaskContext,
  InDoubtDecision,
} from './bulk/runner.js';
export { fileCheckpoint, memoryCheckpoint } from './bulk/checkpoint.js';
export type { BulkCheckpoint, CheckpointEntry, CheckpointState, FileCheckpointOptions } from './bulk/checkpoint.js';
export { ErrorCode } from '../generated/errors.gen.js';
export type {
  ErrorCodeValue,
  GigyaErrorCode,
  CommonErrorCode,
  ResultCode,
  PendingCode,
} from '../generated/errors.gen.js';
export { errorCodeInfo } from '../generated/errors.docs.gen.js';
export { lookupErrorCode };
export type { ErrorCodeInfo } from '../generated/errors.docs.gen.js';
export type { RetryClass, ErrorOutcome } from './runtime.js';
export type { MethodMap, Namespaces, CommonParams } from '../generated/index.js';
export { buildSignatureBaseString, calcSignature } from './auth/signing.js';
export {
  validateUserSignature,
  validateFriendSignature,
  getDynamicSessionSignature,
  getDynamicSessionSignatureUserSigned,
} from './auth/sigutils.js';
export { getTrace } from './runtime.js';
export type {
  GigyaResult,
  SafeResult,
  GigyaCallError,
  MethodApiError,
  UnlistedErrorCode,
  BoundMethod,
  MethodDescriptor,
  ResponseEnvelope,
  IgnoredParam,
  CursorFields,
  CursorMethod,
  CursorItem,
  CursorPage,
  Paginated,
  PaginateOptions,
  PaginateParams,
  SiteSchema,
  SiteData,
  SitePreferences,
  SiteSubscriptions,
  SiteWrite,
  DeepPartial,
  MergePatch,
} from './runtime.js';
export type { CallTrace, AttemptTrace, ResponseTrace } from './trace.js';
export type { Logger, LogLevel, LogMethod } from './log.js';
export { ENV_VARS } from './env.js';
export type { Environment } from './env.js';
export {
  verifyIdToken,
  verifyWebhook,
  createNonceCache,
  gigyaIssuer,
  clearJwksCache,
  GigyaIdTokenError,
  GigyaWebhookError,
} from './verify/index.js';
export type {
  GigyaIdTokenClaims,
  VerifyIdTokenOptions,
  VerifyClock,
  GigyaWebhookEvent,
  GigyaWebhookEventType,
  GigyaWebhookNotification,
  WebhookNonceStore,
  WebhookRequest,
  VerifyWebhookOptions,
  HeadersInput,
  JwksClient,
  JwksInput,
  PublicJwkInput,
  JwksCacheOptions,
  IdTokenProblem,
  WebhookProblem,
} from './verify/index.js';
export { DATA_CENTERS } from './wire/hosts.js';
export type { DataCenterDomains } from './wire/hosts.js';
export type { GigyaApiErrorConstructor } from './errors.js';

/**
 * A client with one property per catalogued namespace: `client.socialize.setStatus(…)`. `S` is the
 * site's account schema (`{ data; preferences; subscriptions }`), typing every accounts method that
 * reads or writes them.
 */
// biome-ignore lint/complexity/noBannedTypes: no extra namespaces by default; `{}` is the identity of `&`.
export type GigyaClient<X extends object = {}, S extends SiteSchema = SiteSchema> = GigyaBaseClient & Namespaces<S> & X;

const BUILT_IN: GeneratedCatalog<Namespaces> = { bindNamespaces, methodRegistry, lookupErrorCode };

/**
 * Creates a client. Credentials decide the auth mode (see `ClientOptions`); by default calls go to
 * data center us1, or to `baseUrl` (for example the emulator from `gigya-typed/emulator`).
 * A catalog generated with `npm run generate -- --catalog DIR --out DIR` adds its namespaces and
 * error codes; where it redefines a built-in namespace (a socialize.yaml with extra methods), it wins.
 *
 * The type argument `S` types the site's own account schema once, for every accounts method that
 * reads or writes `data`, `preferences` or `subscriptions` (each part optional, an open record by
 * default; writes take deep partials). It costs nothing at run time. With a catalog of your own,
 * pass both: `createClient<typeof catalogNamespaces, MySchema>(options, catalog)`.
 *
 * @example
 * const client = createClient({ apiKey, secret, dataCenter: 'eu1' });
 * await client.socialize.setStatus({ uid, status: 'I feel great' });
 *
 * @example
 * interface MyData { newsletter: boolean; loyalty: { tier: 'gold' | 'silver' } }
 * const typed = createClient<{ data: MyData }>({ apiKey, secret });
 * const account = await typed.accounts.getAccountInfo({ UID });
 * account.data?.loyalty.tier; // 'gold' | 'silver'
 */
// biome-ignore lint/complexity/noBannedTypes: no extra namespaces; `{}` is the identity of `&`.
export function createClient<S extends SiteSchema = SiteSchema>(options?: ClientOptions): GigyaClient<{}, S>;
export function createClient<X extends object, S extends SiteSchema = SiteSchema>(
  options: ClientOptions,
  extra: GeneratedCatalog<X>,
): GigyaClient<X, S>;
export function createClient<X extends object>(options?: ClientOptions, extra?: GeneratedCatalog<X>): GigyaClient<X> {
  const catalogs = (extra ? [BUILT_IN, extra] : [BUILT_IN]) as ReadonlyArray<GeneratedCatalog<Namespaces & X>>;
  return createCatalogClient(options, ...catalogs);
}

/**
 * A client without namespace objects, for the per-method functions of `gigya-typed/socialize`, so
 * bundles carry only the methods they import:
 *
 * @example
 * import { createBaseClient } from 'gigya-typed';
 * import { setStatus } from 'gigya-typed/socialize';
 * const client = createBaseClient({ apiKey, secret });
 * await setStatus(client, { uid, status: 'I feel great' });
 *
 * The built-in runtime error table (codes, names, outcomes, retry classes; no texts, so `error.info`
 * has no `description` here) decides outcomes and retries, after any `errorTables` given. `call(name)`
 * validates only the methods of `registries` (e.g. `[socializeMethods]` from `gigya-typed/socialize`);
 * other names are sent as methods the catalog does not know.
 */
export function createBaseClient(
  options?: ClientOptions,
  registries: readonly MethodRegistry[] = [],
  errorTables: readonly ErrorLookup[] = [],
): GigyaBaseClient {
  return createRuntimeClient(options, registries, [...errorTables, lookupRuntimeErrorInfo]);
}
