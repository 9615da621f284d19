/**
 * What the client costs in a user's bundle, measured with esbuild as an application bundler would
 * build it: minified ESM for Node, the package's dependencies external, `gigya-typed` and its
 * subpaths resolved through package.json `exports` to their sources. Sizes are deterministic, so
 * test/runtime/bundle.test.ts checks their relations; `npx tsx bench/bundle.ts` prints them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { at, type BenchContext, type Measure } from './lib/contract.js';

const REPO = fileURLToPath(new URL('../', import.meta.url));

/** At most this much may one method add to a base client's bundle. */
export const ONE_METHOD_BUDGET_BYTES = 8 * 1024;

export interface BundleSize {
  readonly bytes: number;
  /** Bytes each source file contributes, repo-relative paths, largest first. */
  readonly inputs: ReadonlyArray<{ readonly file: string; readonly bytes: number }>;
}

export interface BundleSizes {
  /** The client runtime alone: `createBaseClient` of src/client.ts, which is given every catalog. */
  readonly runtime: BundleSize;
  /** `createBaseClient` from `gigya-typed`: the runtime with the built-in error table. */
  readonly baseClient: BundleSize;
  /** The same plus `setStatus` from `gigya-typed/socialize`. */
  readonly baseClientOneMethod: BundleSize;
  /** The same plus `getAccountInfo` from `gigya-typed/accounts` (a method whose shapes reach far). */
  readonly baseClientOneAccountsMethod: BundleSize;
  /** `createClient` from `gigya-typed`: every built-in namespace. */
  readonly wholeClient: BundleSize;
}

const ENTRIES: Readonly<Record<keyof BundleSizes, string>> = {
  runtime: "export { createBaseClient } from './src/client.js';",
  baseClient: "export { createBaseClient } from 'gigya-typed';",
  baseClientOneMethod:
    "export { createBaseClient } from 'gigya-typed';\nexport { setStatus } from 'gigya-typed/socialize';",
  baseClientOneAccountsMethod:
    "export { createBaseClient } from 'gigya-typed';\nexport { getAccountInfo } from 'gigya-typed/accounts';",
  wholeClient: "export { createClient } from 'gigya-typed';",
};

interface PackageJson {
  readonly name: string;
  readonly dependencies?: Record<string, string>;
  readonly exports: Record<string, string | { readonly default: string }>;
}

export async function measureBundles(root: string = REPO): Promise<BundleSizes> {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as PackageJson;
  const sizes: Partial<Record<keyof BundleSizes, BundleSize>> = {};
  for (const [name, contents] of Object.entries(ENTRIES) as Array<[keyof BundleSizes, string]>) {
    sizes[name] = await bundleSize(root, pkg, contents);
  }
  return sizes as BundleSizes;
}

async function bundleSize(root: string, pkg: PackageJson, contents: string): Promise<BundleSize> {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: Object.keys(pkg.dependencies ?? {}),
    plugins: [packageSources(root, pkg)],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(output?.inputs ?? {})
    .map(([file, input]) => ({ file: file.split(path.sep).join('/'), bytes: input.bytesInOutput }))
    .filter((input) => input.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes || a.file.localeCompare(b.file));
  return { bytes: result.outputFiles[0]?.contents.byteLength ?? 0, inputs };
}

/** `gigya-typed[/subpath]` as a user imports it: the `exports` target, read from source instead of dist/. */
function packageSources(root: string, pkg: PackageJson): Plugin {
  return {
    name: 'package-sources',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${pkg.name}(/|$)`) }, (args) => {
        const subpath = `.${args.path.slice(pkg.name.length)}`;
        const target = pkg.exports[subpath];
        const built = typeof target === 'string' ? target : target?.default;
        if (built === undefined) return { errors: [{ text: `${args.path} is not exported by package.json` }] };
        return { path: path.join(root, built.replace(/^\.\/dist\//, '').replace(/\.js$/, '.ts')) };
      });
    },
  };
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** The bench module: the one-method cost and the runtime's share of the whole client. */
export async function run(ctx: BenchContext): Promise<Measure[]> {
  const sizes = await measureBundles(ctx.root);
  const added = sizes.baseClientOneMethod.bytes - sizes.baseClient.bytes;
  return [
    {
      id: 'bundle.one-method-added',
      group: 'bundle',
      label: 'bytes one method adds to createBaseClient (esbuild, minified)',
      value: added / 1024,
      unit: 'KB',
      target: at('<=', ONE_METHOD_BUDGET_BYTES / 1024, 'issue 7'),
    },
    {
      id: 'bundle.runtime-vs-whole',
      group: 'bundle',
      label: 'runtime alone over the whole client',
      value: sizes.runtime.bytes / sizes.wholeClient.bytes,
      unit: 'x',
      target: at('<=', 0.6, 'issue 7'),
    },
    {
      id: 'bundle.whole-client',
      group: 'bundle',
      label: 'createClient bundle',
      value: sizes.wholeClient.bytes / 1024,
      unit: 'KB',
    },
  ];
}

async function main(): Promise<void> {
  const sizes = await measureBundles();
  console.log('bundle sizes (esbuild, minified ESM, dependencies external)');
  for (const [name, size] of Object.entries(sizes) as Array<[string, BundleSize]>) {
    const top = size.inputs
      .slice(0, 4)
      .map((i) => `${i.file} ${kb(i.bytes)}`)
      .join(', ');
    console.log(`  ${name.padEnd(20)} ${kb(size.bytes).padStart(9)}   largest: ${top}`);
  }
  const added = sizes.baseClientOneMethod.bytes - sizes.baseClient.bytes;
  console.log(`  one method adds     ${kb(added).padStart(9)}   (budget ${kb(ONE_METHOD_BUDGET_BYTES)})`);
  console.log(`  runtime / whole     ${(sizes.runtime.bytes / sizes.wholeClient.bytes).toFixed(2).padStart(9)}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
