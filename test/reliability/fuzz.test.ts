/**
 * Reliability suite (a): property-based fuzzing with fast-check, seeded and bounded (set
 * RELIABILITY_SEED to explore another part of the input space; a failure prints the seed and path
 * that reproduce it).
 *
 * - The response parser, JSON and XML: hostile documents (deep nesting, entity and DOCTYPE attacks,
 *   `__proto__` keys, truncation, binary) give an envelope or a GigyaResponseError, never another
 *   throw, and Object.prototype stays clean.
 * - Param validation of every method in the registry (new catalogs join by themselves): a
 *   GigyaValidationError with nothing sent, or a send, never another throw.
 * - The emulator's request decoding, in process and over HTTP: a typed verdict or an envelope,
 *   never a crash (500001).
 */
import fc from 'fast-check';
import { MockAgent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodRegistry } from '../../generated/index.js';
import { encodeFormBody } from '../../src/auth/signing.js';
import { startEmulator, type EmulatorHandle } from '../../src/emulator/index.js';
import { validateParams } from '../../src/emulator/decode.js';
import {
  createClient,
  GigyaError,
  GigyaResponseError,
  GigyaValidationError,
  type GigyaClient,
} from '../../src/index.js';
import { objectShape } from '../../src/schema.js';
import { parseResponse } from '../../src/wire/response.js';
import { prepare } from '../emulator/helpers.js';

const SEED = Number(process.env.RELIABILITY_SEED ?? 20_261_201);
const run = (numRuns: number) => ({ seed: SEED, numRuns, endOnFailure: true });
const methods = [...methodRegistry.values()];

// ---------------------------------------------------------------------------------------------
// Prototype pollution

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();
function expectCleanPrototype(): void {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// Hostile documents

const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'errorCode', 'statusCode', 'UID', 'polluted'];
const jsonKey = fc.oneof(fc.constantFrom(...DANGEROUS_KEYS), fc.string({ maxLength: 6 }));

/** JSON text written by hand, so `__proto__` keys survive as text (JSON.stringify would drop them). */
const jsonText: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('0', '-1', '1e999', 'true', 'null', '"x"', '"\\ud800"', '{"polluted":1}'),
    fc.integer().map(String),
    fc.string({ maxLength: 8 }).map((s) => JSON.stringify(s)),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => `[${items.join(',')}]`),
    fc
      .array(fc.tuple(jsonKey, tie('value')), { maxLength: 4 })
      .map((entries) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  ),
})).value;

const envelopeJson = fc
  .tuple(fc.constantFrom(0, 400006, 403003, 500001), fc.array(fc.tuple(jsonKey, jsonText), { maxLength: 5 }))
  .map(
    ([code, fields]) =>
      `{"errorCode":${code},"statusCode":200` +
      `,${fields.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}${fields.length ? ',' : ''}"callId":"c"}`,
  );

const xmlName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'item', 'errorCode', 'friends', 'a:b', 'field'),
  fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/),
);
const xmlText = fc.oneof(
  fc.string({ maxLength: 10 }).map((s) => s.replace(/[<&]/g, '')),
  fc.constantFrom('&amp;', '&lt;', '&#x41;', '&#0;', '&xxe;', '&lol9;', '<![CDATA[<x>]]>', '<!-- c -->', '<?pi x?>'),
);
const xmlElement: fc.Arbitrary<string> = fc.letrec<{ el: string }>((tie) => ({
  el: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(xmlName, xmlText).map(([n, t]) => `<${n}>${t}</${n}>`),
    fc
      .tuple(xmlName, fc.constantFrom('', ' xsi:nil="true"', ' name="__proto__"', ' a="1" a="2"'))
      .map(([n, a]) => `<${n}${a}/>`),
    fc.tuple(xmlName, fc.array(tie('el'), { maxLength: 4 })).map(([n, kids]) => `<${n}>${kids.join('')}</${n}>`),
  ),
})).el;

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 ' +
  '"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 ' +
  '"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><r><errorCode>0</errorCode><x>&lol3;</x></r>';
const XXE =
  '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY xxe SYSTEM ' +
  '"file:///etc/passwd">]><r><errorCode>0</errorCode><x>&xxe;</x></r>';

const envelopeXml = fc
  .tuple(fc.constantFrom('0', '403003', 'x', ''), fc.array(xmlElement, { maxLength: 5 }))
  .map(
    ([code, kids]) =>
      `<?xml version="1.0" encoding="utf-8"?><socialize.getUserInfoResponse ` +
      `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><statusCode>200</statusCode><errorCode>${code}</errorCo` +
      `de>${kids.join('')}</socialize.getUserInfoResponse>`,
  );

const deepDocument = fc
  .tuple(fc.integer({ min: 1, max: 40_000 }), fc.constantFrom('array', 'object', 'xml'))
  .map(([n, kind]) => {
    if (kind === 'array') return `{"errorCode":0,"x":${'['.repeat(n)}${']'.repeat(n)}}`;
    if (kind === 'object') return `{"errorCode":0,"x":${'{"a":'.repeat(n)}1${'}'.repeat(n)}}`;
    return `<r><errorCode>0</errorCode>${'<a>'.repeat(n)}${'</a>'.repeat(n)}</r>`;
  });

/** A complete document cut anywhere. */
const truncated = fc
  .tuple(fc.oneof(envelopeJson, envelopeXml), fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([text, at]) => text.slice(0, Math.floor(text.length * at)));

const document = fc.oneof(
  envelopeJson,
  envelopeXml,
  jsonText,
  truncated,
  deepDocument,
  fc.constantFrom(BILLION_LAUGHS, XXE, '<!DOCTYPE html><html></html>', '', '\uFEFF', '<', '{'),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const getUserInfo = methodRegistry.get('socialize.getUserInfo')!;

describe('the response parser', () => {
  it('gives an envelope or a GigyaResponseError for any document; Object.prototype stays clean', () => {
    fc.assert(
      fc.property(
        document,
        fc.constantFrom(200, 200, 403, 500, 503),
        fc.constantFrom(undefined, 'application/json', 'text/xml', 'text/html', 'text/plain'),
        fc.constantFrom('json', 'xml'),
        (body, httpStatus, contentType, format) => {
          let envelope: Record<string, unknown> | undefined;
          try {
            envelope = parseResponse({
              httpStatus,
              contentType,
              body,
              format: format as 'json' | 'xml',
              method: 'socialize.getUserInfo',
              hints: getUserInfo.responseHints,
            });
          } catch (error) {
            if (!(error instanceof GigyaResponseError)) throw error;
            expect(error.excerpt === undefined || error.excerpt.length <= 300).toBe(true);
          }
          if (envelope) {
            expect(typeof envelope['errorCode']).toBe('number');
            expect(Object.getPrototypeOf(envelope)).toBe(Object.prototype);
          }
          expectCleanPrototype();
        },
      ),
      run(1_000),
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Param validation of every method

/** A value nested `levels` deep, the innermost empty. */
const deep = (levels: number): unknown => JSON.parse(`${'['.repeat(levels)}${']'.repeat(levels)}`);

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 3,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withUnicodeString: true,
  }),
  fc.constantFrom('', ' ', 'x', '\ud800', Number.NaN, Number.POSITIVE_INFINITY, -0, 2 ** 64, () => 1, Symbol('s')),
  fc.integer({ min: 90, max: 5_000 }).map(deep),
  fc.constant(
    new (class Point {
      x = 1;
    })(),
  ),
);

function paramsFor(descriptor: (typeof methods)[number]): fc.Arbitrary<unknown> {
  const keys = Object.keys(objectShape(descriptor.params) ?? {});
  const key = fc.oneof(
    ...(keys.length > 0 ? [fc.constantFrom(...keys)] : []),
    fc.constantFrom('__proto__', 'constructor', 'sig', 'apiKey', 'UID', 'context'),
    fc.string({ maxLength: 6 }),
  );
  const entries = fc.array(fc.tuple(key, hostileValue), { maxLength: 6 });
  const asObject = entries.map((list) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of list)
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
  return fc.oneof({ weight: 8, arbitrary: asObject }, { weight: 1, arbitrary: fc.constantFrom(null, [], 'x', 1) });
}

let sent = 0;
let agent: MockAgent;
let client: GigyaClient;
beforeAll(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  agent
    .get('https://127.0.0.1:9')
    .intercept({ path: /.*/, method: 'POST' })
    .reply(200, () => {
      sent++;
      return { errorCode: 0, statusCode: 200, callId: 'c' };
    })
    .persist();
  client = createClient({
    apiKey: '3_key',
    secret: Buffer.from('k').toString('base64'),
    baseUrl: 'https://127.0.0.1:9',
    dispatcher: agent,
    maxRetries: 0,
  });
});
afterAll(async () => {
  await client.close();
  await agent.close();
});

describe('param validation of every method', () => {
  const runsEach = Math.max(5, Math.ceil(2_000 / methods.length));
  it(
    `${methods.length} methods × ${runsEach} params each: ` + `a GigyaValidationError with nothing sent, or a send`,
    async () => {
      for (const descriptor of methods) {
        await fc.assert(
          fc.asyncProperty(
            paramsFor(descriptor),
            fc.option(paramsFor(descriptor), { nil: undefined }),
            async (params, extra) => {
              const before = sent;
              const options =
                extra !== null && typeof extra === 'object' && !Array.isArray(extra)
                  ? { extraParams: extra as Record<string, unknown> }
                  : {};
              try {
                await client.call(descriptor.name as never, params as never, options);
              } catch (error) {
                if (error instanceof GigyaValidationError) {
                  expect(sent, descriptor.name).toBe(before);
                  expect(error.issues.length).toBeGreaterThan(0);
                  for (const issue of error.issues) expect(typeof issue.path).toBe('string');
                } else {
                  // Any other failure must be a typed one that came after a send (a response check).
                  expect(error, `${descriptor.name}: ${String(error)}`).toBeInstanceOf(GigyaError);
                  expect(sent, descriptor.name).toBeGreaterThan(before);
                }
              }
              expectCleanPrototype();
            },
          ),
          run(runsEach),
        );
      }
    },
  );
});

// ---------------------------------------------------------------------------------------------
// The emulator's request decoding

const wireText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  jsonText,
  fc.constantFrom(
    '',
    'true',
    'False',
    '1',
    '0',
    '-1.5e3',
    'a,b,,c',
    '[',
    '{"a":',
    `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  ),
);

describe('the emulator’s request decoding', () => {
  it('validateParams of every method gives a typed verdict for any wire params', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...methods),
        fc.array(fc.tuple(jsonKey, wireText), { maxLength: 8 }),
        (descriptor, pairs) => {
          const keys = Object.keys(objectShape(descriptor.params) ?? {});
          const wire: Record<string, string> = {};
          for (const [i, [k, v]] of pairs.entries()) {
            const name = keys.length > 0 && i % 2 === 0 ? keys[i % keys.length]! : k;
            Object.defineProperty(wire, name, { value: v, enumerable: true, writable: true, configurable: true });
          }
          const verdict = validateParams(descriptor, wire);
          if (!verdict.ok) expect([400002, 400006]).toContain(verdict.errorCode);
          expectCleanPrototype();
        },
      ),
      run(3_000),
    );
  });

  describe('over HTTP', () => {
    let emu: EmulatorHandle;
    beforeAll(async () => {
      emu = await startEmulator({ maxBodyBytes: 64 * 1024 });
    });
    afterAll(() => emu.close());

    it('any form body (signed or not, well-formed or not) gets an envelope, never 500001', async () => {
      const body = fc.oneof(
        fc.array(fc.tuple(jsonKey, wireText), { maxLength: 6 }).map((pairs) => ({ pairs, raw: undefined })),
        fc
          .uint8Array({ maxLength: 200 })
          .map((bytes) => ({ pairs: [] as Array<[string, string]>, raw: Buffer.from(bytes) })),
      );
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...methods),
          body,
          fc.boolean(),
          fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'application/json', undefined),
          async (descriptor, { pairs, raw }, signed, contentType) => {
            const url = `${emu.url}/${descriptor.name}`;
            const params: Record<string, string> = {};
            for (const [k, v] of pairs)
              Object.defineProperty(params, k, { value: v, enumerable: true, writable: true, configurable: true });
            let payload: Buffer | string;
            if (raw) payload = raw;
            else {
              try {
                payload = encodeFormBody(signed ? prepare(url, params) : { ...params, format: 'json' });
              } catch {
                payload = Buffer.from(JSON.stringify(pairs));
              }
            }
            const res = await request(url, {
              method: 'POST',
              headers: contentType ? { 'content-type': contentType } : {},
              body: payload,
            });
            const text = await res.body.text();
            expect(res.statusCode).toBeLessThan(500);
            if (res.statusCode === 200 && res.headers['content-type']?.toString().startsWith('application/json')) {
              const envelope = JSON.parse(text) as Record<string, unknown>;
              expect(typeof envelope['errorCode']).toBe('number');
              expect(envelope['errorCode'], text.slice(0, 200)).not.toBe(500001);
            }
            expectCleanPrototype();
          },
        ),
        run(400),
      );
    });
  });
});
