/**
 * The package as a user gets it: `npm pack`, installed into a new project outside the repository
 * (dependencies from the npm cache, the registry only for what the cache lacks), then its `bin`
 * run against its own emulator, its declarations compiled by the lowest supported TypeScript and
 * by the current one, the README's examples compiled under `strict`, and its files inspected.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
/** The lowest TypeScript the README promises; zod's declarations need 5.4 (`NoInfer`). */
const LOWEST_TYPESCRIPT = '5.4.5';
const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');

const repoVersion = (name: string): string =>
  (JSON.parse(readFileSync(path.join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { version: string })
    .version;

let work: string;
let project: string;
let tarball: string;
let packedFiles: string[];
const children: ChildProcess[] = [];

/** The environment without GIGYA_* and npm's own variables (which would change what the bin prints). */
function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !k.startsWith('GIGYA_') && !k.startsWith('npm_')) env[k] = v;
  return { ...env, ...extra };
}

function npm(args: string[], cwd: string): string {
  const r = spawnSync('npm', args, { cwd, encoding: 'utf8', env: cleanEnv(), timeout: 300_000 });
  if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

function install(...specs: string[]): void {
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...specs], project);
}

interface Ran {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The installed bin, as a user's shell runs it. */
function bin(args: string[], env: Record<string, string> = {}): Ran {
  const r = spawnSync(path.join(project, 'node_modules', '.bin', 'gigya-typed'), args, {
    cwd: project,
    encoding: 'utf8',
    env: cleanEnv(env),
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tsc(compiler: string, dir: string): Ran {
  const r = spawnSync(process.execPath, [compiler, '-p', dir], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const COMPILERS = {
  [`TypeScript ${LOWEST_TYPESCRIPT}`]: () => path.join(project, 'node_modules', 'typescript', 'bin', 'tsc'),
  [`TypeScript ${repoVersion('typescript')}`]: () => path.join(REPO, 'node_modules', 'typescript', 'bin', 'tsc'),
};

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'gigya-packed-'));
  project = path.join(work, 'project');
  mkdirSync(project);
  // A file an earlier build left behind must not reach the package: the build starts from nothing.
  mkdirSync(path.join(REPO, 'dist', 'src'), { recursive: true });
  writeFileSync(path.join(REPO, 'dist', 'src', 'left-by-an-old-build.js'), 'export {};\n');
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', work], REPO)) as Array<{
    filename: string;
    files: Array<{ path: string }>;
  }>;
  tarball = path.join(work, packed[0]!.filename);
  packedFiles = packed[0]!.files.map((f) => f.path);
  writeFileSync(
    path.join(project, 'package.json'),
    JSON.stringify({ name: 'a-user-project', private: true, type: 'module' }, null, 2),
  );
  install(
    tarball,
    `@types/node@${repoVersion('@types/node')}`,
    `pino@${repoVersion('pino')}`,
    `typescript@${LOWEST_TYPESCRIPT}`,
  );
}, 300_000);

afterAll(async () => {
  for (const child of children) {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
  }
  rmSync(work, { recursive: true, force: true });
});

/** A shell line run as written (or the bin with `args`), in its own process group so that it can be stopped whole. */
function background(line: string | string[]): {
  child: ChildProcess;
  output: () => string;
  until: (re: RegExp) => Promise<string>;
} {
  const [file, args]: [string, string[]] =
    typeof line === 'string' ? ['sh', ['-c', line]] : [path.join(project, 'node_modules', '.bin', 'gigya-typed'), line];
  const child = spawn(file, args, {
    cwd: project,
    env: cleanEnv(),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const until = async (re: RegExp): Promise<string> => {
    for (let i = 0; i < 600 && !re.test(out); i++) {
      if (child.exitCode !== null) throw new Error(`exited ${child.exitCode}: ${out}`);
      await new Promise((r) => setTimeout(r, 25));
    }
    const m = re.exec(out);
    if (!m) throw new Error(`no ${re} in: ${out}`);
    return m[1] ?? m[0];
  };
  return { child, output: () => out, until };
}

async function stop(child: ChildProcess): Promise<number | null> {
  // 'close', not 'exit': under `sh -c` the shell exits first while the bin still holds the pipes and writes its last
  // line.
  const exited = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  process.kill(-child.pid!, 'SIGTERM');
  return exited;
}

describe('the packed package', () => {
  it('ships dist, the catalog, docs, README and CHANGELOG, and nothing of src/ or test/', () => {
    expect(packedFiles).toContain('dist/src/cli/main.js');
    expect(packedFiles).toContain('dist/codegen/main.js');
    expect(packedFiles).toContain('dist/codegen/templates/namespace.md.hbs');
    expect(packedFiles).toContain('CHANGELOG.md');
    expect(packedFiles).toContain('catalog/errors.yaml');
    expect(packedFiles.filter((f) => /^(src|test|codegen|bench)\//.test(f) || f.endsWith('.test.js'))).toEqual([]);
    expect(packedFiles).not.toContain('dist/src/left-by-an-old-build.js');
    expect(packedFiles.some((f) => f.endsWith('.check.js') || f.endsWith('.check.d.ts'))).toBe(false);
    const pkg = JSON.parse(readFileSync(path.join(project, 'node_modules', 'gigya-typed', 'package.json'), 'utf8')) as {
      repository?: { url?: string };
      homepage?: string;
      bugs?: { url?: string };
      engines: { node: string };
    };
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.bugs?.url).toMatch(/^https:\/\//);
    expect(pkg.engines.node).toBe('>=20.19.0');
  });

  it('source maps carry their sources, so no map points at a file the package lacks', () => {
    const maps = packedFiles.filter((f) => f.endsWith('.js.map'));
    expect(maps.length).toBeGreaterThan(50);
    for (const file of maps) {
      const map = JSON.parse(readFileSync(path.join(project, 'node_modules', 'gigya-typed', file), 'utf8')) as {
        sources: string[];
        sourcesContent?: Array<string | null>;
      };
      expect(map.sourcesContent?.length, file).toBe(map.sources.length);
      expect(
        map.sourcesContent!.every((s) => typeof s === 'string' && s.length > 0),
        file,
      ).toBe(true);
    }
  });

  it('has no `any` in its published declarations', { timeout: 60_000 }, async () => {
    const ts = (await import(path.join(project, 'node_modules', 'typescript', 'lib', 'typescript.js'))) as {
      default: TypeScriptApi;
    } & TypeScriptApi;
    const found: string[] = [];
    const root = path.join(project, 'node_modules', 'gigya-typed', 'dist');
    const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => f.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(50);
    const api = ts.default ?? ts;
    for (const file of files) {
      const text = readFileSync(path.join(root, file), 'utf8');
      const source = api.createSourceFile(file, text, api.ScriptTarget.Latest, true);
      const visit = (node: TsNode): void => {
        if (node.kind === api.SyntaxKind.AnyKeyword)
          found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`);
        api.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(found).toEqual([]);
  });

  it('loads no zod on import nor for a valid call, and loads it to refuse an invalid one, sending nothing', () => {
    // A module hook reports every ES module loaded (zod's entry is ESM); the server counts requests.
    writeFileSync(
      path.join(project, 'loads.mjs'),
      'export async function load(url, context, next) {\n' +
        "  if (url.includes('/node_modules/zod/')) process.stderr.write('zod loaded\\n');\n" +
        '  return next(url, context);\n}\n',
    );
    writeFileSync(
      path.join(project, 'lazy-zod.mjs'),
      [
        "import { register } from 'node:module';",
        "import { createServer } from 'node:http';",
        "register('./loads.mjs', import.meta.url);",
        'let requests = 0;',
        'const body = JSON.stringify({ callId: "c", errorCode: 0, statusCode: 200, statusReason: "OK", time: "x" });',
        'const server = createServer((req, res) => { requests++; req.resume(); req.on("end", () => res.end(body)); });',
        "await new Promise((r) => server.listen(0, '127.0.0.1', r));",
        "const { createClient } = await import('gigya-typed');",
        "await import('gigya-typed/socialize');",
        'const client = createClient({ apiKey: "3_k", secret: "c2VjcmV0",',
        '  baseUrl: `http://127.0.0.1:${server.address().port}` });',
        'await client.socialize.setStatus({ uid: "u1", status: "hi" });',
        'process.stderr.write(`valid call sent: ${requests}\\n`);',
        'const e = await client.socialize.setStatus({ uid: "u1", status: 5 }).catch((x) => x);',
        'process.stderr.write(`${e.name} ${JSON.stringify(e.issues)} sent: ${requests}\\n`);',
        'await client.close(); server.close();',
      ].join('\n'),
    );
    const r = spawnSync(process.execPath, ['lazy-zod.mjs'], { cwd: project, encoding: 'utf8', env: cleanEnv() });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l !== '' && !/ExperimentalWarning|--trace-warnings/.test(l));
    expect(lines[0]).toBe('valid call sent: 1');
    expect(lines[1]).toBe('zod loaded');
    expect(lines.at(-1)).toBe(
      'GigyaValidationError [{"path":"status","message":"Invalid input: expected string, received number",' +
        '"problem":"invalid"}] sent: 1',
    );
  });

  it('can be require()d from CommonJS on this Node', () => {
    writeFileSync(
      path.join(project, 'from-commonjs.cjs'),
      "const g = require('gigya-typed');\nconst e = require('gigya-typed/emulator');\nprocess.stdout.write(typeof " +
        "g.createClient + ' ' + typeof e.startEmulator);\n",
    );
    const r = spawnSync(process.execPath, ['from-commonjs.cjs'], { cwd: project, encoding: 'utf8' });
    expect(r.stderr.replace(/^.*ExperimentalWarning.*\n|^\(Use `node --trace-warnings.*\n/gm, '')).toBe('');
    expect(r.stdout).toBe('function function');
  });
});

describe('its bin', () => {
  it('runs the README quick start as written: the emulator, then a call with GIGYA_* variables', {
    timeout: 60_000,
  }, async () => {
    const block = /## Quick start[\s\S]*?```sh\n([\s\S]*?)```/.exec(README)![1]!.trim().split('\n');
    const [serve, call] = block as [string, string];
    expect(serve).toMatch(/^npx gigya-typed emulator .*--api-key \S+ --secret \S+$/);
    expect(call).toMatch(/^GIGYA_BASE_URL=\S+ GIGYA_API_KEY=\S+ GIGYA_SECRET=\S+ npx gigya-typed call /);
    const emulator = background(serve);
    await emulator.until(/Ctrl-C to stop/);
    const answer = spawnSync('sh', ['-c', call], { cwd: project, encoding: 'utf8', env: cleanEnv() });
    expect(answer.stderr).toBe('');
    expect(answer.status).toBe(0);
    expect(JSON.parse(answer.stdout)).toMatchObject({ errorCode: 0, UID: 'alice' });
    await stop(emulator.child);
    expect(emulator.output()).toMatch(/POST socialize\.getUserInfo apiKey=3_MyLocalKey auth=signed errorCode=0/);
    expect(emulator.output()).toMatch(/Emulator stopped \(SIGTERM\)\.\n$/);
  });

  it('calls, signs, explains and lists against its own emulator, with the documented exit codes', {
    timeout: 120_000,
  }, async () => {
    // The banner never prints a secret; the export line, secret included, goes to a file of its own.
    const envFile = path.join(project, 'gigya.env');
    const emulator = background(['emulator', '--port', '0', '--quiet', '--env-out', envFile]);
    await emulator.until(/Ctrl-C to stop/);
    const exported = /^export (GIGYA_BASE_URL=\S+ GIGYA_API_KEY=\S+ GIGYA_SECRET=\S+)\n$/.exec(
      readFileSync(envFile, 'utf8'),
    )![1]!;
    const env = Object.fromEntries(exported.split(' ').map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]));
    expect(emulator.output()).not.toContain(env['GIGYA_SECRET']);

    expect(bin(['--version']).stdout).toBe(
      `${JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')).version}\n`,
    );
    for (const command of ['call', 'sign', 'explain', 'methods', 'emulator', 'generate']) {
      const help = bin([command, '--help']);
      expect(help.status, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`^Usage: gigya-typed ${command} `));
    }
    const ok = bin(['call', 'socialize.setStatus', 'uid=alice', 'status=from the packed bin'], env);
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ errorCode: 0 });
    const apiError = bin(['call', 'socialize.getUserInfo', 'uid=nobody'], env);
    expect(apiError.status).toBe(1);
    expect(apiError.stderr).toMatch(/Gigya error 403005 UnauthorizedUser/);
    expect(bin(['call', 'socialize.getUserInf'], env)).toMatchObject({ status: 2 });
    expect(bin(['call', 'socialize.getUserInfo'], {})).toMatchObject({ status: 3 });
    expect(
      bin(['call', 'socialize.getUserInfo', '--max-retries', '0'], { ...env, GIGYA_BASE_URL: 'http://127.0.0.1:1' }),
    ).toMatchObject({
      status: 4,
    });
    const signed = bin(
      ['sign', 'socialize.getUserInfo', 'uid=alice', '--timestamp', '1700000000', '--nonce', 'n'],
      env,
    );
    expect(signed.status).toBe(0);
    expect(signed.stdout).toMatch(/^signature \(sig\): \S+=$/m);
    expect(bin(['explain', '403003']).stdout).toMatch(/^403003 InvalidRequestSignature/);
    expect(bin(['methods', 'socialize']).stdout).toMatch(/socialize\.setStatus +uid status\*/);
    expect(await stop(emulator.child)).toBe(0);
  });

  it('generate says to install yaml (and handlebars for --docs) when missing, and generates once they are there', {
    timeout: 120_000,
  }, () => {
    const catalog = path.join(REPO, 'test', 'codegen', 'fixtures', 'valid');
    const missing = bin(['generate', '--catalog', catalog, '--out', 'gen']);
    expect(missing.status).toBe(3);
    expect(missing.stderr).toMatch(/needs yaml, an optional peer dependency .*npm install --save-dev yaml/s);
    install(`yaml@${repoVersion('yaml')}`);
    const made = bin(['generate', '--catalog', catalog, '--out', 'gen']);
    expect(made.stderr).toBe('');
    expect(made.status).toBe(0);
    expect(readFileSync(path.join(project, 'gen', 'socialize', 'methods.gen.ts'), 'utf8')).toContain(
      "from 'gigya-typed/runtime'",
    );
    expect(bin(['generate', '--catalog', catalog, '--out', 'gen', '--check'])).toMatchObject({ status: 0 });
    const noEngine = bin(['generate', '--catalog', catalog, '--out', 'gen', '--docs', 'docs']);
    expect(noEngine.status).toBe(3);
    expect(noEngine.stderr).toMatch(
      /needs handlebars for --docs, an optional peer .*npm install --save-dev handlebars/s,
    );
    install(`handlebars@${repoVersion('handlebars')}`);
    const docs = bin(['generate', '--catalog', catalog, '--out', 'gen', '--docs', 'docs']);
    expect(docs).toMatchObject({ status: 0, stderr: '' });
    expect(readdirSync(path.join(project, 'docs')).some((f) => f.endsWith('.md'))).toBe(true);
  });
});

/** The few parts of TypeScript 5's compiler API the declaration scan uses. */
interface TsNode {
  readonly kind: number;
  getStart(): number;
}
interface TypeScriptApi {
  readonly SyntaxKind: { readonly AnyKeyword: number };
  readonly ScriptTarget: { readonly Latest: number };
  createSourceFile(
    file: string,
    text: string,
    target: number,
    setParents: boolean,
  ): TsNode & { getLineAndCharacterOfPosition(pos: number): { line: number } };
  forEachChild(node: TsNode, visit: (child: TsNode) => void): void;
}

/** A type-level `A` equals `B`. */
const EQUALS =
  'type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;';

const CONSUMER =
  `import { createClient, ErrorCode, GigyaApiError, getTrace, type GigyaErrorCode, type Logger } ` +
  `from 'gigya-typed';
import { setStatus } from 'gigya-typed/socialize';
import { startEmulator } from 'gigya-typed/emulator';
import pino from 'pino';
${EQUALS}
function assertType<T extends true>(): void {}

const emulator = await startEmulator();
const client = createClient({ apiKey: emulator.apiKey, secret: emulator.secret, baseUrl: emulator.url, logger: ` +
  `pino() });
const fromEnv = createClient();
const fast = client.withOptions({ timeoutMs: 1000 });
assertType<Equals<typeof fast, typeof client>>();
const asLogger: Logger = console;
void asLogger;
try {
  const user = await fast.socialize.getUserInfo({ uid: 'alice' });
  const nickname: string | undefined = user.nickname;
  void nickname;
  const status: number | undefined = getTrace(user)?.response?.httpStatus;
  void status;
  await setStatus(client, { uid: 'alice', status: 'hi' });
  // @ts-expect-error a misspelt call option
  await client.socialize.getUserInfo({ uid: 'alice' }, { timeout: 5 });
} catch (e) {
  if (e instanceof GigyaApiError) {
    assertType<Equals<typeof e.errorCode, GigyaErrorCode>>();
    if (e.errorCode === ErrorCode.InvalidRequestSignature) console.log('signature');
  }
}
await Promise.all([client.close(), fromEnv.close()]);
await emulator.close();
`;

function tsconfig(dir: string, files: string[], skipLibCheck = false): void {
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        strict: true,
        noEmit: true,
        skipLibCheck,
        types: ['node'],
      },
      files,
    }),
  );
}

describe('its types', () => {
  for (const [name, compiler] of Object.entries(COMPILERS)) {
    it(`compile in a strict consumer with ${name}, narrowing instanceof GigyaApiError to the catalog's codes`, () => {
      const dir = path.join(project, `consumer-${name.replace(/\W+/g, '-')}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'consumer.ts'), CONSUMER);
      writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
      tsconfig(dir, ['consumer.ts']);
      const r = tsc(compiler(), dir);
      expect(`${r.stdout}${r.stderr}`).toBe('');
      expect(r.status).toBe(0);
      // The narrowing check can fail: the same consumer with a wrong expectation does not compile.
      // (The libraries' declarations were checked above; skipped here to save a minute of CI.)
      tsconfig(dir, ['consumer.ts'], true);
      writeFileSync(
        path.join(dir, 'consumer.ts'),
        CONSUMER.replace('Equals<typeof e.errorCode, GigyaErrorCode>', 'Equals<typeof e.errorCode, number>'),
      );
      expect(tsc(compiler(), dir).status).not.toBe(0);
    }, 180_000);
  }

  it('every README example compiles under strict, with both compilers', () => {
    const blocks = [...README.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(8);
    const dir = path.join(project, 'readme');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
    // The values the examples take as given: the reader's own credentials and ids.
    writeFileSync(
      path.join(dir, 'given.d.ts'),
      [
        'declare const apiKey: string;',
        'declare const secret: string;',
        'declare const uid: string;',
        'declare const userKey: string;',
        'declare const userKeySecret: string;',
        'declare const oauthToken: string;',
        "declare const client: import('gigya-typed').GigyaClient;",
        '',
      ].join('\n'),
    );
    const files = blocks.map((code, i) => {
      const file = `example-${i + 1}.ts`;
      writeFileSync(path.join(dir, file), `${code}\nexport {};\n`);
      return file;
    });
    for (const [name, compiler] of Object.entries(COMPILERS)) {
      // The consumer test checked the libraries' declarations with each compiler already.
      tsconfig(dir, ['given.d.ts', ...files], true);
      const r = tsc(compiler(), dir);
      expect(`${r.stdout}${r.stderr}`, name).toBe('');
      expect(r.status, name).toBe(0);
    }
  }, 180_000);
});
