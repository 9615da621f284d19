/**
 * How emitters write TypeScript. Each statement is written already formatted (two-space indents,
 * single quotes, trailing commas in multi-line lists), and every name a file takes from another
 * module goes through the file's binder, which records what the file uses and prints its imports.
 * No emitter keeps an import list, and no formatting pass runs afterwards.
 */
import path from 'node:path';
import { compareStrings } from '../ir.js';
import { moduleSpecifier } from '../naming.js';

/** Where generated modules import the runtime from. */
export type RuntimeImport =
  /** A relative path from the output dir's root, e.g. `../src/runtime.js`; adjusted per file depth. */
  | { readonly kind: 'relative'; readonly fromRoot: string }
  /** A package specifier used as is, e.g. `gigya-typed/runtime`. */
  | { readonly kind: 'module'; readonly specifier: string };

export function runtimeSpecifier(runtime: RuntimeImport, fileRel: string): string {
  if (runtime.kind === 'module') return runtime.specifier;
  const depth = fileRel.split('/').length - 1;
  const rel = path.posix.normalize(`${'../'.repeat(depth)}${runtime.fromRoot}`);
  return rel.startsWith('.') ? rel : `./${rel}`;
}

/** A module generated files import from. */
export type ModuleRef =
  | { readonly kind: 'runtime' }
  /** Another output file, by its path relative to the output dir. */
  | { readonly kind: 'generated'; readonly file: string }
  | { readonly kind: 'package'; readonly name: string };

export const RUNTIME_MODULE: ModuleRef = { kind: 'runtime' };
export const ZOD_MODULE: ModuleRef = { kind: 'package', name: 'zod' };
export function generatedModule(file: string): ModuleRef {
  return { kind: 'generated', file };
}

/** Import and export declarations longer than this are written one name per line. */
const MAX_DECLARATION_LENGTH = 100;

interface Imported {
  /** Local name → imported as `import { orig as local }` (same when not renamed), and whether only types are used. */
  readonly names: Map<string, { readonly imported: string; typeOnly: boolean }>;
  namespace?: string;
  /** The namespace is used in types only: `import type * as …`. */
  namespaceTypeOnly?: boolean;
}

interface Reexport {
  readonly specifier: string;
  /** Empty for `export *`. */
  readonly names: readonly string[];
  readonly typeOnly: boolean;
}

/** The imports and re-exports of one generated file, recorded as emitters use names. */
export class Binder {
  readonly #imports = new Map<string, Imported>();
  readonly #reexports: Reexport[] = [];

  constructor(
    readonly fileRel: string,
    readonly runtime: RuntimeImport,
  ) {}

  specifier(from: ModuleRef): string {
    switch (from.kind) {
      case 'runtime':
        return runtimeSpecifier(this.runtime, this.fileRel);
      case 'generated':
        return moduleSpecifier(this.fileRel, from.file);
      case 'package':
        return from.name;
    }
  }

  /** Entries by module: emitters bind tens of thousands of names per file, to a handful of modules. */
  readonly #entries = new Map<ModuleRef, Imported>();

  #entry(from: ModuleRef): Imported {
    const known = this.#entries.get(from);
    if (known) return known;
    const spec = this.specifier(from);
    let entry = this.#imports.get(spec);
    if (!entry) {
      entry = { names: new Map() };
      this.#imports.set(spec, entry);
    }
    this.#entries.set(from, entry);
    return entry;
  }

  #use(from: ModuleRef, name: string, typeOnly: boolean, local: string): string {
    const names = this.#entry(from).names;
    const known = names.get(local);
    if (known === undefined) names.set(local, { imported: name, typeOnly });
    else if (known.imported !== name)
      throw new Error(`${this.fileRel}: ${local} would import both ${known.imported} and ${name}`);
    else if (!typeOnly) known.typeOnly = false;
    return local;
  }

  /** A name used as a value (it may be used as a type too). Returns the name to write. */
  value(from: ModuleRef, name: string): string {
    return this.#use(from, name, false, name);
  }

  /** A name used in types only. `local` renames it (`import type { A as B }`). */
  type(from: ModuleRef, name: string, local = name): string {
    return this.#use(from, name, true, local);
  }

  /** `import * as alias from …` (`import type * as …` when `typeOnly`). */
  namespace(from: ModuleRef, alias: string, typeOnly = false): string {
    const entry = this.#entry(from);
    entry.namespace = alias;
    entry.namespaceTypeOnly = typeOnly;
    return alias;
  }

  /** `export * from …`, in the order of the calls. */
  reexportAll(from: ModuleRef): void {
    this.#reexports.push({ specifier: this.specifier(from), names: [], typeOnly: false });
  }

  /** `export [type] { names } from …`, in the order of the calls; names are sorted. */
  reexport(from: ModuleRef, names: readonly string[], typeOnly: boolean): void {
    if (names.length === 0) return;
    this.#reexports.push({ specifier: this.specifier(from), names: [...names].sort(compareStrings), typeOnly });
  }

  /** Import declarations (packages first, then by specifier), then re-exports. */
  render(): string[] {
    const specs = [...this.#imports.keys()].sort(
      (a, b) => Number(a.startsWith('.')) - Number(b.startsWith('.')) || compareStrings(a, b),
    );
    const out: string[] = [];
    for (const spec of specs) {
      const entry = this.#imports.get(spec) as Imported;
      if (entry.namespace !== undefined)
        out.push(`import ${entry.namespaceTypeOnly ? 'type ' : ''}* as ${entry.namespace} from '${spec}';`);
      if (entry.names.size === 0) continue;
      const locals = [...entry.names.keys()].sort(compareStrings);
      const allTypes = locals.every((l) => entry.names.get(l)?.typeOnly);
      const items = locals.map((local) => {
        const { imported, typeOnly } = entry.names.get(local) as { imported: string; typeOnly: boolean };
        const name = imported === local ? local : `${imported} as ${local}`;
        return typeOnly && !allTypes ? `type ${name}` : name;
      });
      out.push(declaration(allTypes ? 'import type' : 'import', items, spec));
    }
    for (const r of this.#reexports) {
      out.push(
        r.names.length === 0
          ? `export * from '${r.specifier}';`
          : declaration(r.typeOnly ? 'export type' : 'export', r.names, r.specifier),
      );
    }
    return out;
  }
}

function declaration(keyword: string, items: readonly string[], spec: string): string {
  const line = `${keyword} { ${items.join(', ')} } from '${spec}';`;
  return line.length <= MAX_DECLARATION_LENGTH
    ? line
    : `${keyword} {\n${items.map((i) => `  ${i},`).join('\n')}\n} from '${spec}';`;
}

/** A TypeScript file being written: its binder and its statements. */
export class TsFile {
  readonly bind: Binder;
  readonly #statements: string[] = [];

  constructor(
    readonly fileRel: string,
    readonly banner: string,
    runtime: RuntimeImport,
  ) {
    this.bind = new Binder(fileRel, runtime);
  }

  /** Adds a statement (written formatted, without a trailing newline). */
  add(statement: string): void {
    this.#statements.push(statement);
  }

  /** Banner, imports and re-exports together, then one blank line between statements. */
  render(): string {
    const head = this.bind.render();
    const parts = [...(head.length > 0 ? [head.join('\n')] : []), ...this.#statements];
    return `${this.banner}\n${parts.join('\n\n')}\n`;
  }
}

// ---------------------------------------------------------------------------------------------
// Formatting helpers

/** Indents every line but the first by `by` (for multi-line text placed after a prefix). */
export function indentRest(text: string, by = '  '): string {
  return text.replace(/\n(?!\n)/g, `\n${by}`);
}

/** Indents every non-empty line by `by`. */
export function indentAll(text: string, by = '  '): string {
  return text.replace(/^(?=.)/gm, by);
}

/** `{ a: …, b: … }` one entry per line, trailing commas; `{}` when empty. Values may span lines. */
export function objectLiteral(entries: readonly (readonly [string, string])[]): string {
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `  ${k}: ${indentRest(v)},`).join('\n')}\n}`;
}

/** `[a, b]` on one line, or one item per line when that would be long. */
export function arrayLiteral(items: readonly string[], inline = true): string {
  if (items.length === 0) return '[]';
  return inline ? `[${items.join(', ')}]` : `[\n${items.map((i) => `  ${indentRest(i)},`).join('\n')}\n]`;
}

/** A block body (`{ … }`) of the given lines; `{}` when empty. */
export function block(lines: readonly string[]): string {
  if (lines.length === 0) return '{}';
  return `{\n${lines.map((l) => indentAll(l)).join('\n')}\n}`;
}

/** A TSDoc block: description paragraphs, then tags in the given order. */
export interface Doc {
  readonly description: string;
  readonly tags: readonly { readonly tagName: string; readonly text?: string | undefined }[];
}

/** Code spans and inline tags (`{@link …}`), where an `@` starts no block tag. */
const CODE_OR_INLINE_TAG = /(`[^`\n]*`|\{@[^}]*\})/;
/** An `@word` after a space or an opening bracket, which TSDoc readers take for a block tag. */
const TAG_LIKE = /(^|[\s([{"'])@([A-Za-z](?:[\w./-]*\w)?)/g;

/**
 * Text whose `@` never starts a block tag: `@gigya-ts/rest-api types…` would otherwise end the
 * description in a hover and open a tag named `gigya-ts`. Such words become code spans.
 */
export function withoutTagStarts(text: string): string {
  return text
    .split(CODE_OR_INLINE_TAG)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(TAG_LIKE, '$1`@$2`')))
    .join('');
}

/**
 * `/** text *\/` when the doc is one line without tags, else a ` * `-prefixed block. Text must
 * already be safe inside a comment (`docText`); an `@` in it never opens a tag (`withoutTagStarts`).
 */
export function docComment(d: Doc | undefined): string {
  if (d === undefined) return '';
  const lines = d.description === '' ? [] : withoutTagStarts(d.description).split('\n');
  for (const t of d.tags) lines.push(...`@${t.tagName}${t.text ? ` ${withoutTagStarts(t.text)}` : ''}`.split('\n'));
  if (lines.length === 0) return '';
  if (lines.length === 1 && d.tags.length === 0) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => (l === '' ? ' *' : ` * ${l}`)).join('\n')}\n */\n`;
}

/** `[export ]const name[: type] = value;` with its TSDoc. */
export function constDeclaration(decl: {
  readonly name: string;
  readonly value: string;
  readonly type?: string;
  readonly doc?: Doc;
  readonly exported?: boolean;
}): string {
  const type = decl.type === undefined ? '' : `: ${decl.type}`;
  return `${docComment(decl.doc)}${decl.exported === false ? '' : 'export '}const ${decl.name}${type} = ${decl.value};`;
}

/** One interface member: TSDoc, then `[readonly ]name[?]: type;`. */
export interface Member {
  readonly name: string;
  readonly type: string;
  readonly optional?: boolean;
  readonly readonly?: boolean;
  readonly doc?: Doc | undefined;
}

export function memberLines(members: readonly Member[]): string[] {
  return members.map(
    (m) => `${docComment(m.doc)}${m.readonly ? 'readonly ' : ''}${m.name}${m.optional ? '?' : ''}: ${m.type};`,
  );
}

/** `export interface Name [extends …] { members }`. */
export function interfaceDeclaration(decl: {
  readonly name: string;
  readonly doc?: Doc | undefined;
  readonly extends?: readonly string[];
  readonly members: readonly Member[];
}): string {
  const ext = decl.extends && decl.extends.length > 0 ? ` extends ${decl.extends.join(', ')}` : '';
  return `${docComment(decl.doc)}export interface ${decl.name}${ext} ${block(memberLines(decl.members))}`;
}

/** `export type Name = type;` (a type starting with a newline is written on the following lines). */
export function typeAlias(decl: { readonly name: string; readonly doc?: Doc; readonly type: string }): string {
  const sep = decl.type.startsWith('\n') ? '' : ' ';
  return `${docComment(decl.doc)}export type ${decl.name} =${sep}${decl.type};`;
}

/** `export function name(params): returns { body }`. */
export function functionDeclaration(decl: {
  readonly name: string;
  readonly doc?: Doc;
  readonly params: readonly string[];
  readonly returns: string;
  readonly body: readonly string[];
}): string {
  return (
    `${docComment(decl.doc)}export function ${decl.name}(${decl.params.join(', ')}): ${decl.returns} ` +
    `${block(decl.body)}`
  );
}
