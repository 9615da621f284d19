/**
 * A fast reader for the YAML the catalog is written in: block mappings and sequences, flow lists
 * and mappings (also over several lines), plain and quoted scalars, comments. It gives the same
 * values as the `yaml` package under YAML 1.2's core schema, with the line of every key and value.
 *
 * Anything outside that subset (block scalars, anchors, tags, multi-line plain scalars, documents,
 * tabs, a syntax error) makes it return undefined, and the caller reads the file with the `yaml`
 * package instead, whose messages name the problem. So the subset is a speed-up, never a limit:
 * `test/codegen/yaml.test.ts` checks both readers agree on every catalog file and on edge cases.
 */
import type { YNode, YPair, YScalarValue } from './yaml.js';

/** Thrown inside the parser to give up; never escapes `parseFast`. */
class Unsupported extends Error {}

const unsupported = (): never => {
  throw new Unsupported();
};

interface Line {
  readonly indent: number;
  /** The content without indentation, trailing spaces or comment. */
  readonly text: string;
  readonly no: number;
  /** `keySplit(text)`, once computed (null: not a key). */
  split?: { key: string; rest: string } | null;
}

/** `key: rest` of a line, computed once per line. */
function splitOf(line: Line): { key: string; rest: string } | undefined {
  if (line.split === undefined) line.split = keySplit(line.text) ?? null;
  return line.split ?? undefined;
}

/** Parses `text`, or returns undefined when it is not in the subset. */
export function parseFast(text: string): { root: YNode | null } | undefined {
  try {
    const lines = splitLines(text);
    if (lines.length === 0) return { root: null };
    const p = new Parser(lines);
    const root = p.block((lines[0] as Line).indent);
    if (p.i < lines.length) unsupported();
    return { root };
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

function splitLines(text: string): Line[] {
  const out: Line[] = [];
  // Native string methods only: a first run is interpreted, and per-character loops over a large
  // catalog would cost more than the whole parse.
  const raw = text.split('\n');
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i] as string;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.charCodeAt(0) === 35) continue;
    const indent = line.length - line.trimStart().length;
    if (line.charCodeAt(indent - 1) === 9 || line.slice(0, indent).includes('\t')) unsupported();
    const body = trimmed.includes('#') ? stripComment(trimmed) : trimmed;
    if (body === '') continue;
    if (indent === 0 && (body.startsWith('---') || body.startsWith('...') || body.startsWith('%'))) unsupported();
    out.push({ indent, text: body, no: i + 1 });
  }
  return out;
}

/** The line without a trailing comment (a `#` after a space, outside quotes) and trailing spaces. */
function stripComment(s: string): string {
  if (!s.includes("'") && !s.includes('"')) {
    if (s.startsWith('#')) return '';
    const at = s.indexOf(' #');
    return at < 0 ? s : s.slice(0, at).trimEnd();
  }
  let quote = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (quote !== '') {
      if (quote === '"' && c === '\\') i++;
      else if (c === quote) {
        if (quote === "'" && s[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (c === '#' && (i === 0 || s[i - 1] === ' ')) return s.slice(0, i).trimEnd();
    // Quotes open a scalar only where one may start (after `: `, `- `, `[`, `{`, `,` or at the start).
    if ((c === '"' || c === "'") && (i === 0 || /[\s[{,:]/.test(s[i - 1] as string))) quote = c;
  }
  if (quote !== '') unsupported();
  return s;
}

class Parser {
  i = 0;
  constructor(readonly lines: readonly Line[]) {}

  get line(): Line | undefined {
    return this.lines[this.i];
  }

  /** The block node starting at the current line, whose lines are indented exactly `indent`. */
  block(indent: number): YNode | null {
    const line = this.line;
    if (line === undefined || line.indent < indent) return null;
    if (line.indent > indent) unsupported();
    if (line.text === '-' || line.text.startsWith('- ')) return this.sequence(indent);
    if (line.text.startsWith('[') || line.text.startsWith('{')) return this.inlineOrFlow(line.text, line, indent - 1);
    if (splitOf(line) !== undefined) return this.mapping(indent, undefined);
    // A lone scalar (a whole document, or a value on its own line): one line only.
    const node = this.inlineValue(line.text, line.no);
    this.i++;
    this.noContinuation(indent - 1);
    return node;
  }

  sequence(indent: number): YNode {
    const items: (YNode | null)[] = [];
    let split: { key: string; rest: string } | undefined;
    const first = this.line as Line;
    while (this.line !== undefined && this.line.indent === indent) {
      const line = this.line;
      if (!(line.text === '-' || line.text.startsWith('- '))) break;
      const rest = line.text === '-' ? '' : line.text.slice(2).trimStart();
      const restIndent = indent + (line.text.length - rest.length);
      if (rest === '') {
        this.i++;
        const next = this.line;
        items.push(
          next !== undefined && next.indent > indent
            ? this.block(next.indent)
            : { kind: 'scalar', line: line.no, value: null },
        );
      } else if (rest.startsWith('- ') || rest === '-') {
        unsupported();
      } else if (!rest.startsWith('[') && !rest.startsWith('{') && (split = keySplit(rest)) !== undefined) {
        // `- key: value` opens a mapping whose keys sit at the column of `key`.
        items.push(this.mapping(restIndent, { text: rest, no: line.no, indent: restIndent, split }));
      } else {
        items.push(this.inlineOrFlow(rest, line, indent));
      }
    }
    if (this.line !== undefined && this.line.indent > indent) unsupported();
    return { kind: 'seq', line: first.no, items };
  }

  /** A block mapping; `head` is its first line when it starts after `- `. */
  mapping(indent: number, head: Line | undefined): YNode {
    const items: YPair[] = [];
    const firstNo = head?.no ?? (this.line as Line).no;
    // The current line is the one being read: `inlineOrFlow` moves past it, an empty value moves here.
    let current: Line | undefined = head;
    for (;;) {
      if (current === undefined) {
        const line = this.line;
        if (line === undefined || line.indent !== indent) break;
        current = line;
      }
      const split = splitOf(current);
      if (split === undefined) unsupported();
      const { key, rest } = split as { key: string; rest: string };
      const keyText = keyValue(key);
      if (rest === '') {
        this.i++;
        const next = this.line;
        // An empty value is a null scalar on the key's line, as the yaml package reads it.
        let value: YNode | null = { kind: 'scalar', line: current.no, value: null };
        if (next !== undefined && next.indent > indent) value = this.block(next.indent);
        // A sequence may sit at the key's own indentation (`key:\n- a`).
        else if (next !== undefined && next.indent === indent && (next.text === '-' || next.text.startsWith('- ')))
          value = this.sequence(indent);
        items.push({ key: keyText, keyLine: current.no, value });
      } else {
        items.push({ key: keyText, keyLine: current.no, value: this.inlineOrFlow(rest, current, indent) });
      }
      current = undefined;
    }
    if (this.line !== undefined && this.line.indent > indent) unsupported();
    return { kind: 'map', line: firstNo, items };
  }

  /**
   * A value written after `key: ` or `- `: a scalar, or a flow collection that may go on over the
   * next lines. `owner` is the column of the key or dash: deeper lines after it continue the value.
   */
  inlineOrFlow(rest: string, line: Line, owner: number): YNode | null {
    if (rest.startsWith('[') || rest.startsWith('{')) {
      let text = rest;
      const starts = [{ pos: 0, no: line.no }];
      let j = this.i;
      while (!flowClosed(text)) {
        const next = this.lines[++j];
        if (next === undefined || next.indent <= owner) unsupported();
        starts.push({ pos: text.length + 1, no: (next as Line).no });
        text += ` ${(next as Line).text}`;
      }
      this.i = j + 1;
      const flow = new FlowParser(text, starts);
      const node = flow.value();
      flow.end();
      this.noContinuation(owner);
      return node;
    }
    const node = this.inlineValue(rest, line.no);
    this.i++;
    // A plain scalar continued on the next line (a multi-line plain scalar) is left to the full reader.
    this.noContinuation(owner);
    return node;
  }

  noContinuation(owner: number): void {
    const next = this.line;
    if (next !== undefined && next.indent > owner) unsupported();
  }

  inlineValue(text: string, no: number): YNode | null {
    const value = scalarText(text, 'block');
    return { kind: 'scalar', line: no, value };
  }
}

/** `key: rest` at the start of a line (plain or quoted key), or undefined when the line is not a key. */
function keySplit(text: string): { key: string; rest: string } | undefined {
  let end: number;
  if (text.startsWith('"') || text.startsWith("'")) {
    end = quotedEnd(text, 0);
    if (end < 0) return undefined;
    if (text[end] !== ':') return undefined;
  } else {
    const c = text.charCodeAt(0);
    // [ { & * ! | > % @ ` ? start no plain key; `- ` starts a list item.
    if (c === 91 || c === 123 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 37 || c === 64)
      return undefined;
    if (c === 96 || c === 63 || text.startsWith('- ')) return undefined;
    end = text.indexOf(': ');
    if (end < 0 && text.endsWith(':')) end = text.length - 1;
    if (end <= 0) return undefined;
  }
  const rest = end + 1 === text.length ? '' : text.slice(end + 1).trimStart();
  const r = rest.charCodeAt(0);
  // & * ! | > after a key: anchors, aliases, tags and block scalars are the full reader's.
  if (r === 38 || r === 42 || r === 33 || r === 124 || r === 62) unsupported();
  return { key: end > 0 && text.charCodeAt(end - 1) === 32 ? text.slice(0, end).trimEnd() : text.slice(0, end), rest };
}

/** A mapping key's text: plain text as is, quoted text unquoted. */
function keyValue(raw: string): string {
  if (raw.startsWith('"') || raw.startsWith("'")) {
    const v = quoted(raw);
    if (v.end !== raw.length) unsupported();
    return v.value;
  }
  // A plain key holding what YAML would read as a non-string is left to the full reader.
  const c = raw.charCodeAt(0);
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
    if (raw !== 'true' && raw !== 'false' && raw !== 'null' && raw !== 'True' && raw !== 'False') return raw;
  }
  const v = plainScalar(raw);
  if (typeof v !== 'string') unsupported();
  return raw;
}

/** Whether every `[`/`{` of a flow collection is closed (outside quotes). */
function flowClosed(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, i);
      if (end < 0) return false;
      i = end - 1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') depth--;
  }
  return depth <= 0;
}

/** Index just after the closing quote of the quoted scalar starting at `start`; -1 when unclosed. */
function quotedEnd(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === '\\') {
      i++;
      continue;
    }
    if (c === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

const ESCAPES: Readonly<Record<string, string>> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

/** A quoted scalar at the start of `text`: its value and where it ends. */
function quoted(text: string): { value: string; end: number } {
  const end = quotedEnd(text, 0);
  if (end < 0) unsupported();
  const body = text.slice(1, end - 1);
  if (text[0] === "'") return { value: body.replace(/''/g, "'"), end };
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = body[++i] as string;
    const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hex > 0) {
      const digits = body.slice(i + 1, i + 1 + hex);
      if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) unsupported();
      out += String.fromCodePoint(Number.parseInt(digits, 16));
      i += hex;
    } else {
      const mapped = ESCAPES[e];
      if (mapped === undefined) unsupported();
      out += mapped;
    }
  }
  return { value: out, end };
}

/** A whole scalar written on one line (`block`) or inside a flow collection (`flow`). */
function scalarText(text: string, context: 'block' | 'flow'): YScalarValue {
  if (text.startsWith('"') || text.startsWith("'")) {
    const q = quoted(text);
    if (q.end !== text.length) unsupported();
    return q.value;
  }
  if (/^[[\]{}&*!|>%@`,]/.test(text) || /^[-?:](\s|$)/.test(text)) unsupported();
  if (context === 'block' && / #|: /.test(text)) unsupported();
  if (text.endsWith(':')) unsupported();
  return plainScalar(text);
}

/** A plain scalar resolved as YAML 1.2's core schema does (null, booleans, numbers, else text). */
function plainScalar(text: string): YScalarValue {
  if (text === '' || text === '~' || text === 'null' || text === 'Null' || text === 'NULL') return null;
  if (text === 'true' || text === 'True' || text === 'TRUE') return true;
  if (text === 'false' || text === 'False' || text === 'FALSE') return false;
  const c = text.charCodeAt(0);
  // Numbers start with a digit, a sign or a dot; everything else is text.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    if (/^[-+]?[0-9]+$/.test(text)) {
      const n = Number(text);
      // The yaml package keeps large integers as numbers too (losing precision), as JSON does.
      return n;
    }
    if (/^0o[0-7]+$/.test(text)) return Number.parseInt(text.slice(2), 8);
    if (/^0x[0-9a-fA-F]+$/.test(text)) return Number.parseInt(text.slice(2), 16);
    if (/^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/.test(text)) return Number(text);
    if (/^[-+]?\.(inf|Inf|INF)$/.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
    if (/^\.(nan|NaN|NAN)$/.test(text)) return Number.NaN;
  }
  return text;
}

/** Flow collections (`[a, b]`, `{ k: v }`), nested, on the logical line they were joined into. */
class FlowParser {
  pos = 0;
  constructor(
    readonly text: string,
    /** Where each joined source line starts in `text`, so every value keeps its own line. */
    readonly starts: readonly { readonly pos: number; readonly no: number }[],
  ) {}

  get lineNo(): number {
    let no = (this.starts[0] as { no: number }).no;
    for (const s of this.starts) if (s.pos <= this.pos) no = s.no;
    return no;
  }

  skip(): void {
    while (this.text[this.pos] === ' ') this.pos++;
  }

  end(): void {
    this.skip();
    if (this.pos !== this.text.length) unsupported();
  }

  value(): YNode | null {
    this.skip();
    const c = this.text[this.pos];
    if (c === '[') return this.seq();
    if (c === '{') return this.map();
    const line = this.lineNo;
    return { kind: 'scalar', line, value: this.scalar() };
  }

  /** A scalar up to the next `,`, `]`, `}` (or `:` + space in a mapping key). */
  scalar(stopAtColon = false): YScalarValue {
    this.skip();
    const start = this.pos;
    if (this.text[start] === '"' || this.text[start] === "'") {
      const q = quoted(this.text.slice(start));
      this.pos = start + q.end;
      return q.value;
    }
    let i = start;
    for (; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === ',' || ch === ']' || ch === '}' || ch === '[' || ch === '{') break;
      if (ch === ':' && (this.text[i + 1] === ' ' || this.text[i + 1] === ',' || i + 1 === this.text.length)) {
        if (stopAtColon) break;
        unsupported();
      }
      if (ch === '#' && this.text[i - 1] === ' ') unsupported();
    }
    const raw = this.text.slice(start, i).trimEnd();
    this.pos = i;
    if (raw === '') unsupported();
    return scalarText(raw, 'flow');
  }

  seq(): YNode {
    const line = this.lineNo;
    this.pos++;
    const items: (YNode | null)[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === ']') {
        this.pos++;
        break;
      }
      items.push(this.value());
      this.skip();
      const ch = this.text[this.pos];
      if (ch === ',') this.pos++;
      else if (ch !== ']') unsupported();
    }
    return { kind: 'seq', line, items };
  }

  map(): YNode {
    const line = this.lineNo;
    this.pos++;
    const items: YPair[] = [];
    for (;;) {
      this.skip();
      if (this.text[this.pos] === '}') {
        this.pos++;
        break;
      }
      const keyLine = this.lineNo;
      const key = this.scalar(true);
      if (typeof key !== 'string') unsupported();
      this.skip();
      if (this.text[this.pos] !== ':') unsupported();
      this.pos++;
      this.skip();
      const ch = this.text[this.pos];
      const value: YNode | null =
        ch === ',' || ch === '}' ? { kind: 'scalar', line: keyLine, value: null } : this.value();
      items.push({ key: key as string, keyLine, value });
      this.skip();
      const next = this.text[this.pos];
      if (next === ',') this.pos++;
      else if (next !== '}') unsupported();
    }
    return { kind: 'map', line, items };
  }
}
