/**
 * Compile-only checks of the committed generated/ output (the real catalog) through the real client
 * type. Checked by `tsc --noEmit`, never run.
 */
import { expectTypeOf } from 'vitest';
import { type ErrorCodeInfo, errorCodeInfo, lookupErrorCode } from '../../generated/errors.docs.gen.js';
import {
  ErrorCode,
  type ErrorCodeValue,
  type GigyaErrorCode,
  type ResultCode,
  type SocializeSetStatusErrorCode,
} from '../../generated/errors.gen.js';
import type { MethodMap, Namespaces } from '../../generated/index.js';
import type {
  SocializeAddConnectionParams,
  SocializeGetUserInfoResponse,
  SocializeSetStatusParams,
  SocializeSetStatusResponse,
} from '../../generated/socialize/index.js';
import type { createClient } from '../../src/index.js';
import type { GigyaResult } from '../../src/runtime.js';

declare const client: ReturnType<typeof createClient>;

expectTypeOf(ErrorCode.InvalidRequestSignature).toEqualTypeOf<403003>();
expectTypeOf(ErrorCode.NoValidSession).toEqualTypeOf<500024>();
expectTypeOf(ErrorCode.Ok).toEqualTypeOf<0>();
expectTypeOf<403003>().toMatchTypeOf<ErrorCodeValue>();
expectTypeOf<403003>().toMatchTypeOf<GigyaErrorCode>();
expectTypeOf<0>().toMatchTypeOf<ResultCode>();
expectTypeOf<ErrorCodeValue>().not.toEqualTypeOf<number>();
expectTypeOf<SocializeSetStatusErrorCode>().not.toEqualTypeOf<number>();
expectTypeOf<500024>().toMatchTypeOf<SocializeSetStatusErrorCode>();
expectTypeOf(lookupErrorCode).returns.toEqualTypeOf<ErrorCodeInfo | undefined>();
expectTypeOf(errorCodeInfo[403003]).toEqualTypeOf<ErrorCodeInfo>();
// @ts-expect-error not a catalogued code
void errorCodeInfo[123];
// @ts-expect-error a pending code is a result, not an error
export const pendingIsNoError: GigyaErrorCode = ErrorCode.AccountPendingRegistration;

// The client exposes the generated namespaces.
expectTypeOf(client.socialize).toEqualTypeOf<Namespaces['socialize']>();

export async function socialize(): Promise<void> {
  await client.socialize.setStatus({ uid: 'u1', status: 'hello' });
  await client.socialize.setStatus({ status: 'hello', enabledProviders: ['facebook', 'twitter'] }, { timeoutMs: 5000 });
  // @ts-expect-error status is required
  await client.socialize.setStatus({ uid: 'u1' });
  // @ts-expect-error unknown param
  await client.socialize.setStatus({ status: 'hello', colour: 'blue' });
  // Both spellings of the user id work, as the seed and the current reference write it; never both at once.
  await client.socialize.setStatus({ status: 'hello', UID: 'u1' });
  // @ts-expect-error uid and UID are the same param
  await client.socialize.setStatus({ status: 'hello', UID: 'u1', uid: 'u1' });
  // @ts-expect-error userAction is a typed object, not JSON text
  await client.socialize.publishUserAction({ userAction: '{"title":"t"}' });
  await client.socialize.publishUserAction({ userAction: { title: 't' } });
  await client.socialize.facebook.deauthorize({});
  // Providers are suggested, not closed: a SAML provider type-checks too.
  expectTypeOf<'facebook'>().toMatchTypeOf<SocializeAddConnectionParams['provider']>();
  await client.socialize.addConnection({ provider: 'saml-okta', response_type: 'code' });
  const info = await client.socialize.getUserInfo({ uid: 'u1' });
  expectTypeOf(info).toEqualTypeOf<GigyaResult<SocializeGetUserInfoResponse>>();
  expectTypeOf(info.UID).toEqualTypeOf<string>();
  expectTypeOf(info.errorCode).toEqualTypeOf<ResultCode>();
  const status = await client.socialize.setStatus({ status: 'hello' });
  expectTypeOf(status.providerPostIDs).toEqualTypeOf<Record<string, string> | undefined>();
}

// A method's errors narrow to its own union.
export async function narrowing(): Promise<void> {
  try {
    await client.socialize.setStatus({ status: 'hello' });
  } catch (e) {
    expectTypeOf(e).toEqualTypeOf<unknown>();
    if (client.socialize.setStatus.isError(e)) {
      expectTypeOf(e.errorCode).toEqualTypeOf<SocializeSetStatusErrorCode>();
    }
  }
  const safe = await client.socialize.setStatus.safe({ status: 'hello' });
  if (!safe.ok && client.socialize.setStatus.isError(safe.error)) {
    expectTypeOf(safe.error.errorCode).toEqualTypeOf<SocializeSetStatusErrorCode>();
  }
}

// client.call: typed by MethodMap for catalogued names; any other name still works, untyped.
export async function call(): Promise<void> {
  const typed = await client.call('socialize.setStatus', { status: 'hello' });
  expectTypeOf(typed).toEqualTypeOf<GigyaResult<SocializeSetStatusResponse>>();
  const noParams = await client.call('socialize.getUserInfo');
  expectTypeOf(noParams).toEqualTypeOf<GigyaResult<SocializeGetUserInfoResponse>>();
  const other = await client.call('ds.get', { oid: 'o1' });
  expectTypeOf(other).toEqualTypeOf<GigyaResult<Record<string, unknown>>>();
  // A catalogued name never falls back to the untyped form.
  // @ts-expect-error unknown param of a catalogued method
  await client.call('socialize.setStatus', { status: 'x', colour: 'blue' });
  // @ts-expect-error status is required
  await client.call('socialize.setStatus', {});
  // @ts-expect-error params are required when a param is required
  await client.call('socialize.setStatus');
}

expectTypeOf<MethodMap['socialize.setStatus']['params']>().toEqualTypeOf<SocializeSetStatusParams>();
expectTypeOf<MethodMap['socialize.setStatus']['errors']>().toEqualTypeOf<SocializeSetStatusErrorCode>();
expectTypeOf<SocializeSetStatusParams['status']>().toEqualTypeOf<string>();
