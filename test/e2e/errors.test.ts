/**
 * Every error code of the emulator issue, through the typed client, in JSON and in XML: the
 * emulator produces it, the client turns it into a typed GigyaApiError with the envelope fields,
 * and retries only what the catalog marks retryable (403002 and 403004 recover on their own).
 */
import { Agent, type Dispatcher } from 'undici';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, GigyaApiError, GigyaValidationError, getTrace, type GigyaClient } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { call } from '../emulator/helpers.js';
import { API_KEY, Clients, SECRET, e2eFixture, expectApiError, failureOf } from './helpers.js';

let emu: EmulatorHandle;
let agent: Agent;
const clients = new Clients(() => emu);

beforeAll(async () => {
  emu = await startEmulator({ fixture: e2eFixture() });
  agent = new Agent();
});
beforeEach(() => {
  emu.setFaults([]);
  emu.reset();
});
afterAll(async () => {
  await clients.closeAll();
  await agent.close();
  await emu.close();
});

const FORMATS = ['json', 'xml'] as const;

/** Drops the apiKey from every request body, as a misconfigured gateway would. */
const dropApiKey: Dispatcher.DispatcherComposeInterceptor = (dispatch) => (opts, handler) => {
  const body = new URLSearchParams(String(opts.body ?? ''));
  body.delete('apiKey');
  return dispatch({ ...opts, body: body.toString() }, handler);
};

/** Sends the first `times` requests twice (a copy first, answer discarded), as a replaying middlebox would. */
function replayFirst(times: number): Dispatcher.DispatcherComposeInterceptor {
  let left = times;
  return (dispatch) => (opts, handler) => {
    if (left <= 0) return dispatch(opts, handler);
    left -= 1;
    agent
      .request({
        origin: opts.origin!,
        path: opts.path,
        method: opts.method,
        headers: opts.headers as Record<string, string>,
        body: opts.body as string,
      })
      .then((res) => res.body.dump())
      .then(
        () => dispatch(opts, handler),
        () => dispatch(opts, handler),
      );
    return true;
  };
}

describe.each(FORMATS)('API errors through the client (format=%s)', (format) => {
  const client = (options: Parameters<Clients['make']>[0] = {}): GigyaClient => clients.make({ format, ...options });

  it('400092: the request reaches the emulator without an apiKey', async () => {
    const stripped = agent.compose(dropApiKey);
    const error = await failureOf(client({ dispatcher: stripped }).socialize.getUserInfo({ uid: 'alice' }));
    expectApiError(emu, error, ErrorCode.MissingRequiredApiKeyParameter, format);
    expect(emu.requests.at(-1)!.apiKey).toBeUndefined();
  });

  it('400093: an apiKey the emulator does not know', async () => {
    expectApiError(
      emu,
      await failureOf(client({ apiKey: '3_UnknownSite' }).socialize.getUserInfo({ uid: 'alice' })),
      400093,
      format,
    );
  });

  it('403002 recovers: the client adopts the server time from the answer and retries once', async () => {
    const ahead = await startEmulator({ fixture: e2eFixture(), now: () => Date.now() + 900_000 });
    const local = new Clients(() => ahead);
    try {
      const c = local.make({ format });
      const res = await c.socialize.getUserInfo({ uid: 'alice' });
      expect(res.UID).toBe('alice');
      expect(getTrace(res)!.attempts.map((a) => a.errorCode)).toEqual([403002, 0]);
      const [first, second] = ahead.requests;
      expect(first).toMatchObject({ errorCode: 403002, format });
      expect(Number(second!.timestamp) - Number(first!.timestamp)).toBeGreaterThanOrEqual(890);
      expect(second!.nonce).not.toBe(first!.nonce);
    } finally {
      await local.closeAll();
      await ahead.close();
    }
  });

  it('403002 that persists after the clock correction surfaces, with the server time', async () => {
    emu.setFaults([{ type: 'expired' }]);
    const error = expectApiError(
      emu,
      await failureOf(client().socialize.getUserInfo({ uid: 'alice' })),
      403002,
      format,
      2,
    );
    expect(Number.isNaN(Date.parse(String(error.response?.['time'])))).toBe(false);
  });

  it('403003: signed with the wrong secret', async () => {
    const wrong = Buffer.from('definitely not the secret').toString('base64');
    const error = expectApiError(
      emu,
      await failureOf(client({ secret: wrong }).socialize.getUserInfo({ uid: 'alice' })),
      403003,
      format,
    );
    expect(error.errorDetails).toContain(`POST ${emu.url}/socialize.getUserInfo`);
    expect(error.errorDetails).not.toContain(SECRET);
  });

  it('403004 recovers: a replayed nonce is answered 403004 and the client retries once with a new one', async () => {
    const replaying = agent.compose(replayFirst(1));
    const res = await client({ dispatcher: replaying }).socialize.getUserInfo({ uid: 'alice' });
    expect(res.UID).toBe('alice');
    expect(getTrace(res)!.attempts.map((a) => a.errorCode)).toEqual([403004, 0]);
    expect(emu.requests.map((r) => r.errorCode)).toEqual([0, 403004, 0]);
    const [copy, replayed, retry] = emu.requests;
    expect(replayed!.nonce).toBe(copy!.nonce);
    expect(retry!.nonce).not.toBe(copy!.nonce);
  });

  it('403004 that repeats is not retried a second time', async () => {
    const replaying = agent.compose(replayFirst(2));
    expectApiError(
      emu,
      await failureOf(client({ dispatcher: replaying }).socialize.getUserInfo({ uid: 'alice' })),
      ErrorCode.DuplicateNonce,
      format,
      2,
    );
  });

  it('403005: a UID the site does not know', async () => {
    expectApiError(
      emu,
      await failureOf(client().socialize.getUserInfo({ uid: 'nobody' })),
      ErrorCode.UnauthorizedUser,
      format,
    );
  });

  it('403006: secret mode over http is refused locally, before sending', async () => {
    const before = emu.requests.length;
    const error = await failureOf(client({ authMode: 'secret' }).socialize.getUserInfo({ uid: 'alice' }));
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).errorCode).toBe(ErrorCode.SecretSentOverHttp);
    expect((error as GigyaApiError).local).toBe(true);
    expect(emu.requests.length).toBe(before);
  });

  it('500024: a user without a session (the seed code), and after logout', async () => {
    const c = client();
    expectApiError(
      emu,
      await failureOf(c.socialize.setStatus({ uid: 'bob', status: 'hi' })),
      ErrorCode.NoValidSession,
      format,
    );
    await c.socialize.notifyLogin({ siteUID: 'bob' });
    await c.socialize.setStatus({ uid: 'bob', status: 'hi' });
    await c.socialize.logout({ uid: 'bob' });
    const again = await failureOf(c.socialize.setStatus({ uid: 'bob', status: 'again' }));
    expect((again as GigyaApiError).errorCode).toBe(500024);
    expect(emu.state.user(API_KEY, 'bob')!.status).toBe('hi');
  });

  it('501001: an unknown method through client.call', async () => {
    expectApiError(
      emu,
      await failureOf(client().call('socialize.noSuchMethod', {})),
      ErrorCode.ApiMethodNotImplemented,
      format,
    );
    expect(emu.requests.at(-1)!.method).toBe('socialize.noSuchMethod');
  });

  it(
    '400002 and 400006: refused locally by the validator; ' + 'with validation off the emulator names the param',
    async () => {
      const before = emu.requests.length;
      // @ts-expect-error status is required
      const local = await failureOf(client().socialize.setStatus({ uid: 'alice' }));
      expect(local).toBeInstanceOf(GigyaValidationError);
      expect((local as GigyaValidationError).issues.map((i) => i.path)).toEqual(['status']);
      const localType = await failureOf(
        client().socialize.getFriendsInfo({ uid: 'alice', signIDs: 'maybe' as unknown as boolean }),
      );
      expect(localType).toBeInstanceOf(GigyaValidationError);
      expect(emu.requests.length).toBe(before);

      const unvalidated = client({ validateParams: false });
      const missing = expectApiError(
        emu,
        // @ts-expect-error status is required
        await failureOf(unvalidated.socialize.setStatus({ uid: 'alice' })),
        ErrorCode.MissingRequiredParameter,
        format,
      );
      expect(missing).not.toBeInstanceOf(GigyaValidationError);
      expect(missing.errorDetails).toBe('Missing required parameter: status');

      const invalid = expectApiError(
        emu,
        await failureOf(unvalidated.socialize.getFriendsInfo({ uid: 'alice', signIDs: 'maybe' as unknown as boolean })),
        ErrorCode.InvalidParameterValue,
        format,
      );
      expect(invalid.errorDetails).toMatch(/^Invalid parameter value: signIDs: /);
      const badNumber = await failureOf(
        unvalidated.socialize.getPlaces({ uid: 'alice', latitude: 'north' as unknown as number, longitude: 1 }),
      );
      expect((badNumber as GigyaApiError).errorCode).toBe(400006);
      expect((badNumber as GigyaApiError).errorDetails).toContain('latitude');
    },
  );
});

describe('httpStatusCodes', () => {
  it(
    'the client asks for HTTP 200 on API errors; the emulator honours httpStatusCodes=true when asked (JSON and ' +
      'XML)',
    async () => {
      const error = await failureOf(clients.make().socialize.getUserInfo({ uid: 'nobody' }));
      expect((error as GigyaApiError).httpStatus).toBe(200);
      expect(emu.requests.at(-1)!.params['httpStatusCodes']).toBe('false');

      for (const format of FORMATS) {
        const failed = await call(
          emu.url,
          'socialize.getUserInfo',
          { UID: 'nobody', httpStatusCodes: 'true' },
          { format },
        );
        expect(failed.status).toBe(403);
        expect(failed.text).toContain('403005');
        const missing = await call(
          emu.url,
          'socialize.setStatus',
          { UID: 'alice', httpStatusCodes: 'true' },
          { format },
        );
        expect(missing.status).toBe(400);
        const noSession = await call(
          emu.url,
          'socialize.setStatus',
          { UID: 'bob', status: 'x', httpStatusCodes: 'true' },
          { format },
        );
        expect(noSession.status).toBe(500);
        const ok = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice', httpStatusCodes: 'true' }, { format });
        expect(ok.status).toBe(200);
        const plain = await call(
          emu.url,
          'socialize.getUserInfo',
          { UID: 'nobody', httpStatusCodes: 'false' },
          { format },
        );
        expect(plain.status).toBe(200);
      }
      expect(
        (await call(emu.url, 'socialize.getUserInfo', { UID: 'nobody', httpStatusCodes: 'true' })).json,
      ).toMatchObject({ errorCode: 403005, statusCode: 403 });
    },
  );
});
