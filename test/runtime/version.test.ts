import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import { PACKAGE_NAME, PACKAGE_VERSION } from '../../src/version.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  name: string;
  version: string;
};

describe('package identity', () => {
  it('src/version.ts matches package.json (it goes into the sdk param and the User-Agent)', () => {
    expect(PACKAGE_NAME).toBe(pkg.name);
    expect(PACKAGE_VERSION).toBe(pkg.version);
  });
});

describe('root exports named by the issue and DESIGN.md', () => {
  it('exports the client, the error classes, signing and SigUtils', () => {
    for (const name of [
      'createClient',
      'ErrorCode',
      'GigyaError',
      'GigyaApiError',
      'GigyaValidationError',
      'GigyaConfigError',
      'GigyaTimeoutError',
      'GigyaConnectionError',
      'GigyaAbortError',
      'GigyaResponseError',
      'buildSignatureBaseString',
      'calcSignature',
      'validateUserSignature',
      'validateFriendSignature',
      'getDynamicSessionSignature',
      'getDynamicSessionSignatureUserSigned',
      'getTrace',
    ]) {
      expect(typeof (root as Record<string, unknown>)[name], name).not.toBe('undefined');
    }
    expect(root.ErrorCode.InvalidRequestSignature).toBe(403003);
  });
});
