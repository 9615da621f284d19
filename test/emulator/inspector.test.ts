/**
 * The inspector's HTTP side without a browser: who is served, which changes are accepted, the
 * live stream, fault switching, and that no secret of a request or an answer reaches any of it.
 */
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultEmulatorFixture, startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { DETAILS_KEPT } from '../../src/emulator/request-log.js';
import { createClient, type GigyaClient } from '../../src/index.js';
import { callJson, prepare, SECRET, send, USER_KEY, USER_SECRET } from './helpers.js';

const PASSWORD = 'inspector test password 9!';
let emu: EmulatorHandle;
let client: GigyaClient;

beforeAll(async () => {
  const fixture = defaultEmulatorFixture();
  Object.values(fixture.sites)[0]!.accounts = [{ UID: 'ada', email: 'ada@example.com', password: PASSWORD }];
  emu = await startEmulator({ fixture, passwordHashing: { N: 16, r: 8, p: 1 } });
  client = createClient({ baseUrl: emu.url, apiKey: emu.apiKey, secret: emu.secret });
});
afterAll(async () => {
  await client.close();
  await emu.close();
});

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await request(`${emu.inspectorUrl}${path}`, { headers });
  const text = await res.body.text();
  return { status: res.statusCode, headers: res.headers, text };
}

async function change(method: 'POST' | 'PATCH' | 'DELETE', path: string, body: unknown, headers = {}) {
  const res = await request(`${emu.inspectorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> };
}

describe('inspector over HTTP', () => {
  it('serves the page with a strict content policy, and is not recorded as a request', async () => {
    const before = emu.requests.length;
    const page = await get('');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    expect(page.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    expect((await get('/inspector.js')).status).toBe(200);
    expect((await get('/inspector.css')).status).toBe(200);
    expect(emu.requests.length).toBe(before);
  });

  it('answers only hosts that are loopback names or IP addresses', async () => {
    expect((await get('/api/faults', { host: 'rebound.example.com' })).status).toBe(403);
    expect((await get('/api/faults', { host: `localhost:${emu.port}` })).status).toBe(200);
    expect((await get('/api/faults', { host: `[::1]:${emu.port}` })).status).toBe(200);
  });

  it('takes changes only as JSON from its own origin', async () => {
    const form = await request(`${emu.inspectorUrl}/api/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'type=reset',
    });
    expect(form.statusCode).toBe(415);
    await form.body.dump();
    const foreign = await change('POST', '/api/faults', { type: 'reset' }, { origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await change('POST', '/api/faults', { type: 'nonsense' })).status).toBe(400);
    expect((await change('POST', '/api/faults', { type: 'latency', ms: 1, extra: 1 })).json['error']).toContain(
      'extra',
    );
    expect((await get('/api/faults')).text).toContain('"rules":[]');
  });

  it('adds, switches off and removes a fault rule', async () => {
    const added = await change('POST', '/api/faults', { type: 'server-error', method: 'socialize.getUserInfo' });
    expect(added.status).toBe(201);
    const id = added.json['id'] as number;
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(500001);
    expect((await change('PATCH', `/api/faults/${id}`, { enabled: false })).status).toBe(200);
    expect((await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' }))['errorCode']).toBe(0);
    const listed = JSON.parse((await get('/api/faults')).text) as { rules: Array<Record<string, unknown>> };
    expect(listed.rules).toEqual([
      { id, rule: { type: 'server-error', method: 'socialize.getUserInfo' }, enabled: false, matched: 1, fired: 1 },
    ]);
    emu.reset();
    expect(JSON.parse((await get('/api/faults')).text).rules[0]).toMatchObject({ enabled: false, matched: 0 });
    expect((await change('DELETE', `/api/faults/${id}`, {})).status).toBe(200);
    expect((await change('DELETE', `/api/faults/${id}`, {})).status).toBe(404);
  });

  it('streams new requests to a listener, after a snapshot of the recent ones', async () => {
    const controller = new AbortController();
    const res = await request(`${emu.inspectorUrl}/api/events`, { signal: controller.signal });
    expect(res.headers['content-type']).toContain('text/event-stream');
    let seen = '';
    const reading = (async () => {
      for await (const chunk of res.body) {
        seen += chunk.toString();
        if (seen.includes('event: request')) return;
      }
    })();
    await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' });
    await reading;
    controller.abort();
    expect(seen).toMatch(/^retry: 1000\nevent: snapshot\ndata: \[/);
    const event = /event: request\ndata: (.*)\n/.exec(seen)!;
    expect(JSON.parse(event[1]!)).toMatchObject({ method: 'socialize.getUserInfo', errorCode: 0, authMode: 'signed' });
  });

  it('shows no secret of any request or answer', async () => {
    emu.clearRequests();
    // A signed login (password in, sessionToken and sessionSecret out), a bearer header, a cookie,
    // a userKey request signed with the wrong key, a secret sent over http.
    const login = await client.accounts.login({ loginID: 'ada@example.com', password: PASSWORD, targetEnv: 'mobile' });
    const session = login.sessionInfo as Record<string, string>;
    expect(session['sessionSecret']).toBeDefined();
    const url = `${emu.url}/socialize.getUserInfo`;
    const bearer = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IkFFIn0.eyJpYXQiOjF9.c2lnbmF0dXJlX3ZhbHVlX3NlY3JldA';
    await send(
      url,
      { apiKey: emu.apiKey, UID: 'alice', format: 'json' },
      { headers: { authorization: `Bearer ${bearer}` } },
    );
    const signed = prepare(url, { UID: 'alice' });
    await send(url, signed, { headers: { cookie: 'glt_x=cookie-secret-value' } });
    await send(url, prepare(url, { UID: 'alice' }, { userKey: USER_KEY, secret: SECRET }));
    await send(url, { apiKey: emu.apiKey, UID: 'alice', format: 'json', secret: SECRET });

    const bodies = [(await get('')).text, (await get('/api/requests')).text, (await get('/api/state')).text];
    for (const r of emu.requests) bodies.push((await get(`/api/requests/${r.seq}`)).text);
    const all = bodies.join('\n');
    for (const secret of [
      SECRET,
      USER_SECRET,
      emu.secret,
      PASSWORD,
      session['sessionSecret']!,
      session['sessionToken']!,
      bearer,
      'cookie-secret-value',
      // The signature of a request that passed is shown nowhere (only a failed one's is).
      signed['sig']!,
    ])
      expect(all).not.toContain(secret);
    const detail = JSON.parse(bodies.at(-4)!) as { headers: Record<string, string> };
    expect(detail.headers['authorization']).toBe('Bearer [REDACTED]');
    expect(all).toContain('"cookie":"[REDACTED]"');
  });

  it('keeps headers and answers for the latest requests only', async () => {
    emu.clearRequests();
    await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' });
    const first = emu.requests.at(-1)!.seq;
    const answered = JSON.parse((await get(`/api/requests/${first}`)).text);
    expect(answered.answer).toContain('"errorCode":0');
    for (let i = 0; i < DETAILS_KEPT; i++) await callJson(emu.url, 'socialize.getUserInfo', { UID: 'alice' });
    const old = JSON.parse((await get(`/api/requests/${first}`)).text);
    expect(old.request.seq).toBe(first);
    expect(old.headers).toBeUndefined();
    expect(old.answer).toBeUndefined();
    emu.clearRequests();
    expect((await get(`/api/requests/${first}`)).status).toBe(404);
  });

  it('is not served with inspector: false', async () => {
    const quiet = await startEmulator({ inspector: false });
    expect(quiet.inspectorUrl).toBeUndefined();
    const res = await request(`${quiet.url}/__inspector`);
    expect(res.headers['content-type']).not.toContain('text/html');
    await res.body.dump();
    await quiet.close();
  });
});
