/** The generated modules at runtime: validators, descriptors and binding (fixture output in test/types/fixture). */
import { describe, expect, it } from 'vitest';
import type { Invoker, MethodDescriptor } from '../../src/runtime.js';
import { errorCodeInfo, lookupErrorCode } from '../types/fixture/errors.docs.gen.js';
import { ErrorCode } from '../types/fixture/errors.gen.js';
import { bindNamespaces, methodRegistry } from '../types/fixture/index.js';
import {
  getUserInfoMethod,
  setStatus,
  setStatusMethod,
  socializeDeleteParamsSchema,
  socializeFacebookDeauthorizeParamsSchema,
  socializeGetUserInfoParamsSchema,
  socializeMediaItemSchema,
  socializePublishUserActionParamsSchema,
  socializeSetStatusParamsSchema,
} from '../types/fixture/socialize/index.js';

function recorder(): { invoker: Invoker; calls: [string, unknown, unknown][] } {
  const calls: [string, unknown, unknown][] = [];
  const invoker: Invoker = {
    invoke: async (d: MethodDescriptor<never, never, number>, p: unknown, o: unknown) => {
      calls.push([d.name, p, o]);
      return { callId: 'c', errorCode: 0, statusCode: 200, statusReason: 'OK', time: 't' } as never;
    },
  } as Invoker;
  return { invoker, calls };
}

describe('generated validators', () => {
  it('accept valid params, with undefined for optional ones', () => {
    expect(
      socializeSetStatusParamsSchema.safeParse({
        status: 'hi',
        uid: undefined,
        shortURLs: 'never',
        enabledProviders: ['a', 'b'],
      }).success,
    ).toBe(true);
    expect(socializeSetStatusParamsSchema.safeParse({ status: 'hi', enabledProviders: 'a,b' }).success).toBe(true);
    expect(socializeGetUserInfoParamsSchema.safeParse({}).success).toBe(true);
  });

  it('reject unknown params, missing required ones, wrong enums and non-integers', () => {
    const unknown = socializeSetStatusParamsSchema.safeParse({ status: 'hi', stauts: 'x' });
    expect(unknown.success).toBe(false);
    expect(unknown.error?.issues[0]).toMatchObject({ code: 'unrecognized_keys', keys: ['stauts'] });
    expect(socializeSetStatusParamsSchema.safeParse({}).error?.issues[0]?.path).toEqual(['status']);
    expect(socializeSetStatusParamsSchema.safeParse({ status: 'x', shortURLs: 'sometimes' }).success).toBe(false);
    expect(socializeGetUserInfoParamsSchema.safeParse({ extraFields: ['languages', 'hobbies'] }).success).toBe(false);
    expect(socializeDeleteParamsSchema.safeParse({ count: 1.5 }).success).toBe(false);
    expect(socializeDeleteParamsSchema.safeParse({ count: 2 }).success).toBe(true);
  });

  it('validate nested and recursive shapes strictly', () => {
    const action = {
      userAction: { title: 't', mediaItems: [{ type: 'image', src: 'a', children: [{ type: 'mp3', src: 'b' }] }] },
    };
    expect(socializePublishUserActionParamsSchema.safeParse(action).success).toBe(true);
    const bad = { userAction: { mediaItems: [{ type: 'image', src: 'a', children: [{ type: 'gif', src: 'b' }] }] } };
    expect(socializePublishUserActionParamsSchema.safeParse(bad).error?.issues[0]?.path).toEqual([
      'userAction',
      'mediaItems',
      0,
      'children',
      0,
      'type',
    ]);
    expect(socializeMediaItemSchema.safeParse({ type: 'image', src: 'a', extra: 1 }).success).toBe(false);
    // Optional nested fields may be undefined, as their types allow (JSON drops them when sent).
    expect(socializeMediaItemSchema.safeParse({ type: 'image', src: 'a', children: undefined }).success).toBe(true);
    expect(socializeMediaItemSchema.safeParse({ type: 'image', src: undefined }).success).toBe(false);
  });
});

describe('generated validators are built on first use', () => {
  it('importing the module builds no schema; the first parse builds it, once', () => {
    // Not parsed anywhere else in this file, so its state is the import's.
    const def = (
      socializeFacebookDeauthorizeParamsSchema as unknown as {
        _zod: { def: { type: string; getter: () => unknown; _cachedInner?: unknown } };
      }
    )._zod.def;
    expect(def.type).toBe('lazy');
    // zod keeps the inner schema here once it has asked for it.
    expect(def._cachedInner).toBeUndefined();
    expect(socializeFacebookDeauthorizeParamsSchema.safeParse({ signed_request: 'sr' }).success).toBe(true);
    expect(def._cachedInner).toBeDefined();
    // Whoever unwraps the schema itself (the emulator does) gets that object, not a rebuilt one.
    expect(def.getter()).toBe(def._cachedInner);
    expect(def.getter()).toBe(def.getter());
    expect(socializeFacebookDeauthorizeParamsSchema.safeParse({ signed_request: 1 }).success).toBe(false);
  });
});

describe('generated descriptors and binding', () => {
  it('descriptors are frozen and carry the catalog facts', () => {
    expect(Object.isFrozen(setStatusMethod)).toBe(true);
    expect(setStatusMethod).toMatchObject({
      name: 'socialize.setStatus',
      safeToRepeat: false,
      access: 'signed',
      csvParams: ['enabledProviders'],
    });
    expect(setStatusMethod.errorCodes).toEqual([400002, 400006, 403003, 403005, 403006, 403048, 500024]);
    expect(getUserInfoMethod.responseHints).toEqual({
      UID: 'string',
      age: 'number',
      identities: { items: { fields: { provider: 'string', providerUID: 'string', isLoginIdentity: 'boolean' } } },
      isSiteUser: 'boolean',
      lastLoginTime: 'number',
    });
  });

  it('the registry holds every method by wire name', () => {
    expect([...methodRegistry.keys()]).toEqual([
      'socialize.delete',
      'socialize.facebook.deauthorize',
      'socialize.getFeed',
      'socialize.getUserInfo',
      'socialize.publishUserAction',
      'socialize.setStatus',
    ]);
    expect(methodRegistry.get('socialize.setStatus')).toBe(setStatusMethod);
  });

  it('per-method functions and bound namespaces call the invoker with the descriptor', async () => {
    const { invoker, calls } = recorder();
    await setStatus(invoker, { status: 'a' }, { timeoutMs: 5 });
    const client = bindNamespaces(invoker);
    await client.socialize.facebook.deauthorize({ signed_request: 'sr' });
    await client.socialize.delete();
    expect(calls).toEqual([
      ['socialize.setStatus', { status: 'a' }, { timeoutMs: 5 }],
      ['socialize.facebook.deauthorize', { signed_request: 'sr' }, undefined],
      ['socialize.delete', undefined, undefined],
    ]);
    expect(client.socialize.setStatus.descriptor).toBe(setStatusMethod);
  });
});

describe('generated error table', () => {
  it('maps names to codes and codes to facts', () => {
    expect(ErrorCode.InvalidRequestSignature).toBe(403003);
    expect(errorCodeInfo[403003]).toEqual({
      code: 403003,
      name: 'InvalidRequestSignature',
      message: 'Invalid request signature',
      description: 'The sig param does not match the request.',
      httpStatus: 403,
      outcome: 'error',
      retry: 'none',
      common: true,
      legacyMessage: 'Invalid date format',
    });
    expect(lookupErrorCode(403048)?.retry).toBe('rate-limit');
    expect(lookupErrorCode(123)).toBeUndefined();
    expect(lookupErrorCode('toString' as unknown as number)).toBeUndefined();
  });
});
