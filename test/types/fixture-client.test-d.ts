/**
 * Compile-only: checked by `tsc --noEmit` (part of `npm test`), never run. Uses the output of the
 * small fixture catalog (test/types/fixture, regenerated from test/codegen/fixtures/valid), so the
 * exhaustive switches below do not change whenever the real error table grows.
 */
import { expectTypeOf } from 'vitest';
import { GigyaApiError } from '../../src/errors.js';
import type { BoundMethod, GigyaResult, Invoker, MethodDescriptor, ResponseEnvelope } from '../../src/runtime.js';
import {
  ErrorCode,
  type CommonErrorCode,
  type GigyaErrorCode,
  type SocializeSetStatusErrorCode,
} from './fixture/errors.gen.js';
import { bindNamespaces, methodRegistry, type MethodMap, type Namespaces } from './fixture/index.js';
import {
  getUserInfo,
  setStatus,
  setStatusMethod,
  socializeSetStatusParamsSchema,
  type SocializeGetUserInfoResponse,
  type SocializeNamespace,
  type SocializeSetStatusParams,
  type SocializeSetStatusResponse,
} from './fixture/socialize/index.js';

declare const ns: SocializeNamespace;
declare const invoker: Invoker;

// Params: required params are required, unknown params are errors, optional params take undefined.
export async function params(): Promise<void> {
  await ns.setStatus({ status: 'hi' });
  await ns.setStatus({ status: 'hi', uid: undefined, shortURLs: 'never', enabledProviders: ['facebook', 'twitter'] });
  await ns.setStatus({ status: 'hi', enabledProviders: 'facebook,twitter' }, { timeoutMs: 1000 });
  // @ts-expect-error status is required
  await ns.setStatus({ uid: 'u1' });
  // @ts-expect-error params are required when a param is required
  await ns.setStatus();
  // @ts-expect-error unknown param (a typo)
  await ns.setStatus({ status: 'hi', stauts: 'x' });
  // @ts-expect-error shortURLs is an enum
  await ns.setStatus({ status: 'hi', shortURLs: 'sometimes' });
  // @ts-expect-error csv with enum: only the listed values
  await ns.getUserInfo({ extraFields: ['languages', 'hobbies'] });
  await ns.getUserInfo({ extraFields: ['languages', 'phones'] });
  // Nothing required: params may be omitted.
  await ns.getUserInfo();
  await getUserInfo(invoker);
  await ns.facebook.deauthorize({ signed_request: 'abc' });
  // @ts-expect-error signed_request is required
  await ns.facebook.deauthorize({});
  await setStatus(invoker, { status: 'hi' });
  // @ts-expect-error the per-method function needs params too
  await setStatus(invoker);
  // @ts-expect-error nested shapes are checked as well
  await ns.publishUserAction({ userAction: { mediaItems: [{ type: 'gif', src: 'x' }] } });
}

// Responses: fields have their catalog types; optional unless always present; the envelope is merged in.
export async function responses(): Promise<void> {
  const r = await ns.getUserInfo();
  expectTypeOf(r).toEqualTypeOf<GigyaResult<SocializeGetUserInfoResponse>>();
  expectTypeOf(r.isSiteUser).toEqualTypeOf<boolean>();
  expectTypeOf(r.UID).toEqualTypeOf<string>();
  expectTypeOf(r.lastLoginTime).toEqualTypeOf<number | undefined>();
  expectTypeOf(r.identities).toEqualTypeOf<
    { provider: string; providerUID: string; isLoginIdentity?: boolean }[] | undefined
  >();
  expectTypeOf(r.callId).toEqualTypeOf<string>();
  expectTypeOf(r.errorCode).toEqualTypeOf<ResponseEnvelope['errorCode']>();
  const s = await ns.setStatus({ status: 'x' });
  expectTypeOf(s.providerPostIDs).toEqualTypeOf<Record<string, string> | undefined>();
  // @ts-expect-error not a field of the response
  void s.postID;
}

// Descriptors, registry and the bound namespace are typed by the interfaces.
expectTypeOf(ns.setStatus).toEqualTypeOf<
  BoundMethod<SocializeSetStatusParams, SocializeSetStatusResponse, SocializeSetStatusErrorCode>
>();
expectTypeOf(setStatusMethod.errorCodes).toEqualTypeOf<readonly SocializeSetStatusErrorCode[]>();
expectTypeOf(methodRegistry).toEqualTypeOf<ReadonlyMap<string, MethodDescriptor>>();
expectTypeOf(bindNamespaces).returns.toEqualTypeOf<Namespaces>();
expectTypeOf<MethodMap['socialize.setStatus']['params']>().toEqualTypeOf<SocializeSetStatusParams>();
expectTypeOf(socializeSetStatusParamsSchema.parse({})).toEqualTypeOf<SocializeSetStatusParams>();

// Error codes are literals, not numbers.
expectTypeOf(ErrorCode.InvalidRequestSignature).toEqualTypeOf<403003>();
expectTypeOf<CommonErrorCode>().toEqualTypeOf<400002 | 400006 | 403003 | 403006 | 403048>();
expectTypeOf<SocializeSetStatusErrorCode>().toEqualTypeOf<
  400002 | 400006 | 403003 | 403005 | 403006 | 403048 | 500024
>();
expectTypeOf<GigyaErrorCode>().not.toEqualTypeOf<number>();
// @ts-expect-error a pending code is a result, not an error
export const notAnError: GigyaErrorCode = 206001;

// An exhaustive switch over a method's error union compiles...
export function describeSetStatusError(e: GigyaApiError<SocializeSetStatusErrorCode>): string {
  switch (e.errorCode) {
    case ErrorCode.MissingRequiredParameter:
      return 'missing';
    case ErrorCode.InvalidParameterValue:
      return 'invalid';
    case ErrorCode.SecretSentOverHttp:
      return 'use https';
    case ErrorCode.InvalidRequestSignature:
      return 'signature';
    case ErrorCode.RateLimitExceeded:
      return 'slow down';
    case ErrorCode.UnauthorizedUser:
      return 'who?';
    case ErrorCode.SocialProviderFailure:
      return 'provider';
    default: {
      const unreachable: never = e.errorCode;
      return unreachable;
    }
  }
}

// ...and one with a case missing does not.
export function incompleteSwitch(e: GigyaApiError<SocializeSetStatusErrorCode>): string {
  switch (e.errorCode) {
    case ErrorCode.MissingRequiredParameter:
    case ErrorCode.InvalidParameterValue:
    case ErrorCode.SecretSentOverHttp:
    case ErrorCode.InvalidRequestSignature:
    case ErrorCode.RateLimitExceeded:
    case ErrorCode.UnauthorizedUser:
      return 'handled';
    default: {
      // @ts-expect-error 500024 (SocialProviderFailure) is not handled
      const unreachable: never = e.errorCode;
      return unreachable;
    }
  }
}

// The non-throwing form narrows on `ok`, then on the error code.
export async function safeForm(): Promise<string> {
  const r = await ns.setStatus.safe({ status: 'x' });
  if (r.ok) {
    expectTypeOf(r.data.providerPostIDs).toEqualTypeOf<Record<string, string> | undefined>();
    return 'ok';
  }
  if (ns.setStatus.isError(r.error)) {
    expectTypeOf(r.error.errorCode).toEqualTypeOf<SocializeSetStatusErrorCode>();
    return 'listed';
  }
  // Without isError, an API error may carry a code the catalog does not list: no exhaustive switch.
  if (r.error instanceof GigyaApiError) {
    switch (r.error.errorCode) {
      case ErrorCode.MissingRequiredParameter:
      case ErrorCode.InvalidParameterValue:
      case ErrorCode.SecretSentOverHttp:
      case ErrorCode.InvalidRequestSignature:
      case ErrorCode.RateLimitExceeded:
      case ErrorCode.UnauthorizedUser:
      case ErrorCode.SocialProviderFailure:
        return 'listed';
      default: {
        // @ts-expect-error Gigya may answer with a code the catalog does not list
        const unreachable: never = r.error.errorCode;
        return unreachable;
      }
    }
  }
  return 'failed';
}
