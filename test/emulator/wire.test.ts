import { describe, expect, it } from 'vitest';
import { decodeComponent, decodeFormInto, WireFormatError } from '../../src/emulator/wire.js';

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

describe('decodeComponent', () => {
  const reference = (text: string): string | undefined => {
    try {
      return decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
  };

  it('decodes as decodeURIComponent does after + becomes a space, failing where it throws', () => {
    const pieces = [
      '%',
      '%2',
      '%2B',
      '%2b',
      '%20',
      '%7E',
      '%7f',
      '%00',
      '%C3%A9',
      '%E2%82%AC',
      '%C3',
      '%FF',
      '%80',
      '%G1',
      '%1G',
    ];
    const other = ['a', 'Z', '0', 'f', '+', ' ', '~', 'é', '\u20ac', '\ud83d\ude00', '=', '&'];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 20_000; i++) {
      let text = '';
      for (let j = next(8); j >= 0; j--)
        text += next(3) === 0 ? (other[next(other.length)] as string) : (pieces[next(pieces.length)] as string);
      expect(decodeComponent(text), JSON.stringify(text)).toBe(reference(text));
    }
    for (const text of [
      '',
      'plain',
      'a+b',
      '%2B+%2b',
      '100%',
      '%%20',
      'I%20feel%20great',
      '%2Fdb9MxIAJ0nbE8mcyfDwBJXt9iY%3D',
    ])
      expect(decodeComponent(text), text).toBe(reference(text));
  });
});
