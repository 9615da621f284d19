import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generate, type GeneratedFiles } from '../../codegen/generate.js';
import type { CatalogIR } from '../../codegen/ir.js';
import { CatalogError, parseCatalog, type CatalogSource } from '../../codegen/load/index.js';

export const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
export const VALID_FIXTURE = `${FIXTURES}valid`;

/** The fixture error table: codes 0, 206001 (pending), 400002/403003/403048 (common), 403005, 500024. */
export const FIXTURE_ERRORS = readFileSync(`${VALID_FIXTURE}/errors.yaml`, 'utf8');

export function source(fileName: string, text: string): CatalogSource {
  return { displayPath: `catalog/${fileName}`, bannerPath: `catalog/${fileName}`, fileName, text };
}

/** The built-in sources.yaml, as the loader uses it for a catalog without one of its own. */
export const BUILT_IN_SOURCES: CatalogSource = {
  ...source('sources.yaml', readFileSync(new URL('../../catalog/sources.yaml', import.meta.url), 'utf8')),
  fallback: true,
};

export interface SnippetOptions {
  readonly errors?: string;
  readonly fileName?: string;
  /** More files of the same catalog (`accounts.tfa.yaml`, a sources.yaml or common.yaml of its own). */
  readonly more?: readonly CatalogSource[];
}

/**
 * Parses a namespace file (as catalog/socialize.yaml unless named) with the fixture error table
 * and the built-in source keys (no common params unless `more` brings a common.yaml).
 */
export function parseSnippet(nsYaml: string, options: SnippetOptions = {}): CatalogIR {
  const more = options.more ?? [];
  return parseCatalog([
    source('errors.yaml', options.errors ?? FIXTURE_ERRORS),
    ...(more.some((m) => m.fileName === 'sources.yaml') ? [] : [BUILT_IN_SOURCES]),
    source(options.fileName ?? 'socialize.yaml', nsYaml),
    ...more,
  ]);
}

/** The formatted issues of a catalog that must fail. */
export function issuesOf(nsYaml: string, options: SnippetOptions = {}): string[] {
  try {
    parseSnippet(nsYaml, options);
  } catch (error) {
    if (error instanceof CatalogError)
      return error.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw error;
  }
  throw new Error('expected the catalog to be rejected');
}

export function generateSnippet(nsYaml: string, options: SnippetOptions = {}): GeneratedFiles {
  return generate(parseSnippet(nsYaml, options), {
    runtime: { kind: 'module', specifier: 'gigya-typed/runtime' },
    docs: true,
  });
}

/** Indents a YAML block so tests can write it flush-left. */
export function yaml(strings: TemplateStringsArray, ...values: unknown[]): string {
  const text = String.raw({ raw: strings }, ...values).replace(/^\n/, '');
  const indent = Math.min(
    ...text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => /^ */.exec(l)?.[0].length ?? 0),
  );
  return text
    .split('\n')
    .map((l) => l.slice(indent))
    .join('\n');
}
