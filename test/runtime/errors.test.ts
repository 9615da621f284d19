import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as main from '../../src/errors.js';

type ErrorsModule = typeof main;

const here = dirname(fileURLToPath(import.meta.url));
const tmp = join(here, '..', '.tmp', `errors-copies-${process.pid}`);

/**
 * Two more copies of src/errors.ts, as two installed versions of the package would be: separate
 * files, so separate module instances with their own classes. errors.ts has only type imports,
 * which the test transform erases, so each copy loads on its own.
 */
async function loadCopy(name: string): Promise<ErrorsModule> {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'errors.ts');
  // @ts-nocheck: the copy's type imports do not resolve from here; tsc must not check it if it is left behind.
  writeFileSync(file, `// @ts-nocheck\n${readFileSync(join(here, '..', '..', 'src', 'errors.ts'), 'utf8')}`);
  return (await import(pathToFileURL(file).href)) as ErrorsModule;
}

let a: ErrorsModule;
let b: ErrorsModule;
beforeAll(async () => {
  a = await loadCopy('a');
  b = await loadCopy('b');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function samples(m: ErrorsModule) {
  return {
    api: new m.GigyaApiError({ errorCode: 500024, errorMessage: 'No valid session', method: 'socialize.setStatus' }),
    validation: new m.GigyaValidationError('socialize.setStatus', [
      { path: 'status', message: 'is required', problem: 'missing' },
    ]),
    timeout: new m.GigyaTimeoutError('timed out', 100),
    connection: new m.GigyaConnectionError('reset', 'ECONNRESET'),
    abort: new m.GigyaAbortError('aborted'),
    response: new m.GigyaResponseError('html', { problem: 'html', httpStatus: 503 }),
    config: new m.GigyaConfigError('bad secret'),
  };
}

describe('instanceof across two copies of the package', () => {
  it('the copies really are separate classes', () => {
    expect(a.GigyaApiError).not.toBe(b.GigyaApiError);
    expect(a.GigyaApiError).not.toBe(main.GigyaApiError);
    const fromA = samples(a).api;
    // The prototype chain alone would say false here.
    expect(Object.getPrototypeOf(fromA)).not.toBe(b.GigyaApiError.prototype);
  });

  it('an error from copy A is an instance of copy B’s classes, and the reverse', () => {
    for (const [from, to] of [
      [a, b],
      [b, a],
      [a, main],
      [main, b],
    ] as const) {
      const e = samples(from);
      expect(e.api instanceof to.GigyaApiError).toBe(true);
      expect(e.api instanceof to.GigyaError).toBe(true);
      expect(e.timeout instanceof to.GigyaTimeoutError).toBe(true);
      expect(e.connection instanceof to.GigyaConnectionError).toBe(true);
      expect(e.abort instanceof to.GigyaAbortError).toBe(true);
      expect(e.response instanceof to.GigyaResponseError).toBe(true);
      expect(e.config instanceof to.GigyaConfigError).toBe(true);
      expect(e.api instanceof to.GigyaTimeoutError).toBe(false);
      expect(e.timeout instanceof to.GigyaApiError).toBe(false);
      expect(e.config instanceof to.GigyaApiError).toBe(false);
    }
  });

  it(
    'subclass relations hold across copies: ' + 'a validation error is an API error and a GigyaError, not a timeout',
    () => {
      const v = samples(a).validation;
      expect(v instanceof b.GigyaValidationError).toBe(true);
      expect(v instanceof b.GigyaApiError).toBe(true);
      expect(v instanceof b.GigyaError).toBe(true);
      expect(v instanceof Error).toBe(true);
      expect(v instanceof b.GigyaTimeoutError).toBe(false);
      expect(v instanceof b.GigyaResponseError).toBe(false);
      // An API error is not a validation error.
      expect(samples(b).api instanceof a.GigyaValidationError).toBe(false);
    },
  );

  it('values that are not errors of this package are not instances', () => {
    for (const value of [
      new Error('x'),
      new TypeError('x'),
      {},
      null,
      undefined,
      'GigyaApiError',
      { name: 'GigyaApiError', errorCode: 1 },
    ]) {
      expect(value instanceof main.GigyaError).toBe(false);
      expect(value instanceof main.GigyaApiError).toBe(false);
    }
  });

  it('a caller’s own subclass keeps ordinary instanceof semantics', () => {
    class SessionError extends main.GigyaApiError<500024> {}
    const mine = new SessionError({ errorCode: 500024, errorMessage: 'No valid session' });
    const plain = new main.GigyaApiError({ errorCode: 500024, errorMessage: 'No valid session' });
    expect(mine instanceof SessionError).toBe(true);
    expect(mine instanceof main.GigyaApiError).toBe(true);
    expect(mine instanceof b.GigyaApiError).toBe(true);
    expect(plain instanceof SessionError).toBe(false);
  });
});

describe('error fields', () => {
  it('GigyaApiError says what happened, with the catalog name when known', () => {
    const e = new main.GigyaApiError({
      errorCode: 403005,
      errorMessage: 'Unauthorized user',
      errorDetails: 'The uid is not logged in',
      callId: 'c-1',
      statusCode: 403,
      httpStatus: 200,
      method: 'socialize.setStatus',
      attempts: 2,
      info: {
        code: 403005,
        name: 'UnauthorizedUser',
        message: 'Unauthorized user',
        description: '',
        httpStatus: 403,
        outcome: 'error',
        retry: 'none',
        common: true,
      },
    });
    expect(e.name).toBe('GigyaApiError');
    expect(e.message).toBe(
      'Gigya error 403005 [UnauthorizedUser] (socialize.setStatus): Unauthorized user: The uid is not logged in',
    );
    expect(e).toMatchObject({
      errorCode: 403005,
      callId: 'c-1',
      statusCode: 403,
      httpStatus: 200,
      attempts: 2,
      local: false,
    });
  });

  it('keeps the trace and the raw response out of enumerable fields, so logging an error stays short', () => {
    const e = new main.GigyaApiError({ errorCode: 1, errorMessage: 'x', response: { errorCode: 1 } });
    main.attachCallInfo(e, 'socialize.getUserInfo', 1, {
      method: 'socialize.getUserInfo',
      url: 'u',
      httpMethod: 'POST',
      format: 'json',
      authMode: 'signed',
      params: {},
      attempts: [],
      totalMs: 0,
    });
    expect(Object.keys(e)).not.toContain('trace');
    expect(Object.keys(e)).not.toContain('response');
    expect(e.trace?.method).toBe('socialize.getUserInfo');
    expect(e.method).toBe('socialize.getUserInfo');
    expect(inspect(e)).not.toContain('httpMethod');
  });

  it('attachCallInfo does not overwrite a method the error already names', () => {
    const e = new main.GigyaTimeoutError('t', 5, { method: 'socialize.setStatus' });
    main.attachCallInfo(e, 'other.method', 3, {
      method: 'x',
      url: 'u',
      httpMethod: 'POST',
      format: 'json',
      authMode: 'signed',
      params: {},
      attempts: [],
      totalMs: 0,
    });
    expect(e.method).toBe('socialize.setStatus');
    expect(e.attempts).toBe(3);
  });
});
