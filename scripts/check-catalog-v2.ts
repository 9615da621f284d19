// Interim structural check for catalog files written in the v2 format extensions
// (/work/notes/catalog-v2-format.md), until codegen/load accepts them. It reads the group files
// `catalog/<namespace>.<group>.yaml`, checks keys, kinds, names, types, provenance and the sorting
// conventions of catalog/README.md, and optionally compares them with the @gigya-ts/rest-api
// typings (a JSON dump of that package's accounts namespace, see --gts).
//
//   npx tsx scripts/check-catalog-v2.ts [--gts dump.json] [--new-codes codes.yaml] [catalog/accounts.tfa.yaml …]
//
// --new-codes names a file of proposed error codes (same keys as errors.yaml) that methods may
// already list before they reach catalog/errors.yaml.
//
// With no files it checks every `catalog/*.*.yaml`. Exit code 1 when a problem is found.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

type Dict = Record<string, unknown>;

// The keys every provenance list may use: catalog/README.md "Sources" plus S_CAPTURE, proposed
// with the group files for responses captured by third-party integrations.
const SOURCE_KEYS = new Set([
  'seed', 'S_TSW', 'S_SH', 'S_GRZ', 'S_WIKI', 'S_CONF', 'S_HELP', 'S_JAVA', 'S_PHP', 'S_DOTNET',
  'S_ANDROID', 'S_SWIFT', 'S_TOOLKIT', 'S_GIST', 'S_LIVE', 'S_KNOW', 'S_CAPTURE',
]);
// Shapes the core file (catalog/accounts.yaml) defines, and the reserved site-schema shapes.
const CORE_SHAPES = new Set(['Account', 'Profile', 'Identity', 'LoginIDs', 'Emails', 'SessionInfo', 'Password']);
const SITE_SHAPES = new Set(['SiteData', 'SitePreferences', 'SiteSubscriptions']);
const BUILTIN_TYPES = new Set(['string', 'int', 'long', 'float', 'bool', 'timestamp', 'csv', 'object', 'unknown']);
// src/runtime.ts CLIENT_PARAMS and the envelope fields typed once in src/runtime.ts.
const CLIENT_PARAMS = new Set(['apiKey', 'userKey', 'secret', 'timestamp', 'nonce', 'sig', 'oauth_token', 'format', 'httpStatusCodes', 'sdk']);
const ENVELOPE_FIELDS = new Set(['callId', 'errorCode', 'statusCode', 'statusReason', 'time', 'apiVersion', 'errorMessage', 'errorDetails']);
// Common params Gigya documents for every method; the generator adds them, so methods do not list them.
const COMMON_PARAMS = new Set(['cid', 'context', 'callback']);

const FILE_KEYS = { required: ['namespace', 'group', 'methods'], optional: ['groups', 'shapes'] };
const SHAPE_KEYS = { required: ['description', 'sources', 'fields'], optional: [] as string[] };
const METHOD_KEYS = {
  required: ['name', 'description', 'status', 'access', 'safeToRepeat', 'sources', 'params', 'response', 'errors'],
  optional: ['deprecated', 'docs', 'verification', 'notes', 'cursor'],
};
const FIELD_KEYS = {
  required: ['name', 'type', 'required', 'doc'],
  optional: ['enum', 'suggest', 'default', 'referenceName', 'deprecated', 'recalled', 'sources'],
};
const RESPONSE_KEYS = { required: ['fields'], optional: ['extends'] };
const CURSOR_KEYS = { required: ['open', 'param', 'next', 'items'], optional: [] as string[] };

const problems: string[] = [];
const warnings: string[] = [];
const problem = (file: string, path: string, msg: string) => problems.push(`${file}: ${path || '(top)'}: ${msg}`);

const isDict = (v: unknown): v is Dict => typeof v === 'object' && v !== null && !Array.isArray(v);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function checkKeys(file: string, path: string, v: unknown, table: { required: string[]; optional: string[] }): v is Dict {
  if (!isDict(v)) {
    problem(file, path, `expected a mapping, got ${Array.isArray(v) ? 'a list' : typeof v}`);
    return false;
  }
  for (const k of table.required) if (!(k in v)) problem(file, path, `missing key ${k}`);
  for (const k of Object.keys(v)) {
    if (!table.required.includes(k) && !table.optional.includes(k)) problem(file, path, `unknown key ${k}`);
  }
  return true;
}

function checkSources(file: string, path: string, v: unknown, required: boolean) {
  if (v === undefined) {
    if (required) problem(file, path, 'sources: at least one provenance key is required');
    return;
  }
  if (!Array.isArray(v) || v.length === 0) return problem(file, path, 'sources must be a non-empty list');
  const seen = new Set<string>();
  for (const s of v) {
    if (typeof s !== 'string' || !SOURCE_KEYS.has(s)) problem(file, path, `unknown source key ${String(s)}`);
    if (seen.has(String(s))) problem(file, path, `source ${String(s)} listed twice`);
    seen.add(String(s));
  }
}

function sentences(text: string): number {
  return text.split(/(?<=[.!?])\s+(?=[A-Z(`])/).filter((s) => s.trim()).length;
}

function checkText(file: string, path: string, key: string, v: unknown, maxSentences = 3) {
  if (typeof v !== 'string' || !v.trim()) return problem(file, path, `${key} must be non-empty text`);
  if (sentences(v) > maxSentences) warnings.push(`${file}: ${path}: ${key} has ${sentences(v)} sentences; keep it to one or two`);
}

/** Resolves a catalog type; returns the problem or undefined. */
function typeProblem(type: string, shapes: Set<string>, top: boolean): string | undefined {
  if (type.endsWith('[]')) {
    const inner = type.slice(0, -2);
    if (inner === 'csv') return 'csv may only be a whole type (use string[])';
    return typeProblem(inner, shapes, false);
  }
  const m = /^map<(.+)>$/.exec(type);
  if (m) {
    if (m[1] === 'csv') return 'csv may only be a whole type';
    return typeProblem(m[1]!, shapes, false);
  }
  if (type === 'csv' && !top) return 'csv may only be a whole type';
  if (BUILTIN_TYPES.has(type) || shapes.has(type) || CORE_SHAPES.has(type) || SITE_SHAPES.has(type)) return undefined;
  return `unknown type ${type}`;
}

function checkField(file: string, path: string, f: unknown, shapes: Set<string>, role: 'param' | 'response' | 'shape') {
  if (!checkKeys(file, path, f, FIELD_KEYS)) return;
  const name = f.name;
  if (typeof name !== 'string' || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name)) problem(file, path, `field name ${String(name)} is not a plain identifier`);
  if (typeof f.type !== 'string') problem(file, path, 'type must be text');
  else {
    const tp = typeProblem(f.type, shapes, true);
    if (tp) problem(file, path, tp);
  }
  if (typeof f.required !== 'boolean') problem(file, path, 'required must be true or false');
  checkText(file, path, 'doc', f.doc);
  if (f.enum !== undefined && f.suggest !== undefined) problem(file, path, 'enum and suggest do not go together');
  for (const key of ['enum', 'suggest'] as const) {
    const vals = f[key];
    if (vals === undefined) continue;
    const base = String(f.type).replace(/\[\]$/, '');
    if (!['string', 'csv'].includes(base)) problem(file, path, `${key} only on string, csv and string[]`);
    if (!Array.isArray(vals) || vals.length === 0) problem(file, path, `${key} must be a non-empty list`);
    else {
      if (vals.some((x) => typeof x !== 'string')) problem(file, path, `${key} values must be text`);
      if (new Set(vals).size !== vals.length) problem(file, path, `${key} lists a value twice`);
    }
  }
  if (f.default !== undefined) {
    const d = f.default;
    const t = String(f.type);
    const ok = t === 'bool' ? typeof d === 'boolean'
      : ['int', 'long', 'timestamp'].includes(t) ? Number.isInteger(d)
      : t === 'float' ? typeof d === 'number'
      : typeof d === 'string';
    if (!ok) problem(file, path, `default ${String(d)} does not fit type ${t}`);
    if (Array.isArray(f.enum) && !f.enum.includes(d)) problem(file, path, `default ${String(d)} is not in the enum`);
  }
  if (f.recalled !== undefined && typeof f.recalled !== 'boolean') problem(file, path, 'recalled must be true or false');
  if (f.deprecated !== undefined) checkText(file, path, 'deprecated', f.deprecated);
  checkSources(file, path, f.sources, false);
  if (role === 'param' && typeof name === 'string') {
    if (CLIENT_PARAMS.has(name)) problem(file, path, `${name} is set by the client from credentials and options`);
    if (COMMON_PARAMS.has(name)) problem(file, path, `${name} is a common param, added to every method`);
  }
  if (role === 'response' && typeof name === 'string' && ENVELOPE_FIELDS.has(name)) problem(file, path, `${name} is an envelope field`);
}

function checkFieldList(file: string, path: string, list: unknown, shapes: Set<string>, role: 'param' | 'response' | 'shape'): string[] {
  if (!Array.isArray(list)) {
    problem(file, path, 'expected a list ([] for none)');
    return [];
  }
  const names: string[] = [];
  list.forEach((f, i) => {
    checkField(file, `${path}[${i}]`, f, shapes, role);
    if (isDict(f) && typeof f.name === 'string') {
      if (names.includes(f.name)) problem(file, `${path}[${i}]`, `field ${f.name} listed twice`);
      names.push(f.name);
    }
  });
  return names;
}

interface Loaded { file: string; doc: Dict }
interface ErrorCodes { codes: Map<number, Dict> }

function loadErrorCodes(extra: string | undefined): ErrorCodes {
  const codes = new Map<number, Dict>();
  const table = parse(readFileSync('catalog/errors.yaml', 'utf8')) as { codes: Dict[] };
  for (const c of table.codes) codes.set(Number(c.code), c);
  if (extra !== undefined) {
    if (!existsSync(extra)) throw new Error(`--new-codes: no file ${extra}`);
    const proposed = parse(readFileSync(extra, 'utf8')) as { codes?: Dict[] } | null;
    for (const c of proposed?.codes ?? []) codes.set(Number(c.code), c);
  }
  return { codes };
}

function checkFile({ file, doc }: Loaded, shapes: Set<string>, errorCodes: ErrorCodes, allMethodNames: Set<string>) {
  if (!checkKeys(file, '', doc, FILE_KEYS)) return;
  const m = /^([a-z][A-Za-z0-9]*)\.([a-z][A-Za-z0-9]*)\.yaml$/.exec(basename(file));
  if (!m) return problem(file, '', 'group files are named <namespace>.<group>.yaml');
  const [, ns, group] = m;
  if (doc.namespace !== ns) problem(file, 'namespace', `must be ${ns!}, as the file name says`);
  if (doc.group !== group) problem(file, 'group', `must be ${group!}, as the file name says`);

  // Shapes: PascalCase, group-prefixed, sorted, no clash with the core names.
  const prefix = group!.charAt(0).toUpperCase() + group!.slice(1).replace(/s$/, '');
  const shapeDefs = doc.shapes ?? {};
  if (!isDict(shapeDefs)) problem(file, 'shapes', 'expected a mapping of shape names');
  else {
    const names = Object.keys(shapeDefs);
    if (names.join('\n') !== [...names].sort(cmp).join('\n')) problem(file, 'shapes', 'shapes are written sorted by name');
    for (const name of names) {
      const path = `shapes.${name}`;
      if (!/^[A-Z][A-Za-z0-9]*$/.test(name)) problem(file, path, 'shape names are PascalCase');
      if (!name.startsWith(prefix)) problem(file, path, `a group file prefixes its shapes with ${prefix}`);
      if (CORE_SHAPES.has(name) || SITE_SHAPES.has(name)) problem(file, path, 'this name belongs to the core file or the site schema');
      const s = shapeDefs[name];
      if (!checkKeys(file, path, s, SHAPE_KEYS)) continue;
      checkText(file, path, 'description', s.description);
      checkSources(file, path, s.sources, true);
      checkFieldList(file, `${path}.fields`, s.fields, shapes, 'shape');
    }
  }

  // Methods.
  const methods = doc.methods;
  if (!Array.isArray(methods)) return problem(file, 'methods', 'expected a list');
  const names: string[] = [];
  methods.forEach((meth, i) => {
    const path = `methods[${i}]`;
    if (!checkKeys(file, path, meth, METHOD_KEYS)) return;
    const name = meth.name;
    if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/.test(name)) {
      problem(file, path, `method name ${String(name)} must be dot-separated words`);
      return;
    }
    names.push(name);
    if (!name.startsWith(`${group!}.`)) problem(file, path, `method names of this file start with ${group!}.`);
    checkText(file, path, 'description', meth.description);
    if (!['active', 'legacy', 'deprecated'].includes(String(meth.status))) problem(file, path, 'status: active | legacy | deprecated');
    if (meth.status === 'deprecated' && meth.deprecated === undefined) problem(file, path, 'status deprecated needs a deprecated note');
    if (meth.status === 'active' && meth.deprecated !== undefined) problem(file, path, 'an active method takes no deprecated note');
    if (!['signed', 'public'].includes(String(meth.access))) problem(file, path, 'access: signed | public');
    if (typeof meth.safeToRepeat !== 'boolean') problem(file, path, 'safeToRepeat must be true or false');
    if (meth.docs !== undefined && !/^https?:\/\/\S+$/.test(String(meth.docs))) problem(file, path, 'docs must be an http(s) URL');
    if (meth.verification !== undefined && !['verified', 'partial', 'recalled'].includes(String(meth.verification))) {
      problem(file, path, 'verification: verified | partial | recalled');
    }
    checkSources(file, path, meth.sources, true);
    const paramNames = checkFieldList(file, `${path}.params`, meth.params, shapes, 'param');
    if (checkKeys(file, `${path}.response`, meth.response, RESPONSE_KEYS)) {
      const resp = meth.response as Dict;
      const own = checkFieldList(file, `${path}.response.fields`, resp.fields, shapes, 'response');
      if (resp.extends !== undefined) {
        if (!Array.isArray(resp.extends)) problem(file, `${path}.response.extends`, 'expected a list of shape names');
        else for (const e of resp.extends) if (!shapes.has(String(e)) && !CORE_SHAPES.has(String(e))) problem(file, `${path}.response.extends`, `unknown shape ${String(e)}`);
      }
      if (meth.cursor !== undefined && checkKeys(file, `${path}.cursor`, meth.cursor, CURSOR_KEYS)) {
        const c = meth.cursor as Dict;
        if (!paramNames.includes(String(c.open))) problem(file, `${path}.cursor.open`, `no param ${String(c.open)}`);
        if (!paramNames.includes(String(c.param))) problem(file, `${path}.cursor.param`, `no param ${String(c.param)}`);
        if (!own.includes(String(c.next))) problem(file, `${path}.cursor.next`, `no response field ${String(c.next)}`);
        if (!own.includes(String(c.items))) problem(file, `${path}.cursor.items`, `no response field ${String(c.items)}`);
      }
    }
    // Errors: plain numbers (documented by the method's sources) or objects (inferred, or documented by a narrower source).
    if (!Array.isArray(meth.errors)) problem(file, `${path}.errors`, 'expected a list ([] for none)');
    else {
      const codes: number[] = [];
      meth.errors.forEach((e, j) => {
        const ep = `${path}.errors[${j}]`;
        let code: unknown = e;
        if (isDict(e)) {
          code = e.code;
          const keys = Object.keys(e).sort(cmp).join(',');
          if (keys !== 'code,inferred' && keys !== 'code,sources') problem(file, ep, 'an error object is { code, inferred: reason } or { code, sources: [...] }');
          if ('inferred' in e) checkText(file, ep, 'inferred', e.inferred);
          if ('sources' in e) checkSources(file, ep, e.sources, true);
        }
        if (!Number.isInteger(code)) return problem(file, ep, 'error codes are whole numbers');
        const n = code as number;
        if (!errorCodes.codes.has(n)) problem(file, ep, `code ${n} is neither in catalog/errors.yaml nor in the --new-codes file`);
        else if (errorCodes.codes.get(n)?.common === true && !isDict(e)) warnings.push(`${file}: ${ep}: ${n} is common; list it only where the documentation calls it out, or say why in an inferred entry`);
        if (codes.includes(n)) problem(file, ep, `code ${n} listed twice`);
        codes.push(n);
      });
      if (codes.join(',') !== [...codes].sort((a, b) => a - b).join(',')) problem(file, `${path}.errors`, 'codes are written sorted by number');
    }
    if (meth.notes !== undefined) {
      if (!Array.isArray(meth.notes)) problem(file, `${path}.notes`, 'expected a list of sentences');
      else meth.notes.forEach((n, j) => checkText(file, `${path}.notes[${j}]`, 'note', n, 4));
    }
  });
  if (new Set(names).size !== names.length) problem(file, 'methods', 'a method name is listed twice');
  if (names.join('\n') !== [...names].sort(cmp).join('\n')) problem(file, 'methods', 'methods are written sorted by name (code-point order)');

  // A method is never also the group of a dotted method; every group on the way is described.
  const groupsDesc = doc.groups;
  const described = new Set(isDict(groupsDesc) ? Object.keys(groupsDesc) : []);
  if (groupsDesc !== undefined && !isDict(groupsDesc)) problem(file, 'groups', 'expected a mapping of group paths to descriptions');
  if (isDict(groupsDesc)) {
    for (const [g, text] of Object.entries(groupsDesc)) {
      checkText(file, `groups.${g}`, 'description', text);
      if (g !== group && !g.startsWith(`${group!}.`)) problem(file, `groups.${g}`, `groups of this file start with ${group!}`);
      if (![...allMethodNames].some((n) => n.startsWith(`${g}.`))) problem(file, `groups.${g}`, 'no method lives under this group');
    }
    const keys = Object.keys(groupsDesc);
    if (keys.join('\n') !== [...keys].sort(cmp).join('\n')) problem(file, 'groups', 'groups are written sorted by path');
  }
  for (const n of names) {
    const parts = n.split('.');
    for (let k = 1; k < parts.length; k++) {
      const g = parts.slice(0, k).join('.');
      if (!described.has(g)) problem(file, 'groups', `group ${g} (of ${n}) has no description`);
      if (allMethodNames.has(g)) problem(file, 'methods', `${g} is both a method and the group of ${n}`);
    }
  }
}

/** Differences from the @gigya-ts/rest-api typings; each must be named in a note or doc of its method. */
function compareWithGts(loaded: Loaded[], dumpPath: string) {
  const gts = JSON.parse(readFileSync(dumpPath, 'utf8')) as Record<string, { params: { name: string; required: boolean }[]; response: { name: string; required: boolean }[] }>;
  const seen = new Set<string>();
  for (const { file, doc } of loaded) {
    for (const meth of (doc.methods as Dict[]) ?? []) {
      const name = String(meth.name);
      seen.add(name);
      const g = gts[name];
      const notes = JSON.stringify(meth.notes ?? []);
      const recorded = (word: string) => notes.includes(word);
      if (!g) {
        if (!recorded('@gigya-ts/rest-api')) problem(file, name, 'not in @gigya-ts/rest-api; say why in a note');
        continue;
      }
      const params = (meth.params as Dict[]) ?? [];
      const fields = ((meth.response as Dict)?.fields as Dict[]) ?? [];
      for (const p of g.params) {
        const mine = params.find((x) => x.name === p.name);
        if (!mine) { if (!recorded(p.name)) problem(file, name, `param ${p.name} of @gigya-ts/rest-api is not catalogued and no note says why`); }
        else if (mine.required !== p.required && !recorded(p.name)) problem(file, name, `param ${p.name}: required ${String(mine.required)} here, ${String(p.required)} in @gigya-ts/rest-api; record why in a note`);
      }
      for (const p of params) if (!g.params.some((x) => x.name === p.name) && !recorded(String(p.name))) problem(file, name, `param ${String(p.name)} is not in @gigya-ts/rest-api; record its source in a note`);
      for (const f of g.response) {
        const mine = fields.find((x) => x.name === f.name);
        if (!mine && !recorded(f.name)) problem(file, name, `response field ${f.name} of @gigya-ts/rest-api is not catalogued and no note says why`);
        else if (mine && mine.required !== f.required && !recorded(f.name)) problem(file, name, `response field ${f.name}: always-present ${String(mine.required)} here, ${String(f.required)} there; record why`);
      }
      for (const f of fields) if (!g.response.some((x) => x.name === f.name) && !recorded(String(f.name))) problem(file, name, `response field ${String(f.name)} is not in @gigya-ts/rest-api; record its source in a note`);
    }
  }
  for (const name of Object.keys(gts)) if (!seen.has(name)) problems.push(`@gigya-ts/rest-api method ${name} is in no group file`);
}

function main() {
  const args = process.argv.slice(2);
  let gtsDump: string | undefined;
  let newCodes: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--gts') gtsDump = args[++i];
    else if (args[i] === '--new-codes') newCodes = args[++i];
    else files.push(args[i]!);
  }
  if (files.length === 0) {
    for (const f of readdirSync('catalog').sort(cmp)) if (/^[^.]+\.[^.]+\.yaml$/.test(f)) files.push(join('catalog', f));
  }
  const loaded: Loaded[] = files.map((file) => ({ file, doc: parse(readFileSync(file, 'utf8')) as Dict }));
  const shapes = new Set<string>();
  const allMethodNames = new Set<string>();
  for (const { file, doc } of loaded) {
    for (const s of Object.keys(isDict(doc.shapes) ? doc.shapes : {})) {
      if (shapes.has(s)) problem(file, `shapes.${s}`, 'shape names are unique across the files of a namespace');
      shapes.add(s);
    }
    for (const m of Array.isArray(doc.methods) ? doc.methods : []) if (isDict(m) && typeof m.name === 'string') allMethodNames.add(m.name);
  }
  const errorCodes = loadErrorCodes(newCodes);
  for (const l of loaded) checkFile(l, shapes, errorCodes, allMethodNames);
  if (gtsDump) compareWithGts(loaded, gtsDump);

  // Shapes that nothing uses are a sign of a typo in a type.
  const used = JSON.stringify(loaded.map((l) => [l.doc.methods, l.doc.shapes]));
  for (const s of shapes) if (!new RegExp(`"(type|extends)":"?[^"]*\\b${s}\\b`).test(used) && !used.includes(`"${s}"`)) warnings.push(`shape ${s} is used nowhere`);

  for (const w of warnings) console.log(`warning: ${w}`);
  for (const p of problems) console.log(`problem: ${p}`);
  const methods = loaded.reduce((n, l) => n + (Array.isArray(l.doc.methods) ? l.doc.methods.length : 0), 0);
  console.log(`${loaded.length} files, ${methods} methods, ${shapes.size} shapes: ${problems.length} problems, ${warnings.length} warnings`);
  process.exitCode = problems.length ? 1 : 0;
}

main();
