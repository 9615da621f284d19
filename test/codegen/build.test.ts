/**
 * Rule 2: one module per namespace, exposed as a package subpath. Builds the package as
 * `npm run build` does (into a temp outDir), then checks that `gigya-typed/socialize` runs under
 * plain Node (no tsx) and that its import graph holds that namespace, the runtime contract and zod
 * only: importing one namespace never loads the rest.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(REPO, 'test', '.tmp', `build-${process.pid}`);
const pkg = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
  exports: Record<string, { types: string; default: string }>;
};

/** The `default` target of a package subpath, inside the temp build instead of dist/. */
const built = (subpath: string): string => path.join(OUT, pkg.exports[subpath]!.default.replace(/^\.\/dist\//, ''));

let tscOutput = '';
beforeAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  const r = spawnSync(
    process.execPath,
    [path.join(REPO, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', OUT],
    { cwd: REPO, encoding: 'utf8' },
  );
  // Type errors in src/ (owned elsewhere, maybe mid-edit) still emit; the checks below need the files.
  tscOutput = `${r.stdout}${r.stderr}`;
}, 60_000);
afterAll(() => rmSync(OUT, { recursive: true, force: true }));

/** Relative imports of an emitted ES module (tsc keeps `import … from './x.js'` and `export … from`). */
function relativeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '([^']+)';$/gms)].map((m) => m[1]!);
}

/** Every file an import of `entry` loads, plus the bare package names it imports. */
function importGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const stack = [entry];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const spec of relativeImports(file)) {
      if (spec.startsWith('.')) stack.push(path.resolve(path.dirname(file), spec));
      else packages.add(spec);
    }
  }
  return {
    files: [...files].map((f) => path.relative(OUT, f).split(path.sep).join('/')).sort(),
    packages: [...packages].sort(),
  };
}

describe('the namespace subpaths', () => {
  it('package.json exports one subpath per generated namespace', () => {
    const namespaces = readdirSync(path.join(REPO, 'generated'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(namespaces).toEqual(['accounts', 'socialize']);
    for (const ns of namespaces)
      expect(pkg.exports[`./${ns}`], ns).toEqual({
        types: `./dist/generated/${ns}/index.d.ts`,
        default: `./dist/generated/${ns}/index.js`,
      });
  });

  it('gigya-typed/accounts loads its module and the runtime contract only (zod later); binds nested groups', () => {
    const graph = importGraph(built('./accounts'));
    expect(graph.files.filter((f) => f.startsWith('generated/'))).toEqual([
      'generated/accounts/index.js',
      'generated/accounts/methods.gen.js',
      'generated/accounts/types.gen.js',
      'generated/accounts/validators.gen.js',
    ]);
    // zod is imported when a schema is first read (src/lazy-schema.ts), not with the module.
    expect(graph.packages.filter((p) => !p.startsWith('node:'))).toEqual([]);
    const script = `
      const m = await import(${JSON.stringify(built('./accounts'))});
      const calls = [];
      const ns = m.bindAccounts({ invoke: async (d, p) => (calls.push([d.name, p]), { errorCode: 0 }) });
      await ns.tfa.getProviders({ UID: 'u1' });
      await ns.auth.magiclink.getLink({ email: 'a@example.com' });
      console.log(JSON.stringify({
        calls,
        methods: m.accountsMethods.length,
        cursor: m.searchMethod.cursor,
        common: m.accountsGetAccountInfoParamsSchema.safeParse({ UID: 'u1', cid: 'c', context: { a: 1 } }).success,
      }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      calls: [
        ['accounts.tfa.getProviders', { UID: 'u1' }],
        ['accounts.auth.magiclink.getlink', { email: 'a@example.com' }],
      ],
      methods: 141,
      cursor: {
        open: 'openCursor',
        param: 'cursorId',
        next: 'nextCursorId',
        items: 'results',
        pageSize: { param: 'query', clause: 'LIMIT' },
      },
      common: true,
    });
  });
});

describe('the gigya-typed/socialize subpath', () => {
  it('package.json exports it with types, and the build emits both', () => {
    expect(pkg.exports['./socialize']).toEqual({
      types: './dist/generated/socialize/index.d.ts',
      default: './dist/generated/socialize/index.js',
    });
    expect(existsSync(built('./socialize')), tscOutput).toBe(true);
    expect(existsSync(built('./socialize').replace(/\.js$/, '.d.ts'))).toBe(true);
  });

  it('loads only the socialize module and the runtime contract (zod on first use)', () => {
    const graph = importGraph(built('./socialize'));
    // Generated code: this namespace's files only (no root index, no other namespace, no error table at run time).
    expect(graph.files.filter((f) => f.startsWith('generated/'))).toEqual([
      'generated/socialize/index.js',
      'generated/socialize/methods.gen.js',
      'generated/socialize/types.gen.js',
      'generated/socialize/validators.gen.js',
    ]);
    // Runtime: the contract module (and whatever it needs of src/), never the client with every namespace.
    expect(graph.files).toContain('src/runtime.js');
    expect(graph.files).not.toContain('src/client.js');
    expect(graph.files.filter((f) => !f.startsWith('generated/') && !f.startsWith('src/'))).toEqual([]);
    // zod is imported when a schema is first read (src/lazy-schema.ts), not with the module.
    expect(graph.packages.filter((p) => !p.startsWith('node:'))).toEqual([]);
  });

  it('leaves the validator proofs (*.check.ts) out of the package', () => {
    expect(existsSync(path.join(OUT, 'generated', 'socialize', 'validators.gen.js'))).toBe(true);
    expect(existsSync(path.join(OUT, 'generated', 'socialize', 'validators.check.js'))).toBe(false);
    expect(existsSync(path.join(OUT, 'generated', 'socialize', 'validators.check.d.ts'))).toBe(false);
  });

  it('runs under plain Node: descriptors, validators and binding work without tsx', () => {
    const script = `
      const m = await import(${JSON.stringify(built('./socialize'))});
      const calls = [];
      const ns = m.bindSocialize({ invoke: async (d, p) => (calls.push([d.name, p]), { errorCode: 0 }) });
      await ns.setStatus({ status: 'hi' });
      await ns.facebook.deauthorize({});
      console.log(JSON.stringify({
        calls,
        descriptor: [m.setStatusMethod.name, m.setStatusMethod.safeToRepeat, Object.isFrozen(m.setStatusMethod)],
        valid: m.socializeSetStatusParamsSchema.safeParse({ status: 'hi', enabledProviders: ['a', 'b'] }).success,
        unknownParam: m.socializeSetStatusParamsSchema.safeParse({ status: 'hi', stauts: 'x' }).success,
        methods: m.socializeMethods.length,
        required: m.socializeResponseRequired['socialize.getUserInfo'],
      }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({
      calls: [
        ['socialize.setStatus', { status: 'hi' }],
        ['socialize.facebook.deauthorize', {}],
      ],
      descriptor: ['socialize.setStatus', false, true],
      valid: true,
      unknownParam: false,
      methods: 40,
      required: ['UID'],
    });
  });
});
