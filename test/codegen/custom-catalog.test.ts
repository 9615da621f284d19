/**
 * A user's own catalog end to end: the real catalog plus one new method and a namespace this package
 * does not ship, generated into a temp dir with `--catalog DIR --out DIR`, type-checked, loaded, and
 * called through `createClient(options, generatedModule)` against a local server.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSignatureBaseString, calcSignature } from '../../src/signing.js';
import { apiError, json, ok, startTestServer, type TestServer } from '../helpers/http-server.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const DIR = path.join(REPO, 'test', '.tmp', `custom-catalog-${process.pid}`);
const CATALOG = path.join(DIR, 'catalog');
const OUT = path.join(DIR, 'out');

const NEW_METHOD = `  - name: ping
    description: Echoes a message back; a method the built-in catalog does not have.
    status: active
    safeToRepeat: true
    sources: [S_KNOW]
    params:
      - name: message
        type: string
        required: true
        doc: Text to echo.
      - name: times
        type: int
        required: false
        doc: How many times to repeat it.
      - name: tags
        type: csv
        required: false
        doc: Tags, sent comma-separated.
    response:
      fields:
        - name: echo
          type: string
          required: true
          doc: The message.
        - name: count
          type: int
          required: false
          doc: How many times it was repeated.
    errors: [409001]
`;

/** A namespace the package does not ship. */
const DEMO_NAMESPACE = `namespace: demo
description: A namespace of the user's own, for this test.
methods:
  - name: lookup
    description: Looks a key up.
    safeToRepeat: true
    sources: [S_KNOW]
    params:
      - name: key
        type: string
        required: true
        doc: The key.
    response:
      fields:
        - name: value
          type: int
          required: true
          doc: The value.
    errors: [207777, 409777]
`;

/** Codes of the user's own error table: the runtime must follow it, not only the types. */
const OWN_CODES = `  - code: 207777
    name: LookupPending
    message: Lookup pending
    description: The value is still being computed; ask again.
    httpStatus: 206
    outcome: pending
    retry: none
    sources: [S_KNOW]
  - code: 409777
    name: LookupBusy
    message: Lookup busy
    description: The store is busy; retry.
    httpStatus: 409
    outcome: error
    retry: transient
    sources: [S_KNOW]
`;

/** Compile-time checks of the generated client; any error here fails the test. */
const USAGE = `import { createClient } from '../../../src/client.js';
import * as custom from './out/index.js';
import { ping } from './out/socialize/index.js';

const client = createClient({ apiKey: 'key', secret: 'c2VjcmV0', baseUrl: 'http://127.0.0.1:9' }, custom);

export async function use(): Promise<string> {
  const r = await client.socialize.ping({ message: 'hi', tags: ['a', 'b'] });
  const count: number | undefined = r.count;
  void count;
  // @ts-expect-error echo is text, not a number
  const wrong: number = r.echo;
  void wrong;
  const found = await client.demo.lookup({ key: 'k' });
  const value: number = found.value;
  void value;
  // @ts-expect-error key is required
  await client.demo.lookup({});
  // @ts-expect-error message is required
  await client.socialize.ping({ times: 2 });
  // @ts-expect-error unknown param
  await client.socialize.ping({ message: 'hi', mesage: 'typo' });
  // @ts-expect-error times is an int, not text
  await ping(client, { message: 'hi', times: '2' });
  const viaCall = await client.call('socialize.setStatus', { status: 'still typed' });
  void viaCall;
  return r.echo;
}
`;

let server: TestServer;

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync(path.join(REPO, 'catalog'), CATALOG, { recursive: true });
  const yamlPath = path.join(CATALOG, 'socialize.yaml');
  const original = readFileSync(yamlPath, 'utf8');
  writeFileSync(yamlPath, `${original.endsWith('\n') ? original : `${original}\n`}${NEW_METHOD}`);
  writeFileSync(path.join(CATALOG, 'demo.yaml'), DEMO_NAMESPACE);
  const errorsPath = path.join(CATALOG, 'errors.yaml');
  writeFileSync(errorsPath, `${readFileSync(errorsPath, 'utf8').trimEnd()}\n${OWN_CODES}`);
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'codegen/main.ts',
      '--catalog',
      path.relative(REPO, CATALOG),
      '--out',
      path.relative(REPO, OUT),
      '--no-docs',
    ],
    { cwd: REPO, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`generate failed:\n${r.stdout}\n${r.stderr}`);
  writeFileSync(path.join(DIR, 'use.ts'), USAGE);
  server = await startTestServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(DIR, { recursive: true, force: true });
});

describe('a user catalog with a new method', () => {
  it('generates the method into the namespace module', () => {
    const methods = readFileSync(path.join(OUT, 'socialize/methods.gen.ts'), 'utf8');
    expect(methods).toContain('\'{"name":"socialize.ping",');
    expect(methods).toContain("from '../../../../../src/runtime.js'");
    expect(readFileSync(path.join(OUT, 'errors.gen.ts'), 'utf8')).toContain(
      'export type SocializePingErrorCode = CommonErrorCode | 409001;',
    );
    // The new namespace gets its own module, which imports nothing of socialize.
    const demo = readFileSync(path.join(OUT, 'demo/methods.gen.ts'), 'utf8');
    expect(demo).toContain('\'{"name":"demo.lookup",');
    expect(demo).not.toMatch(/from '[^']*socialize/);
  });

  it('type-checks, including the @ts-expect-error lines of a user of the client', () => {
    writeFileSync(
      path.join(DIR, 'tsconfig.json'),
      JSON.stringify({ extends: '../../../tsconfig.json', include: ['use.ts', 'out/**/*.ts'] }),
    );
    const tsc = spawnSync(
      process.execPath,
      [path.join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', path.join(DIR, 'tsconfig.json')],
      { cwd: REPO, encoding: 'utf8' },
    );
    expect(tsc.stdout.split('\n').filter((l) => l.includes('error TS'))).toEqual([]);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
  }, 60_000);

  it('loads: the registry and bound namespace know the method', async () => {
    const mod = (await import(
      pathToFileURL(path.join(OUT, 'index.ts')).href
    )) as typeof import('../../generated/index.js');
    expect(mod.methodRegistry.get('socialize.ping')?.safeToRepeat).toBe(true);
    expect(mod.methodRegistry.get('socialize.ping')?.csvParams).toEqual(['tags']);
    expect(mod.methodRegistry.get('socialize.setStatus')?.name).toBe('socialize.setStatus');
    const calls: unknown[] = [];
    const ns = mod.bindNamespaces({
      invoke: async (d, p) => {
        calls.push([d.name, p]);
        return ok() as never;
      },
    });
    await (ns.socialize as unknown as { ping(p: unknown): Promise<unknown> }).ping({ message: 'x' });
    expect(calls).toEqual([['socialize.ping', { message: 'x' }]]);
  });

  it('is callable through createClient against a local server', async () => {
    const { createClient } = await import('../../src/client.js');
    const custom = (await import(pathToFileURL(path.join(OUT, 'index.ts')).href)) as {
      bindNamespaces(invoker: import('../../src/runtime.js').Invoker): {
        socialize: { ping(p: Record<string, unknown>): Promise<Record<string, unknown>> };
        demo: { lookup(p: Record<string, unknown>): Promise<Record<string, unknown>> };
      };
      methodRegistry: ReadonlyMap<string, import('../../src/runtime.js').MethodDescriptor>;
      lookupErrorCode(code: number): import('../../generated/errors.docs.gen.js').ErrorCodeInfo | undefined;
    };
    server.queue((req, res) => json(res, ok({ echo: req.params['message'], count: 2 })));
    const client = createClient({ apiKey: 'key', secret: 'c2VjcmV0', baseUrl: server.url, maxRetries: 0 }, custom);
    try {
      const result = await client.socialize.ping({ message: 'hello', tags: ['a', 'b'] });
      expect(result).toMatchObject({ echo: 'hello', count: 2, errorCode: 0 });
      const sent = server.requests.at(-1)!;
      expect(sent.path).toBe('/socialize.ping');
      expect(sent.params).toMatchObject({ message: 'hello', tags: 'a,b', apiKey: 'key' });
      expect(Object.keys(sent.params)).toEqual(expect.arrayContaining(['timestamp', 'nonce', 'sig']));
      expect(sent.params['sig']).toBe(
        calcSignature(buildSignatureBaseString(sent.method, `${server.url}${sent.path}`, sent.params), 'c2VjcmV0'),
      );
      // The generated validator runs before anything is sent.
      const before = server.requests.length;
      await expect(client.socialize.ping({ message: 'hi', bogus: 1 })).rejects.toMatchObject({
        name: 'GigyaValidationError',
        errorCode: 400006,
      });
      expect(server.requests.length).toBe(before);

      // The namespace the package does not ship runs on the same runtime.
      server.queue((req, res) => json(res, ok({ value: req.params['key']!.length })));
      await expect(client.demo.lookup({ key: 'abc' })).resolves.toMatchObject({ value: 3, errorCode: 0 });
      expect(server.requests.at(-1)!.path).toBe('/demo.lookup');

      // The catalog's own error table decides outcome and retry class at runtime.
      server.queue((_req, res) => json(res, ok({ errorCode: 207777 })));
      await expect(client.demo.lookup({ key: 'abc' })).resolves.toMatchObject({ errorCode: 207777 });
      const retrying = createClient(
        { apiKey: 'key', secret: 'c2VjcmV0', baseUrl: server.url, maxRetries: 1, retry: { baseDelayMs: 1 } },
        custom,
      );
      server.queue(
        (_req, res) => json(res, apiError(409777, 'Lookup busy')),
        (req, res) => json(res, ok({ value: req.params['key']!.length })),
      );
      const sentBefore = server.requests.length;
      await expect(retrying.demo.lookup({ key: 'abcd' })).resolves.toMatchObject({ value: 4, errorCode: 0 });
      expect(server.requests.length - sentBefore).toBe(2);
      await retrying.close();
    } finally {
      await client.close();
    }
  });
});
