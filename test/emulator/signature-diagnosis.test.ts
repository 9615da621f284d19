/**
 * The emulator's 403003 answer says why: the diagnosis goes into errorDetails (so a client shows
 * it) and into the request record (without signatures: the inspector shows the expected one,
 * which the answer never holds), and a millisecond timestamp is named in the 403002.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignatureBaseString, calcSignature } from '../../src/auth/signing.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { createClient, GigyaApiError } from '../../src/index.js';
import { failureOf } from '../e2e/helpers.js';
import { prepare, SECRET, send, USER_KEY, USER_SECRET } from './helpers.js';

let emu: EmulatorHandle;
beforeAll(async () => {
  emu = await startEmulator();
});
afterAll(async () => {
  await emu.close();
});

const noSecrets = (text: string): void => {
  expect(text).not.toContain(SECRET);
  expect(text).not.toContain(USER_SECRET);
};

describe('403003 diagnosis', () => {
  it('names the scheme mistake in errorDetails and in the request record, with what was expected', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' }, { signedUrl: url.replace('http://', 'https://') });
    const answer = (await send(url, wire)).json!;
    expect(answer['errorCode']).toBe(403003);
    const details = String(answer['errorDetails']);
    expect(details).toContain('Diagnosis: It was signed over https://, but the request arrived over http://');
    expect(details).toContain(`Expected base string: POST&${encodeURIComponent(url)}`);
    noSecrets(details);

    const record = emu.requests.at(-1)!;
    const check = record.signatureCheck!;
    expect(check.mistake?.kinds).toEqual(['scheme']);
    expect(check.keyName).toBe('site secret');
    expect(check.baseString).toBe(buildSignatureBaseString('POST', url, wire));
    // The record, like the rest of the request log, holds no signature; the inspector shows them.
    const expected = calcSignature(buildSignatureBaseString('POST', url, wire), SECRET);
    noSecrets(JSON.stringify(record));
    expect(JSON.stringify(record)).not.toContain(wire['sig']);
    expect(JSON.stringify(record)).not.toContain(expected);
    const view = (await (await fetch(`${emu.inspectorUrl}/api/requests/${record.seq}`)).json()) as {
      signatures: { expected: string; received: string };
    };
    expect(view.signatures).toEqual({ expected, received: wire['sig'] });
  });

  it('keeps the expected signature out of the answer', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = { ...prepare(url, { UID: 'alice' }), sig: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' };
    const answer = (await send(url, wire)).text;
    expect(answer).toContain('403003');
    expect(answer).not.toContain(calcSignature(buildSignatureBaseString('POST', url, wire), SECRET));
  });

  it('names the secret used as text, and the site secret used with a userKey', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const wire = prepare(url, { UID: 'alice' }, { secret: false });
    wire['timestamp'] = String(Math.floor(Date.now() / 1000));
    wire['nonce'] = `${Date.now()}_text`;
    wire['sig'] = calcSignature(buildSignatureBaseString('POST', url, wire), Buffer.from(SECRET, 'utf8'));
    const asText = (await send(url, wire)).json!;
    expect(asText['errorCode']).toBe(403003);
    expect(String(asText['errorDetails'])).toContain("site secret's Base64 text itself");

    const mixed = prepare(url, { UID: 'alice' }, { userKey: USER_KEY, secret: SECRET });
    const answer = (await send(url, mixed)).json!;
    expect(answer['errorCode']).toBe(403003);
    expect(String(answer['errorDetails'])).toContain(
      `It was signed with the site secret: the request carries userKey ${USER_KEY}`,
    );
    noSecrets(String(answer['errorDetails']));
  });

  it('records no signature check for a request that passes', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    expect((await send(url, prepare(url, { UID: 'alice' }))).json!['errorCode']).toBe(0);
    expect(emu.requests.at(-1)!.signatureCheck).toBeUndefined();
  });

  it('names a millisecond timestamp in the 403002', async () => {
    const url = `${emu.url}/socialize.getUserInfo`;
    const answer = (await send(url, prepare(url, { UID: 'alice' }, { timestamp: Date.now() }))).json!;
    expect(answer['errorCode']).toBe(403002);
    expect(String(answer['errorDetails'])).toContain('the timestamp is in milliseconds');
    const late = (await send(url, prepare(url, { UID: 'alice' }, { timestamp: Math.floor(Date.now() / 1000) - 3600 })))
      .json!;
    expect(String(late['errorDetails'])).not.toContain('milliseconds');
  });

  it("reaches the client's error message", async () => {
    const wrong = Buffer.from('not the secret of this site').toString('base64');
    const client = createClient({ baseUrl: emu.url, apiKey: emu.apiKey, secret: wrong });
    const error = await failureOf(client.socialize.getUserInfo({ uid: 'alice' }));
    expect(error).toBeInstanceOf(GigyaApiError);
    expect((error as GigyaApiError).message).toContain('Diagnosis: None of the usual mistakes');
    expect((error as GigyaApiError).errorDetails).toContain('Expected base string: POST&');
    await client.close();
  });
});
