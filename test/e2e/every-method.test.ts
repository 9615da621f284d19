/**
 * Every catalogued method, socialize and accounts, called through the typed client with minimal
 * valid params (built from its generated zod schema, so the client's own validation passes) acting
 * for a fixture user, in JSON and in XML: the emulator answers a well-formed envelope with a code
 * the catalog documents for that method, never a crash. An accounts method without a flow of its
 * own succeeds (its answer passing the generated response checks), unless it is given a token the
 * emulator never issued. The raw XML is also checked for the seed's shape.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { GigyaApiError, GigyaResponseError, getTrace } from '../../src/index.js';
import { objectShape } from '../../src/schema.js';
import { IMPLEMENTED_METHODS } from '../../src/emulator/handlers.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { parseXml } from '../../src/wire/xml.js';
import { call, minimalValue } from '../emulator/helpers.js';
import { accountsFixture, FAST_HASHING, GRACE } from './accounts/helpers.js';
import { Clients } from './helpers.js';

let emu: EmulatorHandle;
const clients = new Clients(() => emu);

beforeAll(async () => {
  emu = await startEmulator({ fixture: accountsFixture(), passwordHashing: FAST_HASHING });
});
afterAll(async () => {
  await clients.closeAll();
  await emu.close();
});

const descriptors = [...methodRegistry.values()];

/**
 * Minimal params with `uid` set to a logged-in socialize user and an accounts `UID` to a fixture
 * account, so user-bound methods can succeed.
 */
function paramsFor(name: string): Record<string, unknown> {
  const descriptor = methodRegistry.get(name)!;
  const params = minimalValue(descriptor.params) as Record<string, unknown>;
  const shape = objectShape(descriptor.params) ?? {};
  if ('uid' in shape) params['uid'] = 'alice';
  if ('UID' in shape) params['UID'] = GRACE.UID;
  return params;
}

/** Required params naming a token: minimal params give one the emulator never issued. */
function takesToken(name: string): boolean {
  const descriptor = methodRegistry.get(name)!;
  const required = Object.keys(minimalValue(descriptor.params) as Record<string, unknown>);
  return required.some((key) => /(?:token|assertion)$/i.test(key));
}

it('the registry is the whole catalog, socialize and every accounts group', () => {
  const names = descriptors.map((d) => d.name);
  expect(names).toContain('socialize.getAlbums');
  expect(names.filter((n) => n.startsWith('socialize.')).length).toBeGreaterThan(30);
  expect(names.filter((n) => n.startsWith('accounts.')).length).toBe(141);
  for (const group of ['tfa.totp', 'tfa.phone', 'otp', 'auth.magiclink.email', 'webhooks', 'stream', 'rba'])
    expect(
      names.some((n) => n.startsWith(`accounts.${group}.`)),
      group,
    ).toBe(true);
});

it('every method the emulator has behaviour for is catalogued, so the generated validators check its params', () => {
  expect(IMPLEMENTED_METHODS.filter((name) => !methodRegistry.has(name))).toEqual([]);
});

describe.each(['json', 'xml'] as const)('every catalogued method (format=%s)', (format) => {
  it.each(descriptors.map((d) => d.name))('%s answers a well-formed envelope', async (name) => {
    emu.reset();
    const descriptor = methodRegistry.get(name)!;
    const c = clients.make({ format, maxRetries: 0 });
    let envelope: Record<string, unknown>;
    // Accounts methods the emulator has no flow for: the common checks, then a bare success.
    const generic = name.startsWith('accounts.') && !IMPLEMENTED_METHODS.includes(name);
    try {
      const result = await c.call(name, paramsFor(name));
      envelope = result;
      expect(result.errorCode).toBe(0);
      expect(result.statusCode).toBe(200);
      expect(result.statusReason).toBe('OK');
      expect(getTrace(result)!.attempts).toHaveLength(1);
    } catch (error) {
      // A method the emulator has no behaviour for answers a bare success; where the catalog promises
      // fields a source shows always present, the client refuses that answer, as it must.
      if (error instanceof GigyaResponseError && !IMPLEMENTED_METHODS.includes(name)) {
        expect(error.problem).toBe('unexpected-shape');
        expect(descriptor.alwaysPresent?.length ?? 0, name).toBeGreaterThan(0);
        envelope = error.response as Record<string, unknown>;
        expect(envelope['errorCode']).toBe(0);
        return;
      }
      // Not every method can succeed with minimal params; the answer must still be a documented API error.
      expect(error, String(error)).toBeInstanceOf(GigyaApiError);
      const api = error as GigyaApiError;
      expect(api.local).toBe(false);
      if (generic)
        expect([takesToken(name), api.errorCode], `${name}: ${api.errorDetails ?? ''}`).toEqual([true, 400006]);
      expect(
        descriptor.errorCodes as readonly number[],
        `${name} answered ${api.errorCode}: ${api.errorDetails ?? ''}`,
      ).toContain(api.errorCode);
      expect(api.statusCode).toBe(Math.floor(api.errorCode / 1000));
      envelope = api.response as Record<string, unknown>;
    }
    expect(typeof envelope['errorCode']).toBe('number');
    expect(envelope['errorCode']).not.toBe(500001);
    expect(envelope['callId']).toMatch(/^[0-9a-f]{32}$/);
    expect(typeof envelope['statusCode']).toBe('number');
    expect(Number.isNaN(Date.parse(String(envelope['time'])))).toBe(false);
    const rec = emu.requests.at(-1)!;
    expect(rec).toMatchObject({ method: name, format, errorCode: envelope['errorCode'], httpStatus: 200 });
  });
});

describe('the raw XML of every method', () => {
  it('has the seed shape: root <method>Response in the Gigya namespace, statusCode first', async () => {
    for (const { name } of descriptors) {
      emu.reset();
      const wire: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(paramsFor(name))) wire[key === 'uid' ? 'UID' : key] = value;
      const res = await call(emu.url, name, wire, { format: 'xml' });
      expect(res.status, name).toBe(200);
      expect(res.headers['content-type'], name).toMatch(/^text\/xml/);
      const root = parseXml(res.text);
      expect(root.name).toBe(`${name}Response`);
      expect(root.attributes['xmlns']).toBe('urn:com:gigya:api');
      expect(root.attributes['xsi:schemaLocation']).toBe(
        'urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd',
      );
      expect(root.children[0]?.name).toBe('statusCode');
      expect(root.children[1]?.name).toBe('statusReason');
      const errorCode = Number(root.children.find((c) => c.name === 'errorCode')?.text);
      expect(Number.isInteger(errorCode), name).toBe(true);
      // Empty fields are omitted: no element is blank.
      const blank = (el: typeof root): boolean => el.children.length === 0 && el.text.trim() === '';
      const walk = (el: typeof root): boolean => el.children.some((c) => blank(c) || walk(c));
      expect(walk(root), `${name} has an empty element`).toBe(false);
    }
  });
});
