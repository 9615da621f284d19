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
} from './errors.js';
export type { GigyaTransportError, ValidationIssue, ResponseProblem } from './errors.js';
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
export type { MethodMap, Namespaces } from '../generated/index.js';
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
  UnlistedErrorCode,
  BoundMethod,
  MethodDescriptor,
  ResponseEnvelope,
} from './runtime.js';
export type { CallTrace, AttemptTrace, ResponseTrace } from './trace.js';
export type { Logger, LogLevel, LogMethod } from './log.js';
export { ENV_VARS } from './env.js';
export type { Environment } from './env.js';
export { DATA_CENTERS } from './wire/hosts.js';
export type { DataCenterDomains } from './wire/hosts.js';
export type { GigyaApiErrorConstructor } from './errors.js';

/** A client with one property per catalogued namespace: `client.socialize.setStatus(…)`. */
// biome-ignore lint/complexity/noBannedTypes: no extra namespaces by default; `{}` is the identity of `&`.
export type GigyaClient<X extends object = {}> = GigyaBaseClient & Namespaces & X;

const BUILT_IN: GeneratedCatalog<Namespaces> = { bindNamespaces, methodRegistry, lookupErrorCode };

/**
 * Creates a client. Credentials decide the auth mode (see `ClientOptions`); by default calls go to
 * data center us1, or to `baseUrl` (for example the emulator from `gigya-typed/emulator`).
 * A catalog generated with `npm run generate -- --catalog DIR --out DIR` adds its namespaces and
 * error codes; where it redefines a built-in namespace (a socialize.yaml with extra methods), it wins.
 *
 * @example
 * const client = createClient({ apiKey, secret, dataCenter: 'eu1' });
 * await client.socialize.setStatus({ uid, status: 'I feel great' });
 */
export function createClient(options?: ClientOptions): GigyaClient;
export function createClient<X extends object>(options: ClientOptions, extra: GeneratedCatalog<X>): GigyaClient<X>;
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
