/**
 * The docs' template engine: handlebars over `codegen/templates/<name>.md.hbs`. Handlebars is loaded
 * when the first page is rendered (a run without docs never loads it) and each template is compiled
 * once per process. Templates only lay text out; every value they print is shaped in TypeScript
 * (`docs.ts`), and the two helpers below are all they may call.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type HandlebarsModule from 'handlebars';

type Handlebars = typeof HandlebarsModule;
type Template = (view: object) => string;

export type TemplateName = 'namespace' | 'errors' | 'common';

const TEMPLATE_DIR = new URL('../templates/', import.meta.url);

/** Text safe inside one Markdown table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

const HELPERS = {
  cell: (value: unknown) => cell(String(value ?? '')),
  yesNo: (value: unknown) => yesNo(Boolean(value)),
};

/**
 * Markdown, not HTML: nothing escaped. Known helpers only and no `@data` let handlebars emit direct
 * calls and skip its per-block frames. Not `strict`: its check on every lookup cost a fifth of the
 * rendering, and the views are typed, so a name a template misspells shows in `generate --check`.
 */
const COMPILE_OPTIONS = {
  noEscape: true,
  knownHelpers: { cell: true, yesNo: true },
  knownHelpersOnly: true,
  data: false,
} as const;

let engine: Handlebars | undefined;
const compiled = new Map<TemplateName, Template>();

function loadEngine(): Handlebars {
  if (engine) return engine;
  let hb: Handlebars;
  try {
    // The single-file build: the package's main entry also loads source-map support and a
    // require hook for .hbs files, three times the load time for nothing the generator uses.
    hb = createRequire(import.meta.url)('handlebars/dist/handlebars.min.js') as Handlebars;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw error;
    throw new Error(
      'rendering the Markdown docs needs handlebars, an optional peer dependency of gigya-typed that is not ' +
        'installed: npm install --save-dev handlebars (or generate without docs: --no-docs)',
    );
  }
  engine = hb.create();
  engine.registerHelper(HELPERS);
  return engine;
}

/** Renders one template; the first call for a name reads and compiles it. */
export function renderTemplate(name: TemplateName, view: object): string {
  let template = compiled.get(name);
  if (!template) {
    const source = readFileSync(new URL(`${name}.md.hbs`, TEMPLATE_DIR), 'utf8');
    template = loadEngine().compile(source, COMPILE_OPTIONS);
    compiled.set(name, template);
  }
  return template(view);
}
