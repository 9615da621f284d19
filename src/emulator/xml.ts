/**
 * The emulator's XML writer: Gigya's `format=xml` answers, readable by the client's parser
 * (src/wire/xml.ts), whose names, depth limit and item naming it shares.
 */
import { ILLEGAL_XML_CHAR, isXmlName, MAX_XML_DEPTH, singularOf } from '../wire/xml.js';

const ILLEGAL_XML_CHAR_GLOBAL = new RegExp(ILLEGAL_XML_CHAR.source, 'gu');

const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

function itemNameOf(field: string): string {
  const singular = singularOf(field);
  return isXmlName(singular) ? singular : 'item';
}

const ROOT_ATTRIBUTES =
  `xmlns="urn:com:gigya:api" xmlns:xsi="${XSI_NS}" xsi:schemaLocation="urn:com:gigya:api ` +
  `http://socialize.api.gigya.com/schema/1.0.xsd"`;

/**
 * Writes an envelope the way Gigya answers `format=xml`: the seed's declaration and root
 * `<{method}Response>` with Gigya's namespaces, one child element per field in `data` order.
 *
 * - `undefined`, `null`, `''`, `[]`, `{}` fields (and non-finite numbers, functions, symbols) are
 *   left out: Gigya omits fields without data.
 * - Objects become nested elements; arrays a container with one child per item, named by the
 *   singular of the field (`friends` → `friend`, `identities` → `identity`, otherwise `item`).
 *   A `null` item is kept as `<item xsi:nil="true"/>` so positions survive.
 * - Booleans are `true`/`false`; numbers as JavaScript prints them; values with `toJSON` (Date)
 *   are written as JSON would write them.
 * - Keys that are not XML names are written as `<field name="key">`.
 * - Characters XML 1.0 cannot carry at all (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF,
 *   lone surrogates) are replaced by U+FFFD; CR is written as `&#13;` so it survives parsing.
 *
 * @throws TypeError when `method` does not make a valid element name or `data` contains a cycle.
 */
export function toXmlEnvelope(method: string, data: Record<string, unknown>): string {
  const rootName = `${method}Response`;
  if (!isXmlName(rootName))
    throw new TypeError(
      `Cannot write an XML answer for method name ${JSON.stringify(method)}: it does not make a valid XML element ` +
        `name.`,
    );
  const out: string[] = ['<?xml version="1.0" encoding="utf-8"?>\n', `<${rootName} ${ROOT_ATTRIBUTES}>`];
  const seen = new Set<object>();
  let any = false;
  for (const [key, value] of Object.entries(data)) {
    const written = writeValue(key, key, value, 1, seen, false);
    if (written !== undefined) {
      out.push(written);
      any = true;
    }
  }
  out.push(any ? `\n</${rootName}>` : `</${rootName}>`);
  return out.join('');
}

/** Mirrors JSON.stringify's treatment of values: toJSON, dropped types, non-finite numbers. */
function jsonLike(key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    value = (value as { toJSON: (k: string) => unknown }).toJSON(key);
  }
  switch (typeof value) {
    case 'number':
      return Number.isFinite(value) ? value : null;
    case 'bigint':
      return value.toString();
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
    default:
      return value;
  }
}

function openTag(key: string, elementName: string, attrs = ''): { open: string; close: string } {
  if (isXmlName(elementName)) return { open: `<${elementName}${attrs}`, close: `</${elementName}>` };
  return { open: `<field name="${escapeXmlAttribute(key)}"${attrs}`, close: '</field>' };
}

/**
 * One field or array item as XML, or undefined when a field has no data. `inArray` keeps empty
 * items (an item's position matters) and writes null items as `xsi:nil`.
 */
function writeValue(
  key: string,
  elementName: string,
  raw: unknown,
  depth: number,
  seen: Set<object>,
  inArray: boolean,
): string | undefined {
  const value = jsonLike(key, raw);
  const indent = `\n${'    '.repeat(depth)}`;
  if (value === undefined || value === null) {
    if (!inArray) return undefined;
    const tag = openTag(key, elementName, ' xsi:nil="true"');
    return `${indent}${tag.open}/>`;
  }
  if (typeof value === 'object') {
    if (depth > MAX_XML_DEPTH)
      throw new TypeError(`Cannot write XML: field ${key} is nested deeper than ${MAX_XML_DEPTH} levels.`);
    if (seen.has(value)) throw new TypeError(`Cannot write XML: field ${key} contains a circular reference.`);
    seen.add(value);
    try {
      const parts: string[] = [];
      if (Array.isArray(value)) {
        const item = itemNameOf(key);
        for (let i = 0; i < value.length; i++) {
          parts.push(writeValue(item, item, value[i] === undefined ? null : value[i], depth + 1, seen, true)!);
        }
      } else {
        for (const [k, v] of Object.entries(value)) {
          const written = writeValue(k, k, v, depth + 1, seen, false);
          if (written !== undefined) parts.push(written);
        }
      }
      const tag = openTag(key, elementName);
      if (parts.length === 0) return inArray ? `${indent}${tag.open}/>` : undefined;
      return `${indent}${tag.open}>${parts.join('')}${indent}${tag.close}`;
    } finally {
      seen.delete(value);
    }
  }
  const text = typeof value === 'string' ? value : String(value);
  if (text === '' && !inArray) return undefined;
  const tag = openTag(key, elementName);
  return `${indent}${tag.open}>${escapeXmlText(text)}${tag.close}`;
}

function scrub(s: string): string {
  return ILLEGAL_XML_CHAR.test(s) ? s.replace(ILLEGAL_XML_CHAR_GLOBAL, '\uFFFD') : s;
}

/** Escapes character data: `&`, `<`, `>` (so `]]>` cannot appear), CR as `&#13;`; unencodable characters → U+FFFD. */
export function escapeXmlText(value: string): string {
  return scrub(value).replace(/[&<>\r]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&#13;',
  );
}

/** Escapes an attribute value for double quotes; tab, LF and CR as references so normalization keeps them. */
export function escapeXmlAttribute(value: string): string {
  return scrub(value).replace(/[&<>"'\t\n\r]/g, (c) => ATTR_ESCAPES[c]!);
}

const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
