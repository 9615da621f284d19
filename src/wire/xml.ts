/**
 * Gigya's XML response format (`format=xml`): a small strict parser and the conversion of an envelope
 * into the same object the JSON format gives. The writer the emulator answers with is src/emulator/xml.ts.
 *
 * The parser is non-validating and has no DTD support at all: a `<!DOCTYPE` is rejected, so
 * entity-expansion attacks ("billion laughs", external entities) cannot happen. Only the five
 * predefined entities and character references are understood.
 */

/** One element of a parsed document. Names keep their namespace prefix (`xsi:schemaLocation`). */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Character data directly inside this element (text and CDATA, whitespace kept), children excluded. */
  text: string;
}

/** Malformed or truncated XML. `truncated` is true when the input ended inside the document. */
export class XmlSyntaxError extends SyntaxError {
  /** Offset (UTF-16 code units) into the input where the problem was found. */
  readonly position: number;
  readonly line: number;
  readonly column: number;
  readonly truncated: boolean;

  constructor(problem: string, input: string, position: number, truncated = false) {
    const { line, column } = lineAndColumn(input, position);
    super(`Malformed XML at line ${line}, column ${column}: ${problem}`);
    this.name = 'XmlSyntaxError';
    this.position = position;
    this.line = line;
    this.column = column;
    this.truncated = truncated;
  }
}

function lineAndColumn(input: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(position, input.length);
  for (let i = 0; i < end; i++) {
    const c = input.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && input.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** Deeper documents are rejected: Gigya's answers are shallow, and the converters recurse. */
export const MAX_XML_DEPTH = 512;

const PREDEFINED_ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

// XML 1.0 `Char`: the `u` flag makes the surrogate range match lone surrogates only.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters XML 1.0 forbids are control characters.
export const ILLEGAL_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;

// XML's NameStartChar and NameChar ranges, by code point (u flag).
const NAME_START = new RegExp(
  '[:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D' +
    '\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}]',
  'u',
);
const NAME_REST = new RegExp(
  '[-.0-9\\u00B7\\u0300-\\u036F\\u203F\\u2040:A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF' +
    '\\u0370-\\u037D\\u037F-\\u1FFF\\u200C\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-' +
    '\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}]',
  'u',
);
// The version, encoding and standalone attributes of an XML declaration, in that order.
const XML_DECLARATION_ATTRIBUTES = new RegExp(
  '^\\s+version\\s*=\\s*(["\'])1\\.[0-9]+\\1(\\s+encoding\\s*=\\s*(["\'])[A-Za-z][A-Za-z0-9._-]*\\3)?(' +
    '\\s+standalone\\s*=\\s*(["\'])(yes|no)\\5)?\\s*$',
);
const NAME_AT = new RegExp(`${NAME_START.source}${NAME_REST.source}*`, 'uy');
const XML_NAME = new RegExp(`^${NAME_START.source}${NAME_REST.source}*$`, 'u');

/** Whether `name` can be used as an element or attribute name. */
export function isXmlName(name: string): boolean {
  return XML_NAME.test(name);
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/**
 * Parses a complete XML document and returns its root element.
 * @throws XmlSyntaxError with the position of the first problem (and `truncated` when the input ends early).
 */
export function parseXml(text: string): XmlElement {
  return new Parser(text).document();
}

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  private fail(problem: string, at: number = this.pos): never {
    throw new XmlSyntaxError(problem, this.src, at);
  }

  private eof(what: string): never {
    throw new XmlSyntaxError(`the document ends early, inside ${what}`, this.src, this.src.length, true);
  }

  private skipSpace(): void {
    while (this.pos < this.src.length && isSpace(this.src.charCodeAt(this.pos))) this.pos++;
  }

  private startsWith(token: string): boolean {
    return this.src.startsWith(token, this.pos);
  }

  private name(what: string): string {
    if (this.pos >= this.src.length) this.eof(what);
    NAME_AT.lastIndex = this.pos;
    const m = NAME_AT.exec(this.src);
    if (!m) this.fail(`expected ${what}`);
    this.pos += m[0].length;
    return m[0];
  }

  document(): XmlElement {
    const illegal = ILLEGAL_XML_CHAR.exec(this.src);
    if (illegal)
      this.fail(
        `character U+${illegal[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} is not allowed in ` +
          `XML 1.0`,
        illegal.index,
      );
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (this.startsWith('<?xml') && this.isPiEnd(this.pos + 5)) this.xmlDeclaration();
    this.misc();
    if (this.pos >= this.src.length) this.eof('the prolog (no root element)');
    if (this.src.charCodeAt(this.pos) !== 0x3c /* < */) this.fail('text is not allowed outside the root element');
    const root = this.element();
    this.misc();
    if (this.pos < this.src.length) {
      this.fail(
        this.src.charCodeAt(this.pos) === 0x3c
          ? 'a document has exactly one root element'
          : 'text is not allowed after the root element',
      );
    }
    return root;
  }

  private isPiEnd(at: number): boolean {
    const c = this.src.charCodeAt(at);
    return Number.isNaN(c) || isSpace(c) || this.src.startsWith('?>', at);
  }

  private xmlDeclaration(): void {
    const start = this.pos;
    const end = this.src.indexOf('?>', this.pos);
    if (end < 0) this.eof('the XML declaration');
    const body = this.src.slice(this.pos + 5, end);
    if (!XML_DECLARATION_ATTRIBUTES.test(body)) {
      this.fail('malformed XML declaration', start);
    }
    this.pos = end + 2;
  }

  /** Comments, processing instructions and whitespace around the root element. */
  private misc(): void {
    for (;;) {
      this.skipSpace();
      if (this.startsWith('<!--')) this.comment();
      else if (this.startsWith('<?')) this.processingInstruction();
      else if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype')) {
        this.fail(
          'DOCTYPE declarations are not supported (no DTDs or custom entities are accepted, which rules out ' +
            'entity-expansion attacks)',
        );
      } else {
        if (this.startsWith('<!')) {
          this.failIncompleteMarkup();
          this.fail("unexpected '<!'");
        }
        return;
      }
    }
  }

  /** The input ends inside the opening of a comment, CDATA section or declaration. */
  private failIncompleteMarkup(): void {
    const rest = this.src.slice(this.pos);
    if (['<!--', '<![CDATA[', '<!DOCTYPE'].some((token) => rest.length < token.length && token.startsWith(rest)))
      this.eof('markup');
  }

  private comment(): void {
    const start = this.pos;
    const end = this.src.indexOf('--', start + 4);
    if (end < 0) this.eof('a comment');
    if (this.src.charCodeAt(end + 2) !== 0x3e /* > */) {
      if (end + 2 >= this.src.length) this.eof('a comment');
      this.fail("'--' is not allowed inside a comment", end);
    }
    this.pos = end + 3;
  }

  private processingInstruction(): void {
    const start = this.pos;
    this.pos += 2;
    const target = this.name('a processing instruction target');
    if (target.toLowerCase() === 'xml')
      this.fail('the XML declaration is only allowed at the very start of the document', start);
    const end = this.src.indexOf('?>', this.pos);
    if (end < 0) this.eof('a processing instruction');
    if (end > this.pos && !isSpace(this.src.charCodeAt(this.pos)))
      this.fail('expected whitespace after the processing instruction target');
    this.pos = end + 2;
  }

  /** An element and everything inside it, with an explicit stack instead of recursion. */
  private element(): XmlElement {
    const root = this.startTag();
    if (root.selfClosing) return root.element;
    const stack: XmlElement[] = [root.element];
    const textParts: string[][] = [[]];
    while (stack.length > 0) {
      const current = stack[stack.length - 1]!;
      const parts = textParts[textParts.length - 1]!;
      if (this.pos >= this.src.length) this.eof(`element <${current.name}>`);
      const lt = this.src.indexOf('<', this.pos);
      if (lt < 0) {
        this.text(parts, this.src.length);
        this.eof(`element <${current.name}>`);
      }
      if (lt > this.pos) this.text(parts, lt);
      if (this.startsWith('</')) {
        const at = this.pos;
        this.pos += 2;
        const name = this.name('an end tag name');
        this.skipSpace();
        if (this.pos >= this.src.length) this.eof(`the end tag </${name}>`);
        if (this.src.charCodeAt(this.pos) !== 0x3e) this.fail(`expected '>' to close the end tag </${name}>`);
        this.pos++;
        if (name !== current.name)
          this.fail(`end tag </${name}> does not match the open element <${current.name}>`, at);
        current.text = parts.join('');
        stack.pop();
        textParts.pop();
      } else if (this.startsWith('<!--')) {
        this.comment();
      } else if (this.startsWith('<![CDATA[')) {
        const end = this.src.indexOf(']]>', this.pos + 9);
        if (end < 0) this.eof('a CDATA section');
        parts.push(normalizeNewlines(this.src.slice(this.pos + 9, end)));
        this.pos = end + 3;
      } else if (this.startsWith('<?')) {
        this.processingInstruction();
      } else if (this.startsWith('<!')) {
        if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype'))
          this.fail('DOCTYPE declarations are not supported');
        this.failIncompleteMarkup();
        this.fail("unexpected '<!'");
      } else {
        if (stack.length >= MAX_XML_DEPTH) this.fail(`elements are nested deeper than ${MAX_XML_DEPTH} levels`);
        const child = this.startTag();
        current.children.push(child.element);
        if (!child.selfClosing) {
          stack.push(child.element);
          textParts.push([]);
        }
      }
    }
    return root.element;
  }

  private startTag(): { element: XmlElement; selfClosing: boolean } {
    this.pos++; // '<'
    const name = this.name('an element name');
    const attributes: Record<string, string> = {};
    for (;;) {
      const before = this.pos;
      this.skipSpace();
      if (this.pos >= this.src.length) this.eof(`the start tag <${name}>`);
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x3e /* > */) {
        this.pos++;
        return { element: { name, attributes, children: [], text: '' }, selfClosing: false };
      }
      if (c === 0x2f /* / */) {
        if (this.pos + 1 >= this.src.length) this.eof(`the start tag <${name}>`);
        if (this.src.charCodeAt(this.pos + 1) !== 0x3e) this.fail(`expected '/>' to end the start tag <${name}>`);
        this.pos += 2;
        return { element: { name, attributes, children: [], text: '' }, selfClosing: true };
      }
      if (this.pos === before) this.fail(`expected whitespace, '>' or '/>' in the start tag <${name}>`);
      const attrAt = this.pos;
      const attr = this.name('an attribute name');
      this.skipSpace();
      if (this.pos >= this.src.length) this.eof(`the start tag <${name}>`);
      if (this.src.charCodeAt(this.pos) !== 0x3d /* = */) this.fail(`expected '=' after the attribute name ${attr}`);
      this.pos++;
      this.skipSpace();
      if (this.pos >= this.src.length) this.eof(`the start tag <${name}>`);
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail(`the value of attribute ${attr} must be quoted`);
      const end = this.src.indexOf(quote, this.pos + 1);
      if (end < 0) this.eof(`the value of attribute ${attr}`);
      const raw = this.src.slice(this.pos + 1, end);
      const lt = raw.indexOf('<');
      if (lt >= 0) this.fail(`'<' is not allowed in an attribute value`, this.pos + 1 + lt);
      if (Object.hasOwn(attributes, attr)) this.fail(`duplicate attribute ${attr}`, attrAt);
      // Attribute-value normalization: literal whitespace becomes a space; character references survive.
      const value = this.decode(raw, this.pos + 1, true);
      defineField(attributes, attr, value);
      this.pos = end + 1;
    }
  }

  private text(parts: string[], end: number): void {
    const raw = this.src.slice(this.pos, end);
    const cdataEnd = raw.indexOf(']]>');
    if (cdataEnd >= 0) this.fail("']]>' is not allowed in text", this.pos + cdataEnd);
    parts.push(this.decode(raw, this.pos, false));
    this.pos = end;
  }

  /**
   * Expands entity and character references and normalizes line ends in the literal parts (and,
   * in attribute values, tab/LF to a space). `offset` locates `raw` in the input, for errors.
   */
  private decode(raw: string, offset: number, attribute: boolean): string {
    const literal = (s: string): string =>
      attribute ? normalizeNewlines(s).replace(/[\t\n]/g, ' ') : normalizeNewlines(s);
    if (!raw.includes('&')) return literal(raw);
    let out = '';
    let i = 0;
    for (;;) {
      const amp = raw.indexOf('&', i);
      if (amp < 0) return out + literal(raw.slice(i));
      out += literal(raw.slice(i, amp));
      const semi = raw.indexOf(';', amp + 1);
      if (semi < 0) {
        if (offset + raw.length >= this.src.length) this.eof('an entity reference');
        this.fail("'&' must be written as &amp;", offset + amp);
      }
      const ref = raw.slice(amp + 1, semi);
      if (ref.startsWith('#')) {
        const hex = ref[1] === 'x';
        const digits = ref.slice(hex ? 2 : 1);
        if (!(hex ? /^[0-9A-Fa-f]{1,8}$/ : /^[0-9]{1,10}$/).test(digits))
          this.fail(`malformed character reference &${ref};`, offset + amp);
        const code = parseInt(digits, hex ? 16 : 10);
        if (!isXmlChar(code))
          this.fail(`character reference &${ref}; names a character XML 1.0 does not allow`, offset + amp);
        out += String.fromCodePoint(code);
      } else {
        const value = Object.hasOwn(PREDEFINED_ENTITIES, ref) ? PREDEFINED_ENTITIES[ref] : undefined;
        if (value === undefined)
          this.fail(
            `unknown entity &${ref}; (only &amp; &lt; &gt; &quot; &apos; and character references are supported)`,
            offset + amp,
          );
        out += value;
      }
      i = semi + 1;
    }
  }
}

function normalizeNewlines(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

/** Sets a field without ever touching the prototype (`__proto__` arrives as plain data). */
function defineField(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__')
    Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

// ---------------------------------------------------------------------------------------------
// Envelope ↔ object

/**
 * The type of a response value, so XML text (which carries no types) parses to what JSON gives.
 * `json` means "any JSON value": its leaves stay strings, since XML cannot tell `1` from `"1"`.
 */
export type ValueHint =
  | 'string'
  | 'number'
  | 'boolean'
  | 'json'
  | { readonly fields: Readonly<Record<string, ValueHint>> }
  | { readonly items: ValueHint };

/** Hints for the top-level fields of a method's response. */
export type ResponseHints = Readonly<Record<string, ValueHint>>;

/**
 * Envelope fields typed the same in every Gigya answer, whatever the hints say: the numbers, and
 * the `validationErrors` list any method's 400006/400009 answer may carry.
 */
const ENVELOPE_NUMBERS: ResponseHints = {
  statusCode: 'number',
  errorCode: 'number',
  apiVersion: 'number',
  validationErrors: { items: { fields: { errorCode: 'number', message: 'string', fieldName: 'string' } } },
};

/**
 * Converts the root element of a Gigya XML answer into the object the JSON format would give.
 *
 * - Fields named by `hints` get their type (numbers and booleans that do not parse stay strings,
 *   so no data is lost); `statusCode`, `errorCode` and `apiVersion` are always numbers, `validationErrors` always a
 *   list.
 * - Unhinted leaves are strings. An unhinted element becomes an array when it holds several
 *   children of one name, or children named as `toXmlEnvelope` names array items (`item`, or the
 *   singular of the container: `friends` → `friend`); otherwise an object, where repeated names
 *   become arrays.
 * - Elements marked `xsi:nil="true"` are `null`. Missing elements stay missing.
 */
export function xmlEnvelopeToObject(root: XmlElement, hints?: ResponseHints): Record<string, unknown> {
  const fields: Record<string, ValueHint> = { ...hints, ...ENVELOPE_NUMBERS };
  return toObject(root, fields);
}

function isNil(el: XmlElement): boolean {
  for (const [name, value] of Object.entries(el.attributes)) {
    if ((name === 'xsi:nil' || name.endsWith(':nil')) && value.trim() === 'true') return true;
  }
  return false;
}

/** The key an element stands for: its name, or the `name` attribute of a `<field>` (keys that are not XML names). */
function keyOf(el: XmlElement): string {
  if (el.name === 'field' && typeof el.attributes['name'] === 'string') return el.attributes['name'];
  return el.name;
}

function toObject(el: XmlElement, hints: Readonly<Record<string, ValueHint>> | undefined): Record<string, unknown> {
  const groups = new Map<string, XmlElement[]>();
  for (const child of el.children) {
    const key = keyOf(child);
    const group = groups.get(key);
    if (group) group.push(child);
    else groups.set(key, [child]);
  }
  const out: Record<string, unknown> = {};
  for (const [key, group] of groups) {
    const hint = hints && Object.hasOwn(hints, key) ? hints[key] : undefined;
    if (group.length === 1) {
      defineField(out, key, convert(group[0]!, hint));
    } else {
      // Repeated elements: an array of the items (each typed by the item hint when there is one).
      const itemHint = hint !== undefined && typeof hint === 'object' && 'items' in hint ? hint.items : hint;
      defineField(
        out,
        key,
        group.map((child) => convert(child, itemHint)),
      );
    }
  }
  return out;
}

function convert(el: XmlElement, hint: ValueHint | undefined): unknown {
  if (isNil(el)) return null;
  if (typeof hint === 'object') {
    if ('items' in hint) return el.children.map((child) => convert(child, hint.items));
    return toObject(el, hint.fields);
  }
  if (el.children.length > 0) return generic(el);
  switch (hint) {
    case 'number': {
      const t = el.text.trim();
      const n = t === '' ? NaN : Number(t);
      return Number.isFinite(n) ? n : el.text;
    }
    case 'boolean': {
      const t = el.text.trim().toLowerCase();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0') return false;
      return el.text;
    }
    default:
      return el.text;
  }
}

/** An element with children and no (usable) hint. */
function generic(el: XmlElement): unknown {
  const first = el.children[0]!;
  const sameName = el.children.every((c) => c.name === first.name && keyOf(c) === first.name);
  if (sameName && (el.children.length > 1 || first.name === 'item' || first.name === singularOf(el.name))) {
    return el.children.map((child) => convert(child, undefined));
  }
  return toObject(el, undefined);
}

/**
 * Item element name for an array field: `friends` → `friend`, `identities` → `identity`,
 * `addresses` → `address`; `item` when the field does not look like an English plural.
 */
export function singularOf(field: string): string {
  if (field.length > 3 && field.endsWith('ies')) return `${field.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh)es$/.test(field)) return field.slice(0, -2);
  if (field.length > 1 && field.endsWith('s') && !/(?:ss|us|is)$/.test(field)) return field.slice(0, -1);
  return 'item';
}
