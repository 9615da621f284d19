/**
 * `error.name` in a minified bundle: a minifier renames classes, so the name must come from the
 * class's stable `kind`. Bundled with esbuild as an application would be, then imported and run.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(path.join(tmpdir(), 'gigya-minified-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CLASSES = [
  'GigyaError',
  'GigyaApiError',
  'GigyaValidationError',
  'GigyaConfigError',
  'GigyaTimeoutError',
  'GigyaConnectionError',
  'GigyaAbortError',
  'GigyaResponseError',
] as const;

describe('a minified bundle', () => {
  it('keeps every error class name in error.name, though the classes themselves are renamed', async () => {
    const result = await build({
      stdin: {
        contents: `export { ${CLASSES.join(', ')} } from './src/errors.js';`,
        resolveDir: REPO,
        sourcefile: 'entry.ts',
        loader: 'ts',
      },
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    });
    const file = path.join(dir, 'bundle.mjs');
    writeFileSync(file, result.outputFiles[0]!.text);
    const m = (await import(pathToFileURL(file).href)) as Record<
      (typeof CLASSES)[number],
      new (
        ...a: never[]
      ) => Error
    >;
    // The proof that the check means something: minification did rename the classes.
    expect(CLASSES.filter((name) => m[name].name !== name).length).toBeGreaterThan(4);

    const api = { errorCode: 403003, errorMessage: 'Invalid request signature' };
    const made: Record<string, Error> = {
      GigyaError: new (m.GigyaError as unknown as new (message: string) => Error)('x'),
      GigyaApiError: new (m.GigyaApiError as unknown as new (init: typeof api) => Error)(api),
      GigyaValidationError: new (m.GigyaValidationError as unknown as new (method: string, issues: []) => Error)(
        'a.b',
        [],
      ),
      GigyaConfigError: new (m.GigyaConfigError as unknown as new (message: string) => Error)('x'),
      GigyaTimeoutError: new (m.GigyaTimeoutError as unknown as new (message: string, ms: number) => Error)('x', 1),
      GigyaConnectionError: new (m.GigyaConnectionError as unknown as new (message: string, code?: string) => Error)(
        'x',
      ),
      GigyaAbortError: new (m.GigyaAbortError as unknown as new (message: string) => Error)('x'),
      GigyaResponseError: new (m.GigyaResponseError as unknown as new (message: string, init: object) => Error)('x', {
        problem: 'html',
        httpStatus: 502,
      }),
    };
    for (const name of CLASSES) {
      expect(made[name]!.name).toBe(name);
      expect(String(made[name]).startsWith(`${name}: `)).toBe(true);
    }
    // A caller's own subclass keeps its own (unminified) name.
    class MyError extends (m.GigyaConfigError as unknown as new (message: string) => Error) {}
    expect(new MyError('x').name).toBe('MyError');
  });
});
