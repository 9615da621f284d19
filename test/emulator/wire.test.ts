import { describe, expect, it } from 'vitest';
import { decodeFormInto, WireFormatError } from '../../src/emulator/wire.js';

function decode(...texts: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const text of texts) decodeFormInto(out, text, 'body');
  return out;
}

describe('decodeFormInto', () => {
  it('decodes names and values, + as a space, and keeps the first place of a repeated name', () => {
    const out = decode('b=1&a=x%20y+z&&=skipped&flag&eq=a=b&b=2', 'c=3&a=body');
    expect(Object.entries(out)).toEqual([
      ['b', '2'],
      ['a', 'body'],
      ['flag', ''],
      ['eq', 'a=b'],
      ['c', '3'],
    ]);
  });

  it('keeps "__proto__" a param and leaves the prototype alone', () => {
    const out = decode('__proto__=x&y=1');
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.entries(out)).toEqual([
      ['__proto__', 'x'],
      ['y', '1'],
    ]);
  });

  it('refuses bad percent-encoding, naming the param but never its value', () => {
    expect(() => decode('ok=1&bad=%E0%A4')).toThrow(
      new WireFormatError('The value of param "bad" in the body is not valid percent-encoded UTF-8.'),
    );
    expect(() => decode('%ZZ=1')).toThrow('A param name in the body is not valid percent-encoded UTF-8.');
    // A bad value under an empty name is never read.
    expect(decode('=%ZZ&a=1')).toEqual({ a: '1' });
  });

  it('reads a text of many pieces without "=" (each search for "=" would otherwise scan to the end)', () => {
    const text = `${'x&'.repeat(200_000)}last=1`;
    const out = decode(text);
    expect(out['last']).toBe('1');
    expect(Object.keys(out)).toEqual(['x', 'last']);
  });
});
