/**
 * Compile-only checks of the committed generated/ output (the real catalog). Checked by
 * `tsc --noEmit`, never run.
 */
import { expectTypeOf } from 'vitest';
import { ErrorCode, errorCodeInfo, lookupErrorCode, type ErrorCodeInfo, type ErrorCodeValue, type GigyaErrorCode, type ResultCode } from '../../generated/errors.gen.js';
import type { MethodMap, Namespaces } from '../../generated/index.js';
import type { SocializeGetUserInfoResponse, SocializeSetStatusParams } from '../../generated/socialize/index.js';

declare const client: Namespaces;

expectTypeOf(ErrorCode.InvalidRequestSignature).toEqualTypeOf<403003>();
expectTypeOf(ErrorCode.Ok).toEqualTypeOf<0>();
expectTypeOf<403003>().toMatchTypeOf<ErrorCodeValue>();
expectTypeOf<403003>().toMatchTypeOf<GigyaErrorCode>();
expectTypeOf<0>().toMatchTypeOf<ResultCode>();
expectTypeOf<ErrorCodeValue>().not.toEqualTypeOf<number>();
expectTypeOf(lookupErrorCode).returns.toEqualTypeOf<ErrorCodeInfo | undefined>();
expectTypeOf(errorCodeInfo[403003]).toEqualTypeOf<ErrorCodeInfo>();
// @ts-expect-error not a catalogued code
void errorCodeInfo[123];

export async function socialize(): Promise<void> {
  await client.socialize.setStatus({ status: 'hello' });
  // @ts-expect-error status is required
  await client.socialize.setStatus({});
  // @ts-expect-error unknown param
  await client.socialize.setStatus({ status: 'hello', colour: 'blue' });
  await client.socialize.facebook.deauthorize({});
  const info = await client.socialize.getUserInfo({ uid: 'u1' });
  expectTypeOf(info).toMatchTypeOf<SocializeGetUserInfoResponse>();
  expectTypeOf(info.UID).toEqualTypeOf<string>();
}

expectTypeOf<MethodMap['socialize.setStatus']['params']>().toEqualTypeOf<SocializeSetStatusParams>();
expectTypeOf<SocializeSetStatusParams['status']>().toEqualTypeOf<string>();
