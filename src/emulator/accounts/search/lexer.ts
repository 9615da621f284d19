/**
 * Tokens of Gigya's SQL-like query language. Keywords are recognized by the parser, case-insensitively,
 * from word tokens, so a field path such as `data.limit` stays a field.
 */

export type TokenKind = 'word' | 'string' | 'number' | 'op' | 'lparen' | 'rparen' | 'comma' | 'star' | 'eof';

export interface Token {
  readonly kind: TokenKind;
  /** Word and op text, decoded string contents, number source text. */
  readonly text: string;
  /** 0-based offset of the first character. */
  readonly pos: number;
  /** Offset just past the token. */
  readonly end: number;
}

/** A query that cannot be read, with the offset where reading stopped. */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  constructor(
    message: string,
    /** 0-based offset in the query. */
    readonly position: number,
    readonly query: string,
  ) {
    super(message);
  }

  /** 1-based line and column of the position. */
  get location(): { line: number; column: number } {
    const before = this.query.slice(0, this.position);
    const lines = before.split('\n');
    return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
  }

  /** `message at line 1, column 28 (position 27)` plus the line with a caret under the spot. */
  describe(): string {
    const { line, column } = this.location;
    const text = this.query.split('\n')[line - 1] ?? '';
    // Long lines are cut around the spot so the caret stays readable.
    const from = Math.max(0, column - 1 - 40);
    const shown = text.slice(from, from + 80);
    const caret = `${' '.repeat(column - 1 - from)}^`;
    return `${this.message} at line ${line}, column ${column} (position ${this.position}):\n  ${shown}\n  ${caret}`;
  }
}

const WORD_START = /[A-Za-z_$]/;
const WORD_PART = /[A-Za-z0-9_$]/;

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** Splits a query into tokens; throws QuerySyntaxError on characters the language has no use for. */
export function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    const c = query[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (WORD_START.test(c)) {
      // A word may be a dotted path: profile.email, data.address.city.
      i++;
      for (;;) {
        while (i < n && WORD_PART.test(query[i] as string)) i++;
        if (query[i] === '.' && i + 1 < n && WORD_START.test(query[i + 1] as string)) {
          i++;
          continue;
        }
        if (query[i] === '.')
          throw new QuerySyntaxError('A field path cannot end with "." or have an empty part', i, query);
        break;
      }
      tokens.push({ kind: 'word', text: query.slice(start, i), pos: start, end: i });
      continue;
    }
    if (isDigit(c) || (c === '-' && isDigit(query[i + 1])) || (c === '.' && isDigit(query[i + 1]))) {
      if (c === '-') i++;
      while (isDigit(query[i])) i++;
      if (query[i] === '.') {
        i++;
        if (!isDigit(query[i])) throw new QuerySyntaxError('A number needs digits after its decimal point', i, query);
        while (isDigit(query[i])) i++;
      }
      if (query[i] === 'e' || query[i] === 'E') {
        let j = i + 1;
        if (query[j] === '+' || query[j] === '-') j++;
        if (!isDigit(query[j])) throw new QuerySyntaxError('A number needs digits in its exponent', j, query);
        i = j;
        while (isDigit(query[i])) i++;
      }
      if (i < n && WORD_PART.test(query[i] as string))
        throw new QuerySyntaxError(`Unexpected "${query[i]}" right after a number`, i, query);
      tokens.push({ kind: 'number', text: query.slice(start, i), pos: start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      i++;
      let value = '';
      let closed = false;
      while (i < n) {
        const ch = query[i] as string;
        if (ch === c) {
          // A doubled quote stands for the quote itself, as in SQL.
          if (query[i + 1] === c) {
            value += c;
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (ch === '\\') {
          const next = query[i + 1];
          if (next === undefined) break;
          const escapes: Record<string, string> = {
            n: '\n',
            t: '\t',
            r: '\r',
            b: '\b',
            f: '\f',
            '\\': '\\',
            '"': '"',
            "'": "'",
            '/': '/',
          };
          if (next === 'u') {
            const hex = query.slice(i + 2, i + 6);
            if (!/^[0-9a-fA-F]{4}$/.test(hex))
              throw new QuerySyntaxError('"\\u" must be followed by four hex digits', i, query);
            value += String.fromCharCode(parseInt(hex, 16));
            i += 6;
            continue;
          }
          const decoded = escapes[next];
          if (decoded === undefined) throw new QuerySyntaxError(`Unknown escape "\\${next}" in a string`, i, query);
          value += decoded;
          i += 2;
          continue;
        }
        value += ch;
        i++;
      }
      if (!closed) throw new QuerySyntaxError(`Unterminated string (opened with ${c})`, start, query);
      tokens.push({ kind: 'string', text: value, pos: start, end: i });
      continue;
    }
    const two = query.slice(i, i + 2);
    if (two === '!=' || two === '<>' || two === '<=' || two === '>=') {
      tokens.push({ kind: 'op', text: two === '<>' ? '!=' : two, pos: start, end: i + 2 });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>') {
      tokens.push({ kind: 'op', text: c, pos: start, end: i + 1 });
      i++;
      continue;
    }
    const single: Partial<Record<string, TokenKind>> = { '(': 'lparen', ')': 'rparen', ',': 'comma', '*': 'star' };
    const kind = single[c];
    if (kind !== undefined) {
      tokens.push({ kind, text: c, pos: start, end: i + 1 });
      i++;
      continue;
    }
    if (c === '!') throw new QuerySyntaxError('Unexpected "!" (use != or NOT)', i, query);
    throw new QuerySyntaxError(`Unexpected character ${JSON.stringify(c)}`, i, query);
  }
  tokens.push({ kind: 'eof', text: '', pos: n, end: n });
  return tokens;
}
