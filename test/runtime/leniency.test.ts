/**
 * Never stricter than Gigya (issue 8 §2), at run time through the real client against a loopback
 * server: both spellings of socialize's uid (one per call), the common params on every method,
 * comma-separated list params with values Gigya adds later, success without the fields no source
 * shows always present, "did you mean" for typos, the error table's fixes, a per-call apiKey, and
 * the flow states of login (a pending result with its regToken, a TFA error with its regToken).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import {
  buildSignatureBaseString,
  calcSignature,
  createClient,
  ErrorCode,
  errorCodeInfo,
  type GigyaApiError,
  GigyaValidationError,
  type ClientOptions,
} from '../../src/index.js';
import { prepareParams } from '../../src/call/params.js';
import { apiError, json, ok, startTestServer, type TestServer } from '../helpers/http-server.js';

const API_KEY = '3_TestApiKey';
const SECRET = 'EJgUJI386AUHo1aKqlZSJNQBeR/iQITGn+nezFQBDM8=';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
afterEach(() => {
  server.requests.length = 0;
  server.fallback((req, res) => json(res, ok({}, req)));
});

const fast = { retry: { baseDelayMs: 1, maxDelayMs: 5, rateLimitDelayMs: 2 } } as const;
function client(extra: Partial<ClientOptions> = {}) {
  return createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: server.url, ...fast, ...extra });
}

async function failure<T = GigyaApiError>(promise: Promise<unknown>): Promise<T> {
  try {
    await promise;
  } catch (error) {
    return error as T;
  }
  throw new Error('expected the call to fail');
}

describe('socialize takes the user id as uid or UID, one per call', () => {
  it('sends either spelling as the catalog names it', async () => {
    await client().socialize.getUserInfo({ UID: 'u1' });
    await client().socialize.getUserInfo({ uid: 'u2' });
    expect(server.requests.map((r) => [r.params['uid'], r.params['UID']])).toEqual([
      ['u1', undefined],
      ['u2', undefined],
    ]);
  });

  it('refuses both at once, before sending', async () => {
    const error = await failure<GigyaValidationError>(
      client().socialize.getUserInfo({ uid: 'u1', UID: 'u1' } as unknown as { uid: string }),
    );
    expect(error).toBeInstanceOf(GigyaValidationError);
    expect(error.issues).toEqual([
      { path: 'UID', message: 'is the same param as uid; pass one of them, not both', problem: 'invalid' },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it('a required uid may come as UID', async () => {
    await client().socialize.setStatus({ UID: 'u1', status: 'hi' });
    expect(server.requests[0]?.params).toMatchObject({ uid: 'u1', status: 'hi' });
  });
});

describe('common params', () => {
  it('every catalogued method accepts cid, context and checkParams', () => {
    for (const [name, d] of methodRegistry) {
      const given = { cid: 'checkout', context: { step: 2 }, checkParams: true };
      // Only the common params: a missing required param is the only acceptable complaint.
      try {
        // The params as encoded form params, in the order they are signed: read back by name.
        const wire = Object.fromEntries(prepareParams(name, d, given, {}, true).map((p) => [p.name, p.value]));
        expect(wire).toMatchObject({ cid: 'checkout', context: '{"step":2}', checkParams: 'true' });
      } catch (error) {
        expect(error, name).toBeInstanceOf(GigyaValidationError);
        for (const issue of (error as GigyaValidationError).issues)
          expect(issue.problem, `${name} ${issue.path}`).toBe('missing');
      }
    }
  });

  it('context comes back in the envelope, and ignored params are listed', async () => {
    server.queue((_r, res) =>
      json(
        res,
        ok({
          UID: 'u1',
          context: 'order-17',
          ignoredParams: [{ paramName: 'colour', warningCode: 403007, message: 'not recognized' }],
        }),
      ),
    );
    const r = await client().accounts.getAccountInfo({ UID: 'u1', context: 'order-17', cid: 'c' });
    expect(server.requests[0]?.params).toMatchObject({ context: 'order-17', cid: 'c' });
    expect(r.context).toBe('order-17');
    expect(r.ignoredParams?.[0]?.paramName).toBe('colour');
  });
});

describe('list params', () => {
  it("take Gigya's comma-separated text (exportUsers' documented default) or an array", async () => {
    await client().socialize.exportUsers({ fields: 'uid,provider,providerUID' });
    await client().socialize.exportUsers({ fields: ['uid', 'provider'] });
    expect(server.requests.map((r) => r.params['fields'])).toEqual(['uid,provider,providerUID', 'uid,provider']);
  });

  it('accept values Gigya adds later', async () => {
    await client().accounts.getAccountInfo({ UID: 'u1', include: ['profile', 'somethingNew'] });
    await client().socialize.getUserInfo({ uid: 'u1', extraFields: 'bio,shoeSize' });
    expect(server.requests.map((r) => r.params['include'] ?? r.params['extraFields'])).toEqual([
      'profile,somethingNew',
      'bio,shoeSize',
    ]);
  });
});

describe('response fields no source shows always present', () => {
  it('a success of exchangeUIDSignature or getToken without them is a success', async () => {
    server.queue((_r, res) => json(res, ok({})));
    await expect(
      client().socialize.exchangeUIDSignature({ uid: 'u1', UIDSignature: 's', signatureTimestamp: '1' }),
    ).resolves.toMatchObject({ errorCode: 0 });
    server.queue((_r, res) => json(res, ok({})));
    await expect(client().socialize.getToken({ grant_type: 'none' })).resolves.toMatchObject({ errorCode: 0 });
  });

  it('a field a source does show always present is still required', async () => {
    server.queue((_r, res) => json(res, ok({})));
    await expect(client().accounts.tfa.initTFA({ provider: 'gigyaPhone', mode: 'register' })).rejects.toMatchObject({
      problem: 'unexpected-shape',
    });
  });
});

describe('unknown params get a suggestion', () => {
  const issue = async (call: Promise<unknown>) => (await failure<GigyaValidationError>(call)).issues[0]?.message;

  it('by edit distance, and case-insensitively', async () => {
    const c = client();
    expect(await issue(c.socialize.setStatus({ status: 'x', stauts: 'y' } as never))).toBe(
      'unknown param; did you mean "status"? (a param the catalog does not know goes in options.extraParams)',
    );
    expect(await issue(c.accounts.getAccountInfo({ uid: 'u1' } as never))).toMatch(/did you mean "UID"\?/);
    expect(await issue(c.accounts.getAccountInfo({ UID: 'u1', Include: 'data' } as never))).toMatch(
      /did you mean "include"\?/,
    );
    expect(await issue(c.accounts.getAccountInfo({ UID: 'u1', zzzzzz: 1 } as never))).toMatch(/check the spelling/);
    expect(server.requests).toHaveLength(0);
  });

  it('inside a nested object too', async () => {
    const error = await failure<GigyaValidationError>(
      client().socialize.publishUserAction({ uid: 'u1', userAction: { title: 't', tittle: 'x' } as never }),
    );
    expect(error.issues[0]).toMatchObject({ path: 'userAction.tittle' });
    expect(error.issues[0]?.message).toMatch(/field of userAction; did you mean "title"\?/);
  });
});

describe('setAccountInfo merges: null deletes a field, at any depth', () => {
  it(
    'the validators accept null inside profile, data, ' + 'preferences and subscriptions, and send it as JSON',
    async () => {
      await client().accounts.setAccountInfo({
        UID: 'u1',
        profile: { country: null, favorites: { books: null } },
        data: { loyalty: { tier: null } },
        preferences: { terms: null },
        subscriptions: { news: { email: { isSubscribed: null } } },
      });
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.params).toMatchObject({
        profile: '{"country":null,"favorites":{"books":null}}',
        data: '{"loyalty":{"tier":null}}',
        preferences: '{"terms":null}',
        subscriptions: '{"news":{"email":{"isSubscribed":null}}}',
      });
    },
  );

  it('still refuse a wrong type, a misspelled field and a null array element, and send nothing', async () => {
    const c = client();
    const issues = async (params: unknown) =>
      (await failure<GigyaValidationError>(c.accounts.setAccountInfo(params as never))).issues;
    expect((await issues({ UID: 'u1', profile: { country: 1 } }))[0]).toMatchObject({ path: 'profile.country' });
    expect((await issues({ UID: 'u1', profile: { contry: null } }))[0]?.message).toMatch(/did you mean "country"\?/);
    expect((await issues({ UID: 'u1', profile: { favorites: { books: 'x' } } }))[0]).toMatchObject({
      path: 'profile.favorites.books',
    });
    expect((await issues({ UID: 'u1', profile: { phones: [null] } }))[0]).toMatchObject({ path: 'profile.phones.0' });
    expect(server.requests).toHaveLength(0);
  });

  it('writes that do not merge still refuse null (register creates the account)', async () => {
    const error = await failure<GigyaValidationError>(
      client().accounts.register({ regToken: 't', profile: { country: null } } as never),
    );
    expect(error.issues[0]).toMatchObject({ path: 'profile.country' });
  });
});

describe('the error table', () => {
  it('400009 is "Validation error"; 405001 is named after its source', () => {
    expect(errorCodeInfo[400009].message).toBe('Validation error');
    expect(ErrorCode.InvalidApiMethod).toBe(405001);
  });

  it('504002 is retried for a method safe to repeat, never for a write', async () => {
    server.queue(
      (_r, res) => json(res, apiError(504002, 'Request Timeout')),
      (req, res) => json(res, ok({ UID: 'u1' }, req)),
    );
    await expect(client().accounts.getAccountInfo({ UID: 'u1' })).resolves.toMatchObject({ errorCode: 0 });
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.queue((_r, res) => json(res, apiError(504002, 'Request Timeout')));
    const error = await failure(client().accounts.setAccountInfo({ UID: 'u1', data: { x: 1 } }));
    expect(error.errorCode).toBe(504002);
    expect(server.requests).toHaveLength(1);
  });
});

describe('a per-call apiKey', () => {
  it('is sent and signed instead of the client one, for that call only', async () => {
    const c = client();
    await c.accounts.getSchema({}, { apiKey: '3_OtherSite' });
    await c.accounts.getSchema({});
    const [first, second] = server.requests;
    expect([first?.params['apiKey'], second?.params['apiKey']]).toEqual(['3_OtherSite', API_KEY]);
    const { sig, ...signed } = first!.params;
    const url = new URL(first!.path, server.url);
    expect(calcSignature(buildSignatureBaseString('POST', url, signed), SECRET)).toBe(sig);
  });

  it('given as a param instead, is refused with a pointer to the call option, and nothing is sent', async () => {
    const error = await failure<GigyaValidationError>(client().accounts.getSchema({ apiKey: '3_OtherSite' } as never));
    expect(error.issues).toEqual([
      {
        path: 'apiKey',
        message:
          'is set by the client; remove it from the params and pass the call option apiKey to act on another ' +
          'site: call(params, { apiKey })',
        problem: 'invalid',
      },
    ]);
    const format = await failure<GigyaValidationError>(client().accounts.getSchema({ format: 'xml' } as never));
    expect(format.issues[0]?.message).toMatch(/pass the call option format/);
    const sig = await failure<GigyaValidationError>(client().accounts.getSchema({ sig: 'x' } as never));
    expect(sig.issues[0]?.message).toBe(
      'is set by the client from its credentials and options; remove it from the params',
    );
    expect(server.requests).toHaveLength(0);
  });

  it('is checked before anything is sent', async () => {
    await expect(client().accounts.getSchema({}, { apiKey: 'has space' })).rejects.toThrow(
      /apiKey in the call options/,
    );
    expect(server.requests).toHaveLength(0);
  });
});

describe('flow states of login', () => {
  it('206001 resolves, with the regToken to continue', async () => {
    server.queue((_r, res) =>
      json(res, apiError(206001, 'Account Pending Registration', { regToken: 'RT1', UID: 'u1' })),
    );
    const r = await client().accounts.login({ loginID: 'a@example.com', password: 'pw' });
    expect(r.errorCode).toBe(206001);
    if (r.errorCode === 206001) expect(r.regToken).toBe('RT1');
  });

  it('403101 is thrown, its regToken on the error response, narrowed by isError', async () => {
    server.queue((_r, res) => json(res, apiError(403101, 'Account Pending TFA Verification', { regToken: 'RT2' })));
    const c = client();
    const error = await failure(c.accounts.login({ loginID: 'a@example.com', password: 'pw' }));
    expect(c.accounts.login.isError(error)).toBe(true);
    if (c.accounts.login.isError(error) && error.errorCode === 403101) expect(error.response.regToken).toBe('RT2');
    else throw new Error('expected 403101');
  });
});
