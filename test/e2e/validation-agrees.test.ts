/**
 * Issue 12, defect 5: the client's validation and the emulator's (the same catalog) agree. For every
 * catalogued method: an empty string for a required string param is missing (400002) on both sides;
 * a Date, Map, Set or class instance for an object param is judged by what is sent (its JSON), so the
 * client refuses exactly what the emulator refuses.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { createClient, GigyaApiError, GigyaValidationError, type GigyaClient } from '../../src/index.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { objectShape, isOptionalSchema, schemaType } from '../../src/schema.js';
import { minimalValue } from '../emulator/helpers.js';
import { API_KEY, SECRET } from './helpers.js';

let emu: EmulatorHandle;
let checked: GigyaClient;
let unchecked: GigyaClient;
beforeAll(async () => {
  emu = await startEmulator();
  checked = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: emu.url, maxRetries: 0 });
  unchecked = createClient({ apiKey: API_KEY, secret: SECRET, baseUrl: emu.url, maxRetries: 0, validateParams: false });
});
afterAll(async () => {
  await checked.close();
  await unchecked.close();
  await emu.close();
});

/**
 * The validation code a call ends with, or 'sent' when validation let it through: the client's own
 * refusal (nothing sent) for the validating client, the emulator's params check for the other.
 */
async function verdict(client: GigyaClient, method: string, params: Record<string, unknown>): Promise<number | 'sent'> {
  try {
    await client.call(method as never, params as never);
    return 'sent';
  } catch (error) {
    if (client === checked) return error instanceof GigyaValidationError ? error.errorCode : 'sent';
    // The emulator's params check names the fields (validationErrors); a handler's own 400002
    // (no UID for a method that needs a user) is a later stage.
    if (error instanceof GigyaApiError && error.response?.['validationErrors'] !== undefined) return error.errorCode;
    return 'sent';
  }
}

const methods = [...methodRegistry.values()];

describe('empty strings for required string params', () => {
  const cases = methods.flatMap((d) =>
    Object.entries(objectShape(d.params) ?? {})
      .filter(([, schema]) => !isOptionalSchema(schema) && schemaType(schema) === 'string')
      .map(([key]) => [d.name, key] as const),
  );

  it('covers the params the issue names', () => {
    const keys = new Set(cases.map(([, key]) => key));
    for (const key of ['status', 'graphPath', 'barID', 'provider', 'url']) expect(keys, key).toContain(key);
  });

  for (const [method, key] of cases) {
    it(`${method} ${key}: '' is missing on the client and on the emulator`, async () => {
      const params = { ...(minimalValue(methodRegistry.get(method)!.params) as Record<string, unknown>), [key]: '' };
      const local = await verdict(checked, method, params);
      const remote = await verdict(unchecked, method, params);
      expect(remote).toBe(400002);
      expect(local).toBe(400002);
    });
  }
});

class Point {
  constructor(
    readonly x: number,
    readonly y: number,
  ) {}
}
const SPECIAL: Array<[string, () => unknown]> = [
  ['a Date', () => new Date(0)],
  ['a Map', () => new Map([['k', 'v']])],
  ['a Set', () => new Set(['v'])],
  ['a class instance', () => new Point(1, 2)],
];

describe('non-plain objects for object params', () => {
  const cases = methods.flatMap((d) =>
    Object.entries(objectShape(d.params) ?? {})
      .filter(([, schema]) => ['object', 'record'].includes(schemaType(schema) ?? ''))
      .map(([key]) => [d.name, key] as const),
  );

  it('there are object params to try', () => expect(cases.length).toBeGreaterThan(5));

  for (const [method, key] of cases) {
    it(`${method} ${key}: the client and the emulator agree`, async () => {
      for (const [what, make] of SPECIAL) {
        emu.reset();
        const params = {
          ...(minimalValue(methodRegistry.get(method)!.params) as Record<string, unknown>),
          [key]: make(),
        };
        const local = await verdict(checked, method, params);
        const remote = await verdict(unchecked, method, params);
        expect(local, what).toBe(remote);
      }
    });
  }
});
