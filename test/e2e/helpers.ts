/**
 * Shared setup for the end-to-end tests: the typed client against the emulator over loopback HTTP.
 */
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { createClient, GigyaApiError, lookupErrorCode, type ClientOptions, type GigyaClient } from '../../src/index.js';
import { defaultEmulatorFixture, type EmulatorHandle, type Fixture } from '../../src/emulator/index.js';

export const BEARER_KEY = 'AE2eBearerKey';
export const EU_API_KEY = '3_E2eEuropeanSite';
export const EU_SECRET = Buffer.from('e2e secret of the eu1 site, local only').toString('base64');

const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
export const BEARER_PRIVATE_KEY = keys.privateKey;

/** The default fixture plus a bearer key on its site and a second site in data center eu1. */
export function e2eFixture(): Fixture {
  const fixture = defaultEmulatorFixture();
  const site = Object.values(fixture.sites)[0]!;
  site.userKeys = {
    ...site.userKeys,
    [BEARER_KEY]: { publicKey: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
  fixture.sites[EU_API_KEY] = {
    secret: EU_SECRET,
    dataCenter: 'eu1',
    users: { emma: { profile: { nickname: 'Emma' }, loggedIn: true } },
  };
  return fixture;
}

const fixture = e2eFixture();
const [firstKey, firstSite] = Object.entries(fixture.sites)[0]!;
export const API_KEY = firstKey;
export const SECRET = firstSite.secret;
export const USER_KEY = 'AEmulatorUserKey';
export const USER_SECRET = firstSite.userKeys![USER_KEY]!.secret!;

/** Retries without real waiting, so fault tests stay fast. */
export const FAST_RETRY = { baseDelayMs: 1, maxDelayMs: 5, rateLimitDelayMs: 2 } as const;

/** Creates clients and closes them all at the end. */
export class Clients {
  readonly #open: GigyaClient[] = [];
  readonly #emulator: () => EmulatorHandle;
  constructor(emulator: () => EmulatorHandle) {
    this.#emulator = emulator;
  }

  /** Signed with the site secret, against the emulator URL, fast retries; `options` override. */
  make(options: Partial<ClientOptions> = {}): GigyaClient {
    const base: ClientOptions = { apiKey: API_KEY, secret: SECRET, baseUrl: this.#emulator().url, retry: FAST_RETRY };
    const c = createClient({ ...base, ...options } as ClientOptions);
    this.#open.push(c);
    return c;
  }

  /** Exactly these options (no defaults besides fast retries). */
  raw(options: ClientOptions): GigyaClient {
    const c = createClient({ retry: FAST_RETRY, ...options });
    this.#open.push(c);
    return c;
  }

  async closeAll(): Promise<void> {
    await Promise.all(this.#open.splice(0).map((c) => c.close()));
  }
}

/** The rejection of a promise that must fail (the test fails if it resolves). */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}

/** Waits until `condition` holds (the emulator records a dropped request when its socket closes). */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export interface SelfSignedCert {
  readonly key: Buffer;
  readonly cert: Buffer;
}

/**
 * A throwaway certificate for the names given (default 127.0.0.1 and localhost), or undefined when `openssl` is not
 * installed.
 */
export function selfSignedCert(subjectAltName = 'IP:127.0.0.1,DNS:localhost'): SelfSignedCert | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'gigya-e2e-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=127.0.0.1',
        '-days',
        '1',
        '-addext',
        `subjectAltName=${subjectAltName}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Checks a failure is the typed API error with the envelope the emulator sent, after `attempts`
 * requests, and that the emulator answered that code in `format`.
 */
export function expectApiError(
  emulator: EmulatorHandle,
  error: unknown,
  code: number,
  format: 'json' | 'xml',
  attempts = 1,
): GigyaApiError {
  expect(error).toBeInstanceOf(GigyaApiError);
  const api = error as GigyaApiError;
  expect(api.errorCode).toBe(code);
  expect(api.errorMessage).toBe(lookupErrorCode(code)!.message);
  expect(api.statusCode).toBe(Math.floor(code / 1000));
  expect(api.callId).toMatch(/^[0-9a-f]{32}$/);
  expect(api.httpStatus).toBe(200);
  expect(api.local).toBe(false);
  expect(api.attempts).toBe(attempts);
  expect(emulator.requests.at(-1)).toMatchObject({ errorCode: code, format });
  return api;
}
