/**
 * A client that is not ours: the `gigya` npm package (apiKey + partner secret, which it sends as
 * the `secret` param, so the emulator serves HTTPS) runs the registration and login flow. Only its
 * transport is replaced, to reach 127.0.0.1 instead of accounts.us1.gigya.com with our throwaway
 * certificate; its params, credentials, JSON parsing and error handling are its own.
 */
import { Gigya, type GigyaResponse } from 'gigya';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../../src/emulator/index.js';
import { selfSignedCert } from '../helpers.js';
import { accountsFixture, API_KEY, FAST_HASHING, GRACE, PASSWORD, SECRET } from './helpers.js';

const cert = selfSignedCert();
let emulator: EmulatorHandle;
let agent: Agent;

beforeAll(async () => {
  if (!cert) return;
  emulator = await startEmulator({ fixture: accountsFixture(), passwordHashing: FAST_HASHING, tls: cert });
  agent = new Agent({ connect: { ca: cert.cert } });
});
afterAll(async () => {
  await agent?.close();
  await emulator?.close();
});

/** The package's `httpRequest` hook: the same form POST it makes, sent to the emulator. */
function gigyaClient(): Gigya {
  const gigya = new Gigya(API_KEY, 'us1', SECRET);
  const transport = async (
    endpoint: string,
    _host: string,
    params: Record<string, unknown>,
  ): Promise<GigyaResponse> => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value !== undefined) form.set(key, String(value));
    const res = await request(`${emulator.url}/${endpoint}`, {
      method: 'POST',
      body: form.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      dispatcher: agent,
    });
    return (await res.body.json()) as GigyaResponse;
  };
  (gigya as unknown as { httpRequest: typeof transport }).httpRequest = transport;
  return gigya;
}

describe.skipIf(!cert)('the gigya npm package against the emulator', () => {
  it('registers (initRegistration → register → finalizeRegistration), logs in and reads the account', async () => {
    const gigya = gigyaClient();
    const { regToken } = (await gigya.accounts.initRegistration({})) as GigyaResponse & { regToken: string };
    const pending = await gigya.accounts
      .register({
        regToken,
        email: 'pkg.user@example.com',
        password: PASSWORD,
        profile: { firstName: 'Pat', lastName: 'Kage' },
        data: { favoriteColor: 'orange' },
      } as never)
      .then(
        () => undefined,
        (error: { errorCode?: number; gigyaResponse?: Record<string, unknown> }) => error,
      );
    // The package throws on every non-zero code, pending ones too, with the envelope attached.
    expect(pending?.errorCode).toBe(206001);
    expect(pending?.gigyaResponse?.['regToken']).toBe(regToken);
    const done = (await gigya.accounts.finalizeRegistration({ regToken } as never)) as GigyaResponse & { UID: string };
    expect(done.errorCode).toBe(0);

    const login = (await gigya.accounts.login({
      loginID: 'pkg.user@example.com',
      password: PASSWORD,
    } as never)) as GigyaResponse & {
      UID: string;
      sessionInfo: { cookieName: string };
    };
    expect(login.UID).toBe(done.UID);
    expect(login.sessionInfo.cookieName).toMatch(/^glt_/);

    const info = (await gigya.accounts.getAccountInfo({
      UID: done.UID,
      include: 'profile,data',
    } as never)) as unknown as {
      profile: Record<string, unknown>;
      data: Record<string, unknown>;
    };
    expect(info.profile).toMatchObject({ firstName: 'Pat', lastName: 'Kage' });
    expect(info.data).toEqual({ favoriteColor: 'orange' });
    expect(emulator.requests.every((r) => r.authMode === 'secret' && r.params['secret'] === '[REDACTED]')).toBe(true);
  });

  it('gets Gigya-style errors: a wrong password (403042), a duplicate login ID (400003)', async () => {
    const gigya = gigyaClient();
    const wrong = await gigya.accounts.login({ loginID: GRACE.email, password: 'not-Grace-1' } as never).then(
      () => undefined,
      (error: { errorCode?: number }) => error,
    );
    expect(wrong?.errorCode).toBe(403042);
    const { regToken } = (await gigya.accounts.initRegistration({})) as GigyaResponse & { regToken: string };
    const duplicate = await gigya.accounts.register({ regToken, email: GRACE.email, password: PASSWORD } as never).then(
      () => undefined,
      (error: { errorCode?: number; message?: string }) => error,
    );
    expect(duplicate?.errorCode).toBe(400003);
    expect(duplicate?.message).toMatch(/email: email already exists/);
    expect(JSON.stringify(emulator.requests)).not.toContain(PASSWORD);
  });
});
