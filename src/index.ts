export { createClient, createBaseClient } from './client.js';
export type { GigyaClient, GigyaBaseClient, GeneratedCatalog } from './client.js';
export type { ClientOptions, CallOptions, Credentials, AuthMode, DataCenter, ResponseFormat, RetryOptions } from './options.js';
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
export { ErrorCode, errorCodeInfo, lookupErrorCode } from '../generated/errors.gen.js';
export type { ErrorCodeValue, GigyaErrorCode, CommonErrorCode, ResultCode, PendingCode, ErrorCodeInfo } from '../generated/errors.gen.js';
export type { RetryClass } from './runtime.js';
export type { MethodMap, Namespaces } from '../generated/index.js';
export { buildSignatureBaseString, calcSignature } from './signing.js';
export {
  validateUserSignature,
  validateFriendSignature,
  getDynamicSessionSignature,
  getDynamicSessionSignatureUserSigned,
} from './sigutils.js';
export { getTrace } from './runtime.js';
export type { GigyaResult, SafeResult, GigyaCallError, UnlistedErrorCode, BoundMethod, MethodDescriptor, ResponseEnvelope } from './runtime.js';
export type { CallTrace, AttemptTrace, Logger } from './trace.js';
export { DATA_CENTERS } from './hosts.js';
