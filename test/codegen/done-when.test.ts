/**
 * Issue 3's "done when": adding a method to catalog/socialize.yaml and running `npm run generate`
 * makes `client.socialize.<newMethod>` typed and callable with no other edit.
 *
 * Works on a temp copy of the repo (catalog/, codegen/, src/, generated/, docs/api/, tsconfig.json): appends a
 * method to its catalog/socialize.yaml, runs its generator exactly as `npm run generate` does (no
 * flags, so it rewrites its own generated/ and docs/api/), then type-checks a user file that only
 * calls `createClient(options)` and calls the new method over HTTP against a local server.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../codegen/generate.js';
import { buildSignatureBaseString, calcSignature } from '../../src/signing.js';
import { json, ok, startTestServer, type TestServer } from '../helpers/http-server.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const COPY = path.join(REPO, 'test', '.tmp', `done-when-${process.pid}`);
const SECRET = 'c2VjcmV0LWZvci10ZXN0cw==';

const NEW_METHOD = `  - name: echoStatus
    description: Echoes a status back; a method added for this test.
    status: active
    safeToRepeat: true
    sources: [S_KNOW]
    params:
      - name: uid
        referenceName: UID
        type: string
        required: false
        doc: The user the call acts for.
      - name: statusText
        type: string
        required: true
        doc: Text to echo.
      - name: providers
        type: csv
        required: false
        doc: Providers, sent comma-separated.
    response:
      fields:
        - name: echo
          type: string
          required: true
          doc: The text.
        - name: length
          type: int
          required: false
          doc: Its length.
    errors: [500024]
`;

/** A user of the package: nothing but `createClient(options)`. Checked by tsc; never run. */
const USER_FILE = `import { createClient } from './src/index.js';
import type { SocializeEchoStatusErrorCode } from './generated/socialize/index.js';

const client = createClient({ apiKey: 'key', secret: '${SECRET}', baseUrl: 'http://127.0.0.1:9' });

export async function use(): Promise<string> {
  const r = await client.socialize.echoStatus({ statusText: 'hi', providers: ['facebook', 'twitter'] });
  const length: number | undefined = r.length;
  void length;
  // @ts-expect-error echo is text, not a number
  const wrong: number = r.echo;
  void wrong;
  // @ts-expect-error statusText is required
  await client.socialize.echoStatus({ uid: 'u1' });
  // @ts-expect-error unknown param
  await client.socialize.echoStatus({ statusText: 'hi', statusTxt: 'typo' });
  const viaCall = await client.call('socialize.echoStatus', { statusText: 'hi' });
  const echoed: string = viaCall.echo;
  void echoed;
  try {
    await client.socialize.echoStatus({ statusText: 'hi' });
  } catch (e) {
    if (client.socialize.echoStatus.isError(e)) {
      const code: SocializeEchoStatusErrorCode = e.errorCode;
      // @ts-expect-error 400106 (NotConnected) is not in this method's union
      const other: typeof e.errorCode = 400106;
      void code;
      void other;
    }
  }
  return r.echo;
}
`;

const run = (args: string[], cwd: string) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8' });

let server: TestServer;
let generateOutput = '';

beforeAll(async () => {
  rmSync(COPY, { recursive: true, force: true });
  mkdirSync(COPY, { recursive: true });
  for (const part of ['catalog', 'codegen', 'src', 'generated', 'docs/api', 'tsconfig.json'])
    cpSync(path.join(REPO, part), path.join(COPY, part), { recursive: true });
  const yamlPath = path.join(COPY, 'catalog', 'socialize.yaml');
  const original = readFileSync(yamlPath, 'utf8');
  writeFileSync(yamlPath, `${original.endsWith('\n') ? original : `${original}\n`}${NEW_METHOD}`);
  // `npm run generate` is `tsx codegen/main.ts`; run the copy's generator directly so npm cannot pick the real repo.
  const r = run(['--import', 'tsx', 'codegen/main.ts'], COPY);
  generateOutput = `${r.stdout}${r.stderr}`;
  if (r.status !== 0) throw new Error(`generate failed:\n${generateOutput}`);
  writeFileSync(path.join(COPY, 'user.ts'), USER_FILE);
  server = await startTestServer();
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(COPY, { recursive: true, force: true });
});

describe('adding a method to catalog/socialize.yaml, then `npm run generate`', () => {
  it('rewrites the generated files and the docs of the copy, and nothing else is needed', () => {
    expect(generateOutput).toContain('generated/: 15 files, 7 written');
    expect(generateOutput).toContain('docs/api/: 4 files, 1 written');
    const real = (rel: string) => readFileSync(path.join(REPO, 'generated', rel), 'utf8');
    const copy = (rel: string) => readFileSync(path.join(COPY, 'generated', rel), 'utf8');
    const changed = listFiles(path.join(COPY, 'generated')).filter((rel) => copy(rel) !== real(rel));
    expect(changed).toEqual([
      'errors.gen.ts',
      'index.ts',
      'socialize/index.ts',
      'socialize/methods.gen.ts',
      'socialize/types.gen.ts',
      'socialize/validators.check.ts',
      'socialize/validators.gen.ts',
    ]);
    expect(copy('socialize/methods.gen.ts')).toContain(
      '  readonly echoStatus: BoundMethod<SocializeEchoStatusParams, SocializeEchoStatusResponse, ' +
        'SocializeEchoStatusErrorCode>;',
    );
    expect(copy('index.ts')).toContain(
      "'socialize.echoStatus': { params: SocializeEchoStatusParams; response: SocializeEchoStatusResponse; " +
        'errors: SocializeEchoStatusErrorCode };',
    );
    expect(readFileSync(path.join(COPY, 'docs', 'api', 'socialize.md'), 'utf8')).toContain('## `socialize.echoStatus`');
    // The copy's own --check agrees.
    expect(run(['--import', 'tsx', 'codegen/main.ts', '--check'], COPY).status).toBe(0);
  });

  it('client.socialize.echoStatus is typed for a user who only calls createClient(options)', () => {
    writeFileSync(
      path.join(COPY, 'tsconfig.user.json'),
      JSON.stringify({ extends: './tsconfig.json', include: ['user.ts'] }),
    );
    const tsc = run([path.join(REPO, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', 'tsconfig.user.json'], COPY);
    expect(tsc.stdout.split('\n').filter((l) => l.includes('error TS'))).toEqual([]);
    expect(tsc.status, tsc.stdout + tsc.stderr).toBe(0);
    expect(existsSync(path.join(COPY, 'user.ts'))).toBe(true);
  }, 60_000);

  it('client.socialize.echoStatus is callable: validated, signed and sent, with a typed result', async () => {
    const { createClient } = (await import(
      pathToFileURL(path.join(COPY, 'src', 'index.ts')).href
    )) as typeof import('../../src/index.js');
    server.queue((req, res) => json(res, ok({ echo: req.params['statusText'], length: 5 })));
    const client = createClient({ apiKey: 'key', secret: SECRET, baseUrl: server.url, maxRetries: 0 });
    try {
      const method = (
        client as unknown as { socialize: { echoStatus(p: Record<string, unknown>): Promise<Record<string, unknown>> } }
      ).socialize.echoStatus;
      const result = await method({ statusText: 'hello', providers: ['facebook', 'twitter'] });
      expect(result).toMatchObject({ echo: 'hello', length: 5, errorCode: 0, callId: 'a1b2c3' });

      const sent = server.requests.at(-1)!;
      expect(sent.path).toBe('/socialize.echoStatus');
      expect(sent.params).toMatchObject({ statusText: 'hello', providers: 'facebook,twitter', apiKey: 'key' });
      expect(Object.keys(sent.params)).toEqual(expect.arrayContaining(['timestamp', 'nonce', 'sig']));
      const base = buildSignatureBaseString(sent.method, `${server.url}${sent.path}`, sent.params);
      expect(sent.params['sig']).toBe(calcSignature(base, SECRET));

      // The generated validator runs first: nothing is sent for bad params.
      const before = server.requests.length;
      // A typed local error that names the param.
      await expect(method({ providers: 'x' })).rejects.toMatchObject({
        name: 'GigyaValidationError',
        message: expect.stringContaining('statusText'),
      });
      await expect(method({ statusText: 'hi', statusTxt: 'typo' })).rejects.toMatchObject({
        name: 'GigyaValidationError',
        message: expect.stringContaining('statusTxt'),
      });
      await expect(method({ statusText: 'hi', providers: 5 })).rejects.toMatchObject({ name: 'GigyaValidationError' });
      expect(server.requests.length).toBe(before);
    } finally {
      await client.close();
    }
  });

  it('the regenerated module also plugs into the real client: createClient(options, generatedModule)', async () => {
    const { createClient } = await import('../../src/index.js');
    const generated = (await import(
      pathToFileURL(path.join(COPY, 'generated', 'index.ts')).href
    )) as typeof import('../../generated/index.js');
    server.queue((req, res) => json(res, ok({ echo: req.params['statusText'] })));
    const client = createClient({ apiKey: 'key', secret: SECRET, baseUrl: server.url, maxRetries: 0 }, generated);
    try {
      const socialize = client.socialize as unknown as {
        echoStatus(p: Record<string, unknown>): Promise<Record<string, unknown>>;
        setStatus: unknown;
      };
      expect(typeof socialize.setStatus).toBe('function');
      await expect(socialize.echoStatus({ statusText: 'again' })).resolves.toMatchObject({ echo: 'again' });
      expect(server.requests.at(-1)!.path).toBe('/socialize.echoStatus');
    } finally {
      await client.close();
    }
  });
});
