import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBearerJwt } from '../../src/auth/jwt.js';
import { buildSignatureBaseString, calcSignature, createNonce, encodeFormBody } from '../../src/auth/signing.js';
import { redactParams } from '../../src/trace.js';
import { parseXml } from '../../src/wire/xml.js';
import { defaultEmulatorFixture, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { API_KEY, SECRET, USER_KEY, USER_SECRET, call, callJson, prepare, send } from './helpers.js';

const BEARER_KEY = 'ABearerUserKey';
let privateKey: KeyObject;
let otherPrivateKey: KeyObject;
let emu: EmulatorHandle;

beforeAll(async () => {
  const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
  privateKey = pair.privateKey;
  otherPrivateKey = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
  const fixture = defaultEmulatorFixture();
  const site = fixture.sites[API_KEY]!;
  site.userKeys = {
    ...site.userKeys,
    [BEARER_KEY]: { publicKey: pair.publicKey.export({ type: 'spki', format: 'pem' }).toString() },
  };
  emu = await startEmulator({ fixture, trustForwardedProto: true });
});

afterAll(async () => {
  await emu.close();
});

const HTTPS = { 'x-forwarded-proto': 'https' };

describe('envelope', () => {
  it('answers JSON with the full envelope and the method data', async () => {
    const res = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const env = res.json!;
    expect(env['errorCode']).toBe(0);
    expect(env['statusCode']).toBe(200);
    expect(env['statusReason']).toBe('OK');
    expect(env['apiVersion']).toBe(2);
    expect(env['callId']).toMatch(/^[0-9a-f]{32}$/);
    expect(env['time']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(env['UID']).toBe('alice');
    expect(env['nickname']).toBe('Alice');
    expect(env).not.toHaveProperty('errorMessage');
    expect(res.headers['date']).toBeDefined();
  });

  it('answers XML by default (no format param), in the seed shape', async () => {
    const res = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { format: false });
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.text.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
    const root = parseXml(res.text);
    expect(root.name).toBe('socialize.getUserInfoResponse');
    expect(root.attributes['xmlns']).toBe('urn:com:gigya:api');
    const child = (name: string) => root.children.find((c) => c.name === name)?.text;
    expect(child('statusCode')).toBe('200');
    expect(child('statusReason')).toBe('OK');
    expect(child('UID')).toBe('alice');
    expect(root.children.findIndex((c) => c.name === 'statusCode')).toBe(0);
  });

  it('answers XML errors with statusCode, statusReason, errorCode, errorMessage', async () => {
    const res = await call(emu.url, 'socialize.setStatus', { UID: 'bob', status: 'hi' }, { format: 'xml' });
    const root = parseXml(res.text);
    expect(root.name).toBe('socialize.setStatusResponse');
    expect(root.children.slice(0, 4).map((c) => [c.name, c.text])).toEqual([
      ['statusCode', '500'],
      ['statusReason', 'Internal Server Error'],
      ['errorCode', '500024'],
      ['errorMessage', 'No valid session'],
    ]);
  });

  it('echoes context, supports JSONP, and maps httpStatusCodes=true to the HTTP status', async () => {
    const withContext = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice', context: 'R123' });
    expect(withContext['context']).toBe('R123');

    const jsonp = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice', format: 'jsonp', callback: 'cb.done' });
    expect(jsonp.headers['content-type']).toMatch(/^text\/javascript/);
    expect(jsonp.text).toMatch(/^cb\.done\(\{.*"UID":"alice".*\}\);$/);

    const plain = await call(emu.url, 'socialize.getUserInfo', { UID: 'nobody' });
    expect(plain.status).toBe(200);
    expect(plain.json!['errorCode']).toBe(403005);
    const mapped = await call(emu.url, 'socialize.getUserInfo', { UID: 'nobody', httpStatusCodes: 'true' });
    expect(mapped.status).toBe(403);
    expect(mapped.json!['statusCode']).toBe(403);
    expect(mapped.json!['statusReason']).toBe('Forbidden');
  });

  it('accepts GET query strings and merges query + body', async () => {
    const get = await call(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { httpMethod: 'GET' });
    expect(get.json!['errorCode']).toBe(0);

    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    const { apiKey, format, ...rest } = wire;
    const res = await request(`${url}?${encodeFormBody({ apiKey: apiKey!, format: format! })}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: encodeFormBody(rest),
    });
    const env = (await res.body.json()) as Record<string, unknown>;
    expect(env['errorCode']).toBe(0);
    expect(env['UID']).toBe('alice');
  });
});

describe('site and signature checks', () => {
  it('400092 without apiKey, 400093 for an unknown apiKey', async () => {
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: false }))['errorCode']).toBe(
      400092,
    );
    const unknown = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: '3_nope' });
    expect(unknown['errorCode']).toBe(400093);
    expect(unknown['errorMessage']).toBe('Invalid ApiKey parameter');
    expect(unknown['statusCode']).toBe(400);
  });

  it('403003 for a wrong signature, a wrong secret, or a signature over another URL', async () => {
    const wrongSecret = Buffer.from('not the site secret at all').toString('base64');
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { secret: wrongSecret }))['errorCode'],
    ).toBe(403003);
    const otherUrl = await callJson(
      emu.url,
      'socialize.getUserInfo',
      { UID: 'alice' },
      { signedUrl: 'http://socialize.us1.gigya.com/socialize.getUserInfo' },
    );
    expect(otherUrl['errorCode']).toBe(403003);
    expect(String(otherUrl['errorDetails'])).not.toContain(SECRET);

    // Tampering with a param after signing.
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    expect((await send(url, { ...wire, UID: 'bob' })).json!['errorCode']).toBe(403003);
  });

  it('signs over the scheme: an https signature fails over http, passes behind a trusted https proxy', async () => {
    const httpsUrl = emu.url.replace('http://', 'https://');
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' }, { signedUrl: `${httpsUrl}/socialize.getUserInfo` });
    expect((await send(url, wire)).json!['errorCode']).toBe(403003);
    const wire2 = prepare(url, { UID: 'alice' }, { signedUrl: `${httpsUrl}/socialize.getUserInfo` });
    expect((await send(url, wire2, { headers: HTTPS })).json!['errorCode']).toBe(0);
  });

  it('403002 outside the timestamp window, with the server time in the envelope and Date header', async () => {
    const res = await call(
      emu.url,
      'socialize.getUserInfo',
      { UID: 'alice' },
      { timestamp: Math.floor(Date.now() / 1000) - 600 },
    );
    expect(res.json!['errorCode']).toBe(403002);
    const serverTime = Date.parse(String(res.json!['time']));
    expect(Math.abs(serverTime - Date.now())).toBeLessThan(60_000);
    expect(Math.abs(Date.parse(res.headers['date']!) - serverTime)).toBeLessThan(2_000);
    // Inside the window passes.
    expect(
      (
        await callJson(
          emu.url,
          'socialize.getUserInfo',
          { UID: 'alice' },
          { timestamp: Math.floor(Date.now() / 1000) - 60 },
        )
      )['errorCode'],
    ).toBe(0);
  });

  it('403004 when a nonce is replayed; a fresh nonce passes', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    expect((await send(url, wire)).json!['errorCode']).toBe(0);
    const replay = await send(url, wire);
    expect(replay.json!['errorCode']).toBe(403004);
    expect(replay.json!['errorMessage']).toBe('Duplicate nonce');
    expect((await send(url, prepare(url, { UID: 'alice' }))).json!['errorCode']).toBe(0);
  });

  it('a rejected signature does not burn the nonce', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const nonce = createNonce();
    const bad = prepare(url, { UID: 'alice' }, { nonce, secret: Buffer.from('wrong').toString('base64') });
    expect((await send(url, bad)).json!['errorCode']).toBe(403003);
    expect((await send(url, prepare(url, { UID: 'alice' }, { nonce }))).json!['errorCode']).toBe(0);
  });

  it('400002 when a signed request lacks timestamp or nonce', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' });
    delete wire['nonce'];
    const res = await send(url, wire);
    expect(res.json!['errorCode']).toBe(400002);
    expect(res.json!['errorDetails']).toMatch(/nonce/);
  });

  it('403007 for an apiKey-only call to a method that needs credentials', async () => {
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { secret: false }))['errorCode']).toBe(
      403007,
    );
  });
});

describe('userKey, secret, bearer and OAuth modes', () => {
  it('userKey + signature with the user key secret; the site secret does not do', async () => {
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { userKey: USER_KEY }))['errorCode'],
    ).toBe(0);
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { userKey: USER_KEY, apiKey: false }))[
        'errorCode'
      ],
    ).toBe(0);
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { userKey: USER_KEY, secret: SECRET }))[
        'errorCode'
      ],
    ).toBe(403003);
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { userKey: 'AUnknownKey' }))['errorCode'],
    ).toBe(403005);
  });

  it('secret param: 403006 over http, accepted over https, 403010 when wrong', async () => {
    const params = { UID: 'alice', userKey: USER_KEY, secret: USER_SECRET };
    const overHttp = await callJson(emu.url, 'socialize.getUserInfo', params, { secret: false });
    expect(overHttp['errorCode']).toBe(403006);
    expect(overHttp['errorMessage']).toBe('Secret Sent Over Http');
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', params, { secret: false, headers: HTTPS }))['errorCode'],
    ).toBe(0);
    expect(
      (
        await callJson(
          emu.url,
          'socialize.getUserInfo',
          { UID: 'alice', secret: SECRET },
          { secret: false, headers: HTTPS },
        )
      )['errorCode'],
    ).toBe(0);
    const wrong = await callJson(
      emu.url,
      'socialize.getUserInfo',
      { ...params, secret: SECRET },
      { secret: false, headers: HTTPS },
    );
    expect(wrong['errorCode']).toBe(403010);
  });

  it('bearer JWT: valid token passes; bad signature, unknown kid, replayed jti, stale iat give 400008', async () => {
    const now = Math.floor(Date.now() / 1000);
    const bearer = (token: string) => ({ secret: false as const, headers: { authorization: `Bearer ${token}` } });
    const ok = createBearerJwt(BEARER_KEY, privateKey, now);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, bearer(ok)))['errorCode']).toBe(0);
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { ...bearer(ok), apiKey: false }))[
        'errorCode'
      ],
    ).toBe(400008);
    const cases = [
      createBearerJwt(BEARER_KEY, otherPrivateKey, now),
      createBearerJwt('ANoSuchKey', privateKey, now),
      createBearerJwt(BEARER_KEY, privateKey, now - 3600),
      'not-a-jwt',
    ];
    for (const token of cases) {
      const env = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, bearer(token));
      expect(env['errorCode']).toBe(400008);
      expect(env['errorMessage']).toBe('Invalid authentication header');
    }
    const last = emu.requests.at(-1)!;
    expect(last.authMode).toBe('bearer');
  });

  it('bearer JWT as the .NET SDK writes it (standard Base64 with padding) is verified like any other', async () => {
    const std = (value: object | Buffer) =>
      (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64');
    const dotNet = (key: KeyObject, claims: Record<string, unknown>) => {
      // A kid of 14 characters makes the header's length need padding.
      const header = std({ alg: 'RS256', typ: 'JWT', kid: BEARER_KEY });
      const input = `${header}.${std({ iat: Math.floor(Date.now() / 1000), ...claims })}`;
      return `${input}.${std(sign('sha256', Buffer.from(input), key))}`;
    };
    const bearer = (token: string) => ({ secret: false as const, headers: { authorization: `Bearer ${token}` } });
    const token = dotNet(privateKey, { jti: `net-${createNonce()}` });
    expect(token.split('.')[0]).toMatch(/=$/);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, bearer(token)))['errorCode']).toBe(0);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, bearer(token)))['errorCode']).toBe(
      400008,
    );
    expect(
      (
        await callJson(
          emu.url,
          'socialize.getUserInfo',
          { UID: 'alice' },
          bearer(dotNet(otherPrivateKey, { jti: createNonce() })),
        )
      )['errorCode'],
    ).toBe(400008);
  });

  it('oauth_token: 403025 over http, accepted over https, unknown or revoked → 403025', async () => {
    const p = { oauth_token: 'st2.emulator-alice-token' };
    const overHttp = await callJson(emu.url, 'socialize.getUserInfo', p, { secret: false, apiKey: false });
    expect(overHttp['errorCode']).toBe(403025);
    const ok = await callJson(emu.url, 'socialize.getUserInfo', p, { secret: false, apiKey: false, headers: HTTPS });
    expect(ok['errorCode']).toBe(0);
    expect(ok['UID']).toBe('alice');
    expect(
      (
        await callJson(emu.url, 'socialize.getUserInfo', { oauth_token: 'st2.nope' }, { secret: false, headers: HTTPS })
      )['errorCode'],
    ).toBe(403025);
    // An app token needs a UID; a user token refuses another user's UID.
    expect(
      (
        await callJson(
          emu.url,
          'socialize.getUserInfo',
          { oauth_token: 'st2.emulator-app-token' },
          { secret: false, headers: HTTPS },
        )
      )['errorCode'],
    ).toBe(400002);
    expect(
      (await callJson(emu.url, 'socialize.getUserInfo', { ...p, UID: 'bob' }, { secret: false, headers: HTTPS }))[
        'errorCode'
      ],
    ).toBe(403005);
    const recorded = emu.requests.filter((r) => r.authMode === 'oauth');
    expect(recorded.length).toBeGreaterThan(0);
    for (const r of recorded) expect(r.params['oauth_token']).toBe('[REDACTED]');
  });
});

describe('method and params', () => {
  it('501001 for an unknown method, naming it', async () => {
    const env = await callJson(emu.url, 'socialize.noSuchMethod');
    expect(env['errorCode']).toBe(501001);
    expect(env['errorMessage']).toBe('Invalid API method');
    expect(env['statusCode']).toBe(501);
    expect((await callJson(emu.url, 'favicon'))['errorCode']).toBe(501001);
  });

  it('400002 naming the missing param, 400006 naming the invalid one', async () => {
    const missing = await callJson(emu.url, 'socialize.setStatus', { UID: 'alice' });
    expect(missing['errorCode']).toBe(400002);
    expect(missing['errorDetails']).toBe('Missing required parameter: status');
    const badBool = await callJson(emu.url, 'socialize.getFriendsInfo', { UID: 'alice', signIDs: 'maybe' });
    expect(badBool['errorCode']).toBe(400006);
    expect(String(badBool['errorDetails'])).toContain('signIDs');
    const badNumber = await callJson(emu.url, 'socialize.getPlaces', {
      UID: 'alice',
      latitude: 'north',
      longitude: '1',
    });
    expect(badNumber['errorCode']).toBe(400006);
    expect(String(badNumber['errorDetails'])).toContain('latitude');
    const badJson = await callJson(emu.url, 'socialize.publishUserAction', { UID: 'alice', userAction: '{not json' });
    expect(badJson['errorCode']).toBe(400006);
    expect(String(badJson['errorDetails'])).toContain('userAction');
    const nested = await callJson(emu.url, 'socialize.publishUserAction', {
      UID: 'alice',
      userAction: { mediaItems: [{ type: 'image' }] },
    });
    expect(nested['errorCode']).toBe(400006);
    expect(String(nested['errorDetails'])).toContain('userAction.mediaItems.0.src');
  });

  it('accepts csv lists of the documented values, and values Gigya may add later', async () => {
    const env = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice', extraFields: 'bio,likes' });
    expect(env['errorCode']).toBe(0);
    expect(env['bio']).toBe('Follows white rabbits.');
    const later = await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice', extraFields: 'bio,shoeSize' });
    expect(later['errorCode']).toBe(0);
  });

  it('decodes booleans as the SDKs send them and ignores unknown params', async () => {
    for (const value of ['true', 'True', '1']) {
      const env = await callJson(emu.url, 'socialize.getFriendsInfo', {
        UID: 'alice',
        siteUsersOnly: value,
        sdk: 'python_3.6.0',
        _host: 'x',
      });
      expect(env['errorCode']).toBe(0);
      expect((env['friends'] as unknown[]).length).toBe(1);
    }
  });
});

describe('wire robustness', () => {
  it('400001 for bad percent-encoding in body or query', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'format=json&UID=%E0%A4%A&apiKey=x',
    });
    const env = (await res.body.json()) as Record<string, unknown>;
    expect(env['errorCode']).toBe(400001);
    expect(String(env['errorDetails'])).toContain('UID');
    const q = await request(`${url}?format=json&status=%ZZ`, { method: 'GET' });
    expect(((await q.body.json()) as Record<string, unknown>)['errorCode']).toBe(400001);
  });

  it('400001 for a JSON body', async () => {
    const res = await request(`${emu.url}/socialize.getUserInfo?format=json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"UID":"alice"}',
    });
    expect(((await res.body.json()) as Record<string, unknown>)['errorCode']).toBe(400001);
  });

  it('413001 for a body over 1 MiB, and the server keeps serving', async () => {
    const res = await request(`${emu.url}/socialize.setStatus?format=json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `status=${'a'.repeat(1024 * 1024 + 10)}`,
    });
    const env = (await res.body.json()) as Record<string, unknown>;
    expect(env['errorCode']).toBe(413001);
    expect(env['statusCode']).toBe(413);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });

  it('answers an unreadable or oversize body in the format and status mode the request asked for', async () => {
    const url = `${emu.url}/socialize.setStatus`;
    const notUtf8 = Buffer.concat([
      Buffer.from('apiKey=x&format=json&httpStatusCodes=true&status='),
      Buffer.from([0xff, 0xfe]),
    ]);
    const bad = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: notUtf8,
    });
    expect(bad.statusCode).toBe(400);
    expect(((await bad.body.json()) as Record<string, unknown>)['errorCode']).toBe(400001);
    // The typed client puts format after the params, so the end of a huge body is read too.
    const big = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `status=${'a'.repeat(1024 * 1024 + 10)}&format=json&httpStatusCodes=true`,
    });
    expect(big.statusCode).toBe(413);
    expect(((await big.body.json()) as Record<string, unknown>)['errorCode']).toBe(413001);
  });

  it('keeps control characters from a request out of the log as raw text', async () => {
    const lines: string[] = [];
    const logged = await startEmulator({ log: (line) => lines.push(line) });
    try {
      const forged = 'x\n2026-01-01T00:00:00.000Z POST socialize.deleteAccount apiKey=3_victim auth=signed errorCode=0';
      await callJson(logged.url, 'socialize.getUserInfo', { UID: 'alice' }, { apiKey: forged, secret: false });
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('apiKey=x\\x0a2026');
    } finally {
      await logged.close();
    }
  });

  it('accepts the absolute-form request target and checks the signature against that URL', async () => {
    const target = 'http://socialize.us1.gigya.com/socialize.getUserInfo';
    const raw = async (signedUrl: string): Promise<Record<string, unknown>> => {
      const wire = prepare(signedUrl, { UID: 'alice' });
      const body = encodeFormBody(wire);
      const text = await new Promise<string>((resolve, reject) => {
        const socket = connect(emu.port, '127.0.0.1', () => {
          socket.write(
            `POST ${target} HTTP/1.1\r\nHost: socialize.us1.gigya.com\r\nContent-Type: ` +
              `application/x-www-form-urlencoded\r\n` +
              `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
          );
        });
        let data = '';
        socket.on('data', (chunk) => (data += chunk.toString('utf8')));
        socket.on('end', () => resolve(data));
        socket.on('error', reject);
      });
      const [head, payload = ''] = text.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 200/);
      return JSON.parse(payload) as Record<string, unknown>;
    };
    const ok = await raw(target);
    expect(ok['errorCode']).toBe(0);
    expect(ok['UID']).toBe('alice');
    expect((await raw(`${emu.url}/socialize.getUserInfo`))['errorCode']).toBe(403003);
    const rec = emu.requests.at(-1)!;
    expect(rec.absoluteForm).toBe(true);
    expect(rec.url).toBe(target);
  });

  it('records requests with secrets redacted and keeps secrets out of inspect output', async () => {
    await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' });
    const rec = emu.requests.at(-1)!;
    expect(rec.params['sig']).toBe('[REDACTED]');
    expect(rec.nonce).toBeTruthy();
    expect(rec.authMode).toBe('signed');
    const printed =
      inspect(emu, { depth: 8 }) + inspect(emu.state.site(API_KEY), { depth: 8 }) + JSON.stringify(emu.requests);
    expect(printed).not.toContain(SECRET);
    expect(printed).not.toContain(USER_SECRET);
    expect(printed).not.toContain('st2.emulator-alice-token');
  });

  it('redacts recorded params exactly as the client redacts its traces', async () => {
    const extra = {
      jsonParam: '{"a":{"authToken":"t1"},"b":["eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln"],"c":1}',
      listParam: '[{"password":"p"},"plain"]',
      jwtish: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.YWJj',
      eventually: 'every value starting with e is checked',
      badJson: '{not json',
      refresh_token: 'r',
      myCustomToken: 'x',
      hasToken: 'true',
    };
    for (let round = 0; round < 2; round++) {
      await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice', ...extra });
      const rec = emu.requests.at(-1)!;
      const expected = redactParams({ UID: 'alice', ...extra });
      for (const [name, value] of Object.entries(expected)) expect(rec.params[name], name).toBe(value);
      expect(Object.isFrozen(rec.params)).toBe(true);
    }
  });
});

describe('over real TLS', () => {
  let dir: string;
  let tlsEmu: EmulatorHandle;
  let agent: Agent;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'gigya-emu-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-subj',
        '/CN=localhost',
        '-days',
        '1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    tlsEmu = await startEmulator({
      tls: { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
    });
    agent = new Agent({ connect: { rejectUnauthorized: false } });
  });

  afterAll(async () => {
    await agent.close();
    await tlsEmu.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the secret param and signs over https', async () => {
    expect(tlsEmu.url.startsWith('https://')).toBe(true);
    const post = async (wire: Record<string, string>) => {
      const res = await request(`${tlsEmu.url}/socialize.getUserInfo`, {
        method: 'POST',
        dispatcher: agent,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: encodeFormBody(wire),
      });
      return (await res.body.json()) as Record<string, unknown>;
    };
    expect(
      (await post({ apiKey: API_KEY, userKey: USER_KEY, secret: USER_SECRET, UID: 'alice', format: 'json' }))[
        'errorCode'
      ],
    ).toBe(0);
    const url = `${tlsEmu.url}/socialize.getUserInfo`;
    const wire: Record<string, string> = {
      apiKey: API_KEY,
      UID: 'alice',
      format: 'json',
      timestamp: String(Math.floor(Date.now() / 1000)),
      nonce: createNonce(),
    };
    wire['sig'] = calcSignature(buildSignatureBaseString('POST', url, wire), SECRET);
    expect((await post(wire))['errorCode']).toBe(0);
  });
});

describe('what the official SDKs send', () => {
  it('PHP-style body: insertion order, "+" for spaces, %7E, an empty param that is still signed', async () => {
    const url = `${emu.url}/socialize.setStatus`;
    const params: Record<string, string> = {
      status: 'I feel ~great',
      UID: 'alice',
      cid: '',
      format: 'json',
      apiKey: API_KEY,
      timestamp: String(Math.floor(Date.now() / 1000)),
      nonce: `${Date.now()}123`,
    };
    params['sig'] = calcSignature(buildSignatureBaseString('POST', url, params), SECRET);
    const body = Object.entries(params)
      .map(([k, v]) => `${k}=${encodeURIComponent(v).replace(/%20/g, '+').replace(/~/g, '%7E')}`)
      .join('&');
    const res = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
    });
    expect(((await res.body.json()) as Record<string, unknown>)['errorCode']).toBe(0);
    expect(emu.state.user(API_KEY, 'alice')?.status).toBe('I feel ~great');
  });

  it('.NET leaves the port out of the base string: accepted only with acceptSignatureWithoutPort', async () => {
    const lenient = await startEmulator({ acceptSignatureWithoutPort: true });
    try {
      for (const [target, expected] of [
        [lenient, 0],
        [emu, 403003],
      ] as const) {
        const url = `${target.url}/socialize.getUserInfo`;
        const signedUrl = url.replace(/:\d+\//, '/');
        expect(
          (await callJson(target.url, 'socialize.getUserInfo', { UID: 'alice' }, { signedUrl }))['errorCode'],
        ).toBe(expected);
      }
    } finally {
      await lenient.close();
    }
  });
});

describe('odd input never breaks the server', () => {
  it('answers every odd request with a readable envelope, never 500001', async () => {
    const cases: Array<{ path: string; body?: Buffer | string; method?: string; headers?: Record<string, string> }> = [
      { path: '/%zz?format=json' },
      { path: '/socialize.getUserInfo/../x?format=json' },
      { path: '/?format=json' },
      { path: '/socialize.getUserInfo?format=json', body: '&&&=&=x&' },
      { path: '/socialize.getUserInfo?format=json', body: Buffer.from([0x55, 0x49, 0x44, 0x3d, 0xff, 0xfe]) },
      { path: '/socialize.getUserInfo?format=json', body: `${'k'.repeat(10_000)}=v` },
      { path: '/socialize.getUserInfo?format=json', body: 'UID=a%00b&apiKey=%00' },
      { path: '/socialize.getUserInfo?format=json', method: 'PUT', body: 'UID=alice' },
      { path: '/socialize.getUserInfo?format=json', headers: { authorization: 'Basic Zm9vOmJhcg==' } },
      { path: '/socialize.getUserInfo?format=json', headers: { authorization: 'Bearer a.b.c' } },
      { path: '/socialize.getUserInfo?format=yaml' },
      { path: '/socialize.getUserInfo?format=jsonp&callback=alert(1)' },
      { path: '/socialize.getUserInfo?format=json', headers: { 'x-emulator-fault': 'latency=-1' } },
      { path: `/socialize.getUserInfo?format=json&apiKey=${API_KEY}&sig=abc&timestamp=soon&nonce=1` },
    ];
    for (const c of cases) {
      const res = await request(`${emu.url}${c.path}`, {
        method: (c.method ?? 'POST') as 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...c.headers },
        ...(c.body === undefined ? {} : { body: c.body }),
      });
      const text = await res.body.text();
      const env = JSON.parse(text) as Record<string, unknown>;
      expect(typeof env['errorCode'], c.path).toBe('number');
      expect(env['errorCode'], `${c.path}: ${text}`).not.toBe(0);
      expect(env['errorCode'], c.path).not.toBe(500001);
      expect(env['callId']).toMatch(/^[0-9a-f]{32}$/);
    }
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
  });

  it('answers XML for unknown paths with a neutral root element', async () => {
    const res = await request(`${emu.url}/nothing-here`, { method: 'GET' });
    const root = parseXml(await res.body.text());
    expect(root.name).toBe('gigya.apiResponse');
    expect(root.children.find((c) => c.name === 'errorCode')?.text).toBe('501001');
  });
});

/** POSTs a signed request with the given request target and Host header over a raw socket. */
async function rawSigned(
  port: number,
  target: string,
  host: string,
  signedUrl: string,
  params: Record<string, unknown>,
  opts: Parameters<typeof prepare>[2] = {},
): Promise<{ status: number; text: string }> {
  const body = encodeFormBody(prepare(signedUrl, params, opts));
  const text = await new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        `POST ${target} HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/x-www-form-urlencoded\r\n` +
          `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
      );
    });
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString('utf8')));
    socket.on('end', () => resolve(data));
    socket.on('error', reject);
  });
  const split = text.indexOf('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), text: text.slice(split + 4) };
}

describe('data centers', () => {
  const EU_KEY = '3_EuSite';
  const EU_SECRET = Buffer.from('eu site secret').toString('base64');
  let dc: EmulatorHandle;

  beforeAll(async () => {
    const fixture = defaultEmulatorFixture();
    fixture.sites[EU_KEY] = {
      secret: EU_SECRET,
      dataCenter: 'eu1',
      userKeys: { AEuUserKey: { secret: EU_SECRET } },
      users: { emma: { loggedIn: true } },
    };
    dc = await startEmulator({ fixture });
  });
  afterAll(async () => {
    await dc.close();
  });

  it(
    '301001 with apiDomain and location when the Host names another data center' + ' (absolute form or Host header)',
    async () => {
      const target = 'http://socialize.us1.gigya.com/socialize.getUserInfo';
      const absolute = await rawSigned(
        dc.port,
        target,
        'socialize.us1.gigya.com',
        target,
        { UID: 'emma' },
        { apiKey: EU_KEY, secret: EU_SECRET },
      );
      expect(absolute.status).toBe(200);
      expect(JSON.parse(absolute.text)).toMatchObject({
        errorCode: 301001,
        errorMessage: 'Invalid data center',
        statusCode: 301,
        apiDomain: 'eu1.gigya.com',
        location: 'http://socialize.eu1.gigya.com/socialize.getUserInfo',
      });
      expect(dc.requests.at(-1)).toMatchObject({ errorCode: 301001, absoluteForm: true });

      // Origin form, Host header naming a data center (a reverse proxy keeping the Host).
      const https = 'https://accounts.au1.gigya.com/socialize.getUserInfo';
      const viaHost = await rawSigned(
        dc.port,
        '/socialize.getUserInfo',
        'accounts.au1.gigya.com',
        https,
        { UID: 'emma' },
        { apiKey: EU_KEY, secret: EU_SECRET, format: 'xml' },
      );
      const root = parseXml(viaHost.text);
      const field = (name: string) => root.children.find((c) => c.name === name)?.text;
      expect(field('errorCode')).toBe('301001');
      expect(field('apiDomain')).toBe('eu1.gigya.com');
      expect(field('location')).toBe('http://accounts.eu1.gigya.com/socialize.getUserInfo');
    },
  );

  it('the right data center, a loopback host, or a userKey of the site in its data center pass', async () => {
    const eu = 'http://socialize.eu1.gigya.com/socialize.getUserInfo';
    expect(
      JSON.parse(
        (
          await rawSigned(
            dc.port,
            eu,
            'socialize.eu1.gigya.com',
            eu,
            { UID: 'emma' },
            { apiKey: EU_KEY, secret: EU_SECRET },
          )
        ).text,
      )['errorCode'],
    ).toBe(0);
    expect(
      (await callJson(dc.url, 'socialize.getUserInfo', { UID: 'emma' }, { apiKey: EU_KEY, secret: EU_SECRET }))[
        'errorCode'
      ],
    ).toBe(0);
    const us = 'http://socialize.us1.gigya.com/socialize.getUserInfo';
    const byUserKey = await rawSigned(
      dc.port,
      us,
      'socialize.us1.gigya.com',
      us,
      { UID: 'emma' },
      { apiKey: false, userKey: 'AEuUserKey', secret: EU_SECRET },
    );
    expect(JSON.parse(byUserKey.text)['errorCode']).toBe(301001);
    // The default site lives in us1.
    expect(
      JSON.parse((await rawSigned(dc.port, us, 'socialize.us1.gigya.com', us, { UID: 'alice' })).text)['errorCode'],
    ).toBe(0);
  });

  it('a redirect spends no nonce; enforceDataCenter: false turns the check off', async () => {
    const us = 'http://socialize.us1.gigya.com/socialize.getUserInfo';
    const nonce = `dc-${Date.now()}`;
    expect(
      JSON.parse(
        (
          await rawSigned(
            dc.port,
            us,
            'socialize.us1.gigya.com',
            us,
            { UID: 'emma' },
            { apiKey: EU_KEY, secret: EU_SECRET, nonce },
          )
        ).text,
      )['errorCode'],
    ).toBe(301001);
    const eu = 'http://socialize.eu1.gigya.com/socialize.getUserInfo';
    expect(
      JSON.parse(
        (
          await rawSigned(
            dc.port,
            eu,
            'socialize.eu1.gigya.com',
            eu,
            { UID: 'emma' },
            { apiKey: EU_KEY, secret: EU_SECRET, nonce },
          )
        ).text,
      )['errorCode'],
    ).toBe(0);
    const lax = await startEmulator({
      fixture: { sites: { [EU_KEY]: { secret: EU_SECRET, dataCenter: 'eu1', users: { emma: { loggedIn: true } } } } },
      enforceDataCenter: false,
    });
    try {
      expect(
        JSON.parse(
          (
            await rawSigned(
              lax.port,
              us,
              'socialize.us1.gigya.com',
              us,
              { UID: 'emma' },
              { apiKey: EU_KEY, secret: EU_SECRET, nonce },
            )
          ).text,
        )['errorCode'],
      ).toBe(0);
    } finally {
      await lax.close();
    }
  });

  it('a fixture dataCenter must be a label or a domain', async () => {
    await expect(
      startEmulator({ fixture: { sites: { k: { secret: EU_SECRET, dataCenter: 'eu1/../x' } } } }),
    ).rejects.toThrow(/sites\.k\.dataCenter/);
  });
});

describe('timestamp window and nonce memory', () => {
  it('timestampWindowSeconds sets the allowed clock difference', async () => {
    const strict = await startEmulator({ timestampWindowSeconds: 10 });
    try {
      const now = Math.floor(Date.now() / 1000);
      expect(
        (await callJson(strict.url, 'socialize.getUserInfo', { UID: 'alice' }, { timestamp: now - 30 }))['errorCode'],
      ).toBe(403002);
      expect(
        (await callJson(strict.url, 'socialize.getUserInfo', { UID: 'alice' }, { timestamp: now - 5 }))['errorCode'],
      ).toBe(0);
      // The default is 120 s.
      expect(
        (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { timestamp: now - 110 }))['errorCode'],
      ).toBe(0);
      expect(
        (await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }, { timestamp: now - 130 }))['errorCode'],
      ).toBe(403002);
    } finally {
      await strict.close();
    }
  });

  it('a nonce is refused for 10 minutes, then forgotten', async () => {
    let offsetMs = 0;
    const clocked = await startEmulator({ now: () => Date.now() + offsetMs });
    try {
      const url = `${clocked.url}/socialize.getUserInfo`;
      const t0 = Math.floor(Date.now() / 1000);
      const nonce = createNonce();
      // Signed anew at each clock, so only the nonce repeats.
      const at = (minutes: number) => prepare(url, { UID: 'alice' }, { timestamp: t0 + minutes * 60, nonce });
      expect((await send(url, at(0))).json!['errorCode']).toBe(0);
      offsetMs = 9 * 60_000;
      expect((await send(url, at(9))).json!['errorCode']).toBe(403004);
      offsetMs = 11 * 60_000;
      expect((await send(url, at(11))).json!['errorCode']).toBe(0);
    } finally {
      await clocked.close();
    }
  });

  it('with a timestamp window longer than the nonce memory, a replay is still never accepted', async () => {
    let offsetMs = 0;
    const wide = await startEmulator({ now: () => Date.now() + offsetMs, timestampWindowSeconds: 900 });
    try {
      const url = `${wide.url}/socialize.setStatus`;
      const wire = prepare(url, { UID: 'alice', status: 'once' });
      expect((await send(url, wire)).json!['errorCode']).toBe(0);
      const codes: unknown[] = [];
      for (const seconds of [601, 899, 1799]) {
        offsetMs = seconds * 1000;
        codes.push((await send(url, wire)).json!['errorCode']);
      }
      // Within the window the nonce is remembered; past it the timestamp is refused.
      expect(codes).toEqual([403004, 403004, 403002]);
      expect(wide.requests.filter((r) => r.errorCode === 0)).toHaveLength(1);
    } finally {
      await wide.close();
    }
  });
});

describe('faults by option', () => {
  it('startEmulator({ faults }) applies the rules from the first request', async () => {
    const faulty = await startEmulator({
      faults: [
        { type: 'rate-limit', every: 2 },
        { type: 'server-error', method: 'socialize.setStatus', times: 1 },
      ],
    });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await callJson(faulty.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode'] as number);
      expect(codes).toEqual([0, 403048, 0, 403048]);
      expect((await callJson(faulty.url, 'socialize.setStatus', { UID: 'alice', status: 'x' }))['errorCode']).toBe(
        500001,
      );
      // reset() restarts the counters.
      faulty.reset();
      expect((await callJson(faulty.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
    } finally {
      await faulty.close();
    }
  });

  it('faultHeader: false ignores the per-request header', async () => {
    const noHeader = await startEmulator({ faultHeader: false });
    try {
      const env = await callJson(
        noHeader.url,
        'socialize.getUserInfo',
        { UID: 'alice' },
        { headers: { 'x-emulator-fault': 'rate-limit' } },
      );
      expect(env['errorCode']).toBe(0);
      expect(
        (
          await callJson(
            emu.url,
            'socialize.getUserInfo',
            { UID: 'alice' },
            { headers: { 'x-emulator-fault': 'rate-limit' } },
          )
        )['errorCode'],
      ).toBe(403048);
    } finally {
      await noHeader.close();
    }
  });
});
