/**
 * The built-in catalog (catalog/) holds what issue 3 asks for and follows the conventions of
 * catalog/README.md that the loader does not enforce (they are style, not format).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compareStrings, type FieldIR, type MethodIR } from '../../codegen/ir.js';
import { loadCatalog } from '../../codegen/load/index.js';

const CATALOG = fileURLToPath(new URL('../../catalog/', import.meta.url));
const ir = loadCatalog(CATALOG);
const socialize = ir.namespaces.find((n) => n.name === 'socialize')!;
const method = (name: string): MethodIR => {
  const m = socialize.methods.find((x) => x.name === name);
  if (!m) throw new Error(`socialize.${name} is not in the catalog`);
  return m;
};
const code = (c: number) => ir.errors.codes.find((x) => x.code === c);

/** The YAML as written (order and explicit keys are lost in the IR). */
const rawSocialize = parse(readFileSync(`${CATALOG}socialize.yaml`, 'utf8')) as {
  shapes: Record<string, unknown>;
  methods: Record<string, unknown>[];
};
const rawErrors = parse(readFileSync(`${CATALOG}errors.yaml`, 'utf8')) as { codes: { code: number }[] };

function allFields(): FieldIR[] {
  return [
    ...socialize.methods.flatMap((m) => [...m.params, ...m.response.fields]),
    ...socialize.shapes.flatMap((s) => s.fields),
  ];
}

describe('catalog/socialize.yaml', () => {
  it('has every socialize method of the facts file, including the seed methods', () => {
    expect(socialize.methods).toHaveLength(40);
    for (const name of [
      'setStatus',
      'getUserInfo',
      'publishUserAction',
      'getFriendsInfo',
      'disconnect',
      'facebook.deauthorize',
    ]) {
      expect(method(name).wireName).toBe(`socialize.${name}`);
    }
  });

  it('keeps deprecated and legacy methods, marked', () => {
    expect([method('getFeed').status, method('linkAccounts').status]).toEqual(['deprecated', 'deprecated']);
    expect(method('linkAccounts').deprecated).toBe('Use setUID, or notifyRegistration with siteUID.');
    expect([method('disconnect').status, method('disconnect').deprecated]).toEqual(['legacy', 'Use removeConnection.']);
    expect(
      ['checkin', 'exportUsers', 'getAlbums', 'getPhotos', 'getPlaces', 'sendNotification', 'unlinkAccounts'].map(
        (n) => method(n).status,
      ),
    ).toEqual(Array(7).fill('legacy'));
    for (const m of socialize.methods.filter((x) => x.status === 'deprecated'))
      expect(m.deprecated, m.name).toBeTruthy();
  });

  it('states status, sources and safeToRepeat on every method (the first two have loader defaults)', () => {
    for (const m of rawSocialize.methods) {
      expect(Object.keys(m), String(m['name'])).toEqual(
        expect.arrayContaining(['status', 'sources', 'safeToRepeat', 'params', 'response', 'errors']),
      );
      expect((m['sources'] as unknown[]).length, String(m['name'])).toBeGreaterThan(0);
    }
    expect([method('getUserInfo').safeToRepeat, method('setStatus').safeToRepeat]).toEqual([true, false]);
  });

  it('writes methods and shapes sorted by name (code-point order)', () => {
    const names = rawSocialize.methods.map((m) => String(m['name']));
    expect(names).toEqual([...names].sort(compareStrings));
    const shapes = Object.keys(rawSocialize.shapes);
    expect(shapes).toEqual([...shapes].sort(compareStrings));
  });

  it('models the User and Friend objects as reusable shapes', () => {
    const shapeNames = socialize.shapes.map((s) => s.name);
    expect(shapeNames).toEqual(expect.arrayContaining(['User', 'Friend', 'Identity']));
    expect(method('getUserInfo').response.extends).toEqual(['User']);
    expect(method('getFriendsInfo').response.fields.find((f) => f.name === 'friends')?.typeText).toBe('Friend[]');
    expect(socialize.shapes.find((s) => s.name === 'User')?.fields.find((f) => f.name === 'UID')?.required).toBe(true);
  });

  it('types complex params as nested objects, never as JSON text', () => {
    expect(method('publishUserAction').params.find((p) => p.name === 'userAction')).toMatchObject({
      typeText: 'UserAction',
      required: true,
    });
    const userAction = socialize.shapes.find((s) => s.name === 'UserAction')!;
    expect(userAction.inParams).toBe(true);
    expect(userAction.fields.find((f) => f.name === 'mediaItems')?.typeText).toBe('MediaItem[]');
  });

  it('spells the user id uid, recording that the reference spells it UID', () => {
    const uids = socialize.methods.flatMap((m) =>
      m.params.filter((p) => p.name.toLowerCase() === 'uid').map((p) => [m.name, p.name, p.referenceName]),
    );
    expect(uids.length).toBeGreaterThan(25);
    for (const entry of uids) expect(entry).toEqual([entry[0], 'uid', 'UID']);
    expect(method('setStatus').params.map((p) => p.name)).toEqual(expect.arrayContaining(['uid', 'status']));
  });

  it('marks recalled facts, and every method says how verified it is', () => {
    expect(allFields().some((f) => f.recalled)).toBe(true);
    for (const m of socialize.methods) expect(['verified', 'partial', 'recalled'], m.name).toContain(m.verification);
    expect(method('unlinkAccounts')).toMatchObject({ verification: 'recalled', sources: ['S_KNOW'] });
  });

  it('lists the error codes each method documents', () => {
    expect(method('setStatus').listedErrors).toEqual([400106, 403005, 403012, 403024, 500023, 500024]);
    expect(method('exchangeUIDSignature').listedErrors).toContain(403002);
  });
});

describe('catalog/errors.yaml', () => {
  it('has the codes of the seed REST page table', () => {
    expect(code(500024)).toMatchObject({
      name: 'NoValidSession',
      message: 'No valid session',
      httpStatus: 500,
      outcome: 'error',
    });
    expect(code(501001)).toMatchObject({ name: 'ApiMethodNotImplemented', message: 'Invalid API method' });
    expect(code(400094)).toMatchObject({
      name: 'MissingRequiredUidParameter',
      message: 'Missing required uid parameter',
      common: true,
    });
    expect(code(400095)).toMatchObject({ name: 'InvalidUidParameter', message: 'Invalid uid parameter' });
    expect(ir.errors.codes.length).toBeGreaterThanOrEqual(163);
  });

  it('marks what is a result: 0 and 2000xx are ok, 206xxx pending, the rest errors', () => {
    expect(code(0)?.outcome).toBe('ok');
    for (const c of ir.errors.codes) {
      const expected =
        c.code === 0 || (c.code >= 200000 && c.code < 201000)
          ? 'ok'
          : c.code >= 206000 && c.code < 207000
            ? 'pending'
            : 'error';
      expect([c.code, c.outcome]).toEqual([c.code, expected]);
    }
  });

  it('gives each code an HTTP status and a retry class', () => {
    expect(code(403003)).toMatchObject({ name: 'InvalidRequestSignature', httpStatus: 403, retry: 'none' });
    expect(code(403048)?.retry).toBe('rate-limit');
    expect(code(403004)?.retry).toBe('new-nonce');
    expect(code(301001)?.retry).toBe('redirect');
  });

  it('is written sorted by code', () => {
    const codes = rawErrors.codes.map((c) => c.code);
    expect(codes).toEqual([...codes].sort((a, b) => a - b));
  });
});
