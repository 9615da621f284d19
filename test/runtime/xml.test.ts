import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, toXmlEnvelope } from '../../src/emulator/xml.js';
import {
  parseXml,
  singularOf,
  xmlEnvelopeToObject,
  XmlSyntaxError,
  type ResponseHints,
  type ValueHint,
} from '../../src/wire/xml.js';
import { seededRandom } from '../helpers/random.js';

// The two response examples of the Socialize REST page (seed 003), byte for byte.
const SEED_OK = `<?xml version="1.0" encoding="utf-8" ?>
<socialize.disconnectResponse xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" 
xsi:schemaLocation="urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd" xmlns="urn:com:gigya:api">
    <statusCode>200</statusCode>
    <statusReason>OK</statusReason>
</socialize.disconnectResponse>`;

const SEED_ERROR = `<?xml version="1.0" encoding="UTF-8" ?>
<socialize.setStatusResponse xmlns="urn:com:gigya:api" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" 
            xsi:schemaLocation="urn:com:gigya:api http://api.gigya.com/schema/1.0.xsd">
    <statusCode>500</statusCode>
    <statusReason>Internal Server Error</statusReason>
    <errorCode>500024</errorCode>
    <errorMessage>No valid session</errorMessage>
</socialize.setStatusResponse>`;

function syntaxError(text: string): XmlSyntaxError {
  try {
    parseXml(text);
  } catch (error) {
    expect(error).toBeInstanceOf(XmlSyntaxError);
    return error as XmlSyntaxError;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(text)}`);
}

describe('seed samples', () => {
  it('parses the success example to the envelope object', () => {
    const root = parseXml(SEED_OK);
    expect(root.name).toBe('socialize.disconnectResponse');
    expect(root.attributes).toEqual({
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      'xsi:schemaLocation': 'urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd',
      xmlns: 'urn:com:gigya:api',
    });
    expect(xmlEnvelopeToObject(root)).toEqual({ statusCode: 200, statusReason: 'OK' });
  });

  it('parses the error example, with numeric codes and no invented fields', () => {
    const obj = xmlEnvelopeToObject(parseXml(SEED_ERROR));
    expect(obj).toEqual({
      statusCode: 500,
      statusReason: 'Internal Server Error',
      errorCode: 500024,
      errorMessage: 'No valid session',
    });
    expect(Object.keys(obj)).toEqual(['statusCode', 'statusReason', 'errorCode', 'errorMessage']);
    expect('errorDetails' in obj).toBe(false);
  });

  it('writes the seed error example in the same shape', () => {
    const xml = toXmlEnvelope('socialize.setStatus', {
      statusCode: 500,
      statusReason: 'Internal Server Error',
      errorCode: 500024,
      errorMessage: 'No valid session',
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n' +
        '<socialize.setStatusResponse xmlns="urn:com:gigya:api" ' +
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:com:gigya:api ' +
        'http://socialize.api.gigya.com/schema/1.0.xsd">\n' +
        '    <statusCode>500</statusCode>\n' +
        '    <statusReason>Internal Server Error</statusReason>\n' +
        '    <errorCode>500024</errorCode>\n' +
        '    <errorMessage>No valid session</errorMessage>\n' +
        '</socialize.setStatusResponse>',
    );
    expect(xmlEnvelopeToObject(parseXml(xml))).toEqual(xmlEnvelopeToObject(parseXml(SEED_ERROR)));
  });
});

describe('parseXml', () => {
  it('reads attributes, nested elements, CDATA, comments and processing instructions', () => {
    const root = parseXml(`\uFEFF<?xml version='1.0'?>
<!-- before -->
<?app some instruction?>
<r a="1" b='two' xmlns:g="urn:x"><!-- inside --><g:x>t<![CDATA[<not & markup>]]>u</g:x><?pi x?><e/><e  k = "v" /></r>
<!-- after -->`);
    expect(root.name).toBe('r');
    expect(root.attributes).toEqual({ a: '1', b: 'two', 'xmlns:g': 'urn:x' });
    expect(root.children.map((c) => c.name)).toEqual(['g:x', 'e', 'e']);
    expect(root.children[0]!.text).toBe('t<not & markup>u');
    expect(root.children[2]!.attributes).toEqual({ k: 'v' });
    expect(root.text).toBe('');
  });

  it('expands the predefined entities and character references, nothing else', () => {
    const root = parseXml(
      '<r t="&quot;&apos;&lt;&amp;&gt;&#65;&#x42;">&lt;a&gt; &amp; &quot;b&quot; &apos;c&apos; ' +
        '&#233;&#x1F600;&#x9;</r>',
    );
    expect(root.text).toBe(`<a> & "b" 'c' é😀\t`);
    expect(root.attributes['t']).toBe(`"'<&>AB`);
  });

  it('normalizes line ends in text and whitespace in attribute values, keeping character references', () => {
    const root = parseXml('<r a="x\ty\r\nz" b="&#9;&#10;&#13;">one\r\ntwo\rthree&#13;</r>');
    expect(root.text).toBe('one\ntwo\nthree\r');
    expect(root.attributes['a']).toBe('x y z');
    expect(root.attributes['b']).toBe('\t\n\r');
  });

  it('keeps text exactly, including surrounding whitespace', () => {
    expect(parseXml('<r>  a  b  </r>').text).toBe('  a  b  ');
    expect(parseXml('<r></r>').text).toBe('');
  });

  it('rejects DOCTYPE declarations, so entity-expansion attacks cannot run', () => {
    const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<lolz>&lol2;</lolz>`;
    const error = syntaxError(laughs);
    expect(error.message).toMatch(/DOCTYPE declarations are not supported/);
    expect(error.line).toBe(2);
    expect(error.truncated).toBe(false);
    expect(syntaxError('<!doctype r><r/>').message).toMatch(/DOCTYPE/);
    expect(syntaxError('<r><!DOCTYPE x></r>').message).toMatch(/DOCTYPE/);
    const external = `<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>`;
    expect(syntaxError(external).message).toMatch(/DOCTYPE/);
  });

  it('rejects unknown entities and bare ampersands', () => {
    expect(syntaxError('<r>&nbsp;</r>').message).toMatch(/unknown entity &nbsp;/);
    expect(syntaxError('<r>a & b</r>').message).toMatch(/&amp;/);
    expect(syntaxError('<r a="&foo;"/>').message).toMatch(/unknown entity/);
    expect(syntaxError('<r>&#0;</r>').message).toMatch(/character reference/);
    expect(syntaxError('<r>&#xD800;</r>').message).toMatch(/character reference/);
    expect(syntaxError('<r>&#x110000;</r>').message).toMatch(/character reference/);
    expect(syntaxError('<r>&#xZZ;</r>').message).toMatch(/malformed character reference/);
  });

  it('rejects malformed documents with the position of the problem', () => {
    const mismatch = syntaxError('<a>\n  <b></c>\n</a>');
    expect(mismatch.message).toMatch(/end tag <\/c> does not match the open element <b>/);
    expect(mismatch.line).toBe(2);
    expect(mismatch.column).toBe(6);
    expect(mismatch.position).toBe(9);
    expect(mismatch.truncated).toBe(false);
    expect(syntaxError('<r a="1" a="2"/>').message).toMatch(/duplicate attribute a/);
    expect(syntaxError('<r a=1/>').message).toMatch(/must be quoted/);
    expect(syntaxError('<r a="<"/>').message).toMatch(/'<' is not allowed/);
    expect(syntaxError('<r/><r/>').message).toMatch(/exactly one root/);
    expect(syntaxError('<r/>text').message).toMatch(/after the root/);
    expect(syntaxError('text<r/>').message).toMatch(/outside the root/);
    expect(syntaxError('<r>a]]>b</r>').message).toMatch(/']]>'/);
    expect(syntaxError('<r><!-- a -- b --></r>').message).toMatch(/'--'/);
    expect(syntaxError(' <?xml version="1.0"?><r/>').message).toMatch(/very start/);
    expect(syntaxError('<?xml version="2"?><r/>').message).toMatch(/XML declaration/);
    expect(syntaxError('<r>\u0001</r>').message).toMatch(/U\+0001 is not allowed/);
    expect(syntaxError('<r>\uD800</r>').message).toMatch(/U\+D800/);
    expect(syntaxError('<1r/>').message).toMatch(/element name/);
    expect(syntaxError('<r a="1"b="2"/>').message).toMatch(/expected whitespace/);
    expect(syntaxError('').truncated).toBe(true);
  });

  it('reports every cut-off prefix of a document as truncated', () => {
    const doc = '<?xml version="1.0"?><!-- p --><?pi x?><r a="x"><b>t &amp; u</b><![CDATA[c]]><!-- k --><?q?><c/></r>';
    for (let end = 0; end < doc.length; end++) {
      const error = syntaxError(doc.slice(0, end));
      expect(error.truncated, `prefix of length ${end}: ${error.message}`).toBe(true);
    }
    expect(parseXml(doc).children).toHaveLength(2);
    expect(syntaxError('<!x><r/>').message).toMatch(/unexpected '<!'/);
  });

  it('limits nesting depth', () => {
    const deep = '<a>'.repeat(600) + '</a>'.repeat(600);
    expect(syntaxError(deep).message).toMatch(/nested deeper/);
    const ok = '<a>'.repeat(100) + '</a>'.repeat(100);
    expect(parseXml(ok).name).toBe('a');
  });

  it('parses a large document in one pass', () => {
    const items = Array.from(
      { length: 20_000 },
      (_, i) => `<friend><UID>u${i}</UID><isSiteUser>${i % 2 === 0}</isSiteUser></friend>`,
    ).join('');
    const root = parseXml(`<r><friends>${items}</friends></r>`);
    const obj = xmlEnvelopeToObject(root, { friends: { items: { fields: { isSiteUser: 'boolean' } } } });
    const friends = obj['friends'] as Array<{ UID: string; isSiteUser: boolean }>;
    expect(friends).toHaveLength(20_000);
    expect(friends[19_999]).toEqual({ UID: 'u19999', isSiteUser: false });
  });
});

describe('xmlEnvelopeToObject', () => {
  const doc = (body: string): ReturnType<typeof parseXml> =>
    parseXml(`<m.xResponse xmlns="urn:com:gigya:api">${body}</m.xResponse>`);

  it('types fields by their hints and always coerces the envelope numbers', () => {
    const obj = xmlEnvelopeToObject(
      doc(
        '<statusCode>200</statusCode><errorCode>0</errorCode><apiVersion>2</apiVersion><callId>0123</callId><age> ' +
          '33 </age><isSiteUID>true</isSiteUID><verified>0</verified><raw>42</raw>',
      ),
      { age: 'number', isSiteUID: 'boolean', verified: 'boolean', statusCode: 'string' },
    );
    expect(obj).toEqual({
      statusCode: 200,
      errorCode: 0,
      apiVersion: 2,
      callId: '0123',
      age: 33,
      isSiteUID: true,
      verified: false,
      raw: '42',
    });
  });

  it('reads validationErrors as a list with numeric codes, without hints, even with one entry', () => {
    const obj = xmlEnvelopeToObject(
      doc(
        '<errorCode>400009</errorCode><validationErrors><validationError><errorCode>400006</errorCode><message>too ' +
          'short</message><fieldName>password</fieldName></validationError></validationErrors>',
      ),
    );
    expect(obj).toEqual({
      errorCode: 400009,
      validationErrors: [{ errorCode: 400006, message: 'too short', fieldName: 'password' }],
    });
  });

  it('keeps text that does not fit its hint, so nothing is lost', () => {
    const obj = xmlEnvelopeToObject(doc('<age>unknown</age><flag>maybe</flag><errorCode>abc</errorCode>'), {
      age: 'number',
      flag: 'boolean',
    });
    expect(obj).toEqual({ age: 'unknown', flag: 'maybe', errorCode: 'abc' });
  });

  it('reads arrays from hints, whatever the item element names', () => {
    const hints: ResponseHints = {
      friends: {
        items: {
          fields: {
            UID: 'string',
            age: 'number',
            identities: { items: { fields: { provider: 'string', isLoginIdentity: 'boolean' } } },
          },
        },
      },
    };
    const obj = xmlEnvelopeToObject(
      doc(
        `<friends>
        <friend><UID>a</UID><age>3</age><identities><identity><provider>facebook</provider><isLoginIdentity>false</i` +
          `sLoginIdentity></identity></identities></friend>
        <x><UID>b</UID></x>
      </friends>`,
      ),
      hints,
    );
    expect(obj).toEqual({
      friends: [{ UID: 'a', age: 3, identities: [{ provider: 'facebook', isLoginIdentity: false }] }, { UID: 'b' }],
    });
    expect(xmlEnvelopeToObject(doc('<friends></friends>'), hints)).toEqual({ friends: [] });
    expect(xmlEnvelopeToObject(doc('<tags><item>1</item></tags>'), { tags: { items: 'number' } })).toEqual({
      tags: [1],
    });
  });

  it('guesses arrays for unhinted elements from repeated or item-named children', () => {
    const obj = xmlEnvelopeToObject(
      doc(
        '<list><a>1</a><a>2</a></list><friends><friend><UID>x</UID></friend></friends><things><item>t</item></things' +
          '><user><name>n</name><tag>a</tag><tag>b</tag></user><one><x>1</x></one>',
      ),
    );
    expect(obj).toEqual({
      list: ['1', '2'],
      friends: [{ UID: 'x' }],
      things: ['t'],
      user: { name: 'n', tag: ['a', 'b'] },
      one: { x: '1' },
    });
  });

  it('turns repeated top-level fields into arrays and xsi:nil into null', () => {
    const obj = xmlEnvelopeToObject(doc('<p>1</p><p>2</p><n xsi:nil="true"/><e/>'), { p: { items: 'number' } });
    expect(obj).toEqual({ p: [1, 2], n: null, e: '' });
  });

  it('uses `json` hints as untyped structure with string leaves', () => {
    const obj = xmlEnvelopeToObject(
      doc('<graphResponse><id>1</id><data><item><v>x</v></item></data></graphResponse><blob>text</blob>'),
      { graphResponse: 'json', blob: 'json' },
    );
    expect(obj).toEqual({ graphResponse: { id: '1', data: [{ v: 'x' }] }, blob: 'text' });
  });

  it('never lets element names reach the prototype', () => {
    const obj = xmlEnvelopeToObject(
      doc('<__proto__><polluted>yes</polluted></__proto__><field name="constructor">c</field>'),
    );
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getOwnPropertyDescriptor(obj, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(Object.getOwnPropertyDescriptor(obj, 'constructor')?.value).toBe('c');
  });
});

describe('toXmlEnvelope', () => {
  it('omits fields without data and keeps array positions', () => {
    const xml = toXmlEnvelope('socialize.getFriendsInfo', {
      statusCode: 200,
      a: undefined,
      b: null,
      c: '',
      d: [],
      e: {},
      f: { g: null, h: '' },
      n: Number.NaN,
      fn: () => 1,
      friends: [null, '', {}, 'x'],
    });
    expect(xml).not.toMatch(/<(a|b|c|d|e|f|g|h|n|fn)\b/);
    expect(xml).toContain(
      '<friends>\n        <friend xsi:nil="true"/>\n        <friend></friend>\n        <friend/>\n        ' +
        '<friend>x</friend>\n    </friends>',
    );
    expect(xmlEnvelopeToObject(parseXml(xml), { friends: { items: 'string' } })).toEqual({
      statusCode: 200,
      friends: [null, '', '', 'x'],
    });
  });

  it('writes an empty root when there is nothing to say', () => {
    const xml = toXmlEnvelope('a.b', {});
    expect(
      xml.endsWith(
        '<a.bResponse xmlns="urn:com:gigya:api" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
          'xsi:schemaLocation="urn:com:gigya:api http://socialize.api.gigya.com/schema/1.0.xsd"></a.bResponse>',
      ),
    ).toBe(true);
    expect(xmlEnvelopeToObject(parseXml(xml))).toEqual({});
  });

  it('names array items by the singular of the field', () => {
    expect(singularOf('friends')).toBe('friend');
    expect(singularOf('identities')).toBe('identity');
    expect(singularOf('addresses')).toBe('address');
    expect(singularOf('users')).toBe('user');
    expect(singularOf('status')).toBe('item');
    expect(singularOf('data')).toBe('item');
    const xml = toXmlEnvelope('m.x', { identities: [{ provider: 'p' }], data: [1, true] });
    expect(xml).toContain('<identities>\n        <identity>\n            <provider>p</provider>');
    expect(xml).toContain('<data>\n        <item>1</item>\n        <item>true</item>\n    </data>');
  });

  it('escapes markup characters in text and writes keys that are not XML names as <field name>', () => {
    const xml = toXmlEnvelope('m.x', { s: `a<b>&"c"'d']]>`, 'user@example.com': 'v', '1st': 1, 'a"b': 'q' });
    expect(xml).toContain(`<s>a&lt;b&gt;&amp;"c"'d']]&gt;</s>`);
    expect(xml).toContain('<field name="user@example.com">v</field>');
    expect(xml).toContain('<field name="a&quot;b">q</field>');
    expect(xmlEnvelopeToObject(parseXml(xml), { '1st': 'number' })).toEqual({
      s: `a<b>&"c"'d']]>`,
      'user@example.com': 'v',
      '1st': 1,
      'a"b': 'q',
    });
  });

  it('replaces characters XML 1.0 cannot carry by U+FFFD and keeps CR', () => {
    const xml = toXmlEnvelope('m.x', { s: 'a\u0000b\u001Fc\uFFFEd\uD800e\r\nf\t😀' });
    expect(xml).toContain('<s>a\uFFFDb\uFFFDc\uFFFDd\uFFFDe&#13;\nf\t😀</s>');
    expect(xmlEnvelopeToObject(parseXml(xml))).toEqual({ s: 'a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\r\nf\t😀' });
  });

  it('escapes attribute values so they survive normalization', () => {
    expect(escapeXmlAttribute(`a&<>"'\t\n\r`)).toBe('a&amp;&lt;&gt;&quot;&apos;&#9;&#10;&#13;');
    expect(escapeXmlText('x\u0007y')).toBe('x\uFFFDy');
    const key = 'tab\tnew\nline';
    const xml = toXmlEnvelope('m.x', { [key]: 'v' });
    expect(xmlEnvelopeToObject(parseXml(xml))).toEqual({ [key]: 'v' });
  });

  it('writes values the way JSON.stringify would see them', () => {
    const xml = toXmlEnvelope('m.x', {
      when: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)),
      big: 12345678901234567890n,
      yes: true,
      no: false,
      neg: -1.5,
      inf: Infinity,
    });
    expect(xmlEnvelopeToObject(parseXml(xml), { yes: 'boolean', no: 'boolean', neg: 'number' })).toEqual({
      when: '2024-01-02T03:04:05.000Z',
      big: '12345678901234567890',
      yes: true,
      no: false,
      neg: -1.5,
    });
  });

  it('throws TypeError for cycles and unusable method names', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic['self'] = cyclic;
    expect(() => toXmlEnvelope('m.x', cyclic)).toThrow(/circular/);
    expect(() => toXmlEnvelope('bad name', {})).toThrow(TypeError);
    // Shared (non-cyclic) references are fine.
    const shared = { v: 'x' };
    expect(xmlEnvelopeToObject(parseXml(toXmlEnvelope('m.x', { a: shared, b: shared })))).toEqual({
      a: { v: 'x' },
      b: { v: 'x' },
    });
  });
});

describe('round trip: xmlEnvelopeToObject(parseXml(toXmlEnvelope(m, o)), hints) equals o minus empty fields', () => {
  const KEYS = [
    'UID',
    'nickname',
    'a',
    'isSiteUser',
    'foo.bar',
    'x-y',
    '_u',
    'é',
    'a b',
    '1st',
    '',
    'field',
    'item',
    'friends',
    'identities',
    'user@x',
    'data',
    'k:v',
  ];
  const STRING_PIECES = [
    'a',
    ' ',
    '&',
    '<',
    '>',
    '"',
    "'",
    ']]>',
    '\t',
    '\n',
    '\r',
    '\r\n',
    'é',
    '😀',
    '中文',
    '&amp;',
    'true',
    '12',
    '  x  ',
    '<![CDATA[',
    '-->',
  ];

  function gen(rand: () => number) {
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const genHint = (depth: number): ValueHint => {
      const r = rand();
      if (depth > 3 || r < 0.45) return pick(['string', 'number', 'boolean'] as const);
      if (r < 0.75) {
        const fields: Record<string, ValueHint> = {};
        const n = Math.floor(rand() * 4);
        for (let i = 0; i < n; i++) fields[pick(KEYS)] = genHint(depth + 1);
        return { fields };
      }
      return { items: genHint(depth + 1) };
    };
    const genString = (allowEmpty: boolean): string => {
      let s = '';
      const n = Math.floor(rand() * 5) + (allowEmpty ? 0 : 1);
      for (let i = 0; i < n; i++) s += pick(STRING_PIECES);
      return s;
    };
    const genValue = (hint: ValueHint, inArray: boolean): unknown => {
      if (rand() < 0.1) return inArray ? null : pick([undefined, null]);
      if (hint === 'string' || hint === 'json') return genString(inArray || rand() < 0.1);
      if (hint === 'number')
        return pick([
          0,
          1,
          -7,
          3.25,
          1e21,
          123456789012,
          -0.001,
          Number.MAX_SAFE_INTEGER,
          Math.round(rand() * 1e6) / 100,
        ]);
      if (hint === 'boolean') return rand() < 0.5;
      if ('items' in hint) return Array.from({ length: Math.floor(rand() * 4) }, () => genValue(hint.items, true));
      const obj: Record<string, unknown> = {};
      for (const [k, h] of Object.entries(hint.fields)) obj[k] = genValue(h, false);
      return obj;
    };
    const hints: Record<string, ValueHint> = {};
    const o: Record<string, unknown> = { statusCode: 200, statusReason: 'OK', errorCode: pick([0, 400002, 500024]) };
    const n = Math.floor(rand() * 6);
    for (let i = 0; i < n; i++) {
      const key = pick(KEYS);
      if (key in o) continue;
      hints[key] = genHint(0);
      o[key] = genValue(hints[key], false);
    }
    return { hints, o };
  }

  /** What Gigya leaves out: undefined, null, '', [] and {} fields (after their own fields are stripped). */
  function stripEmpty(value: unknown, inArray: boolean): unknown {
    if (value === undefined || value === null) return inArray ? null : undefined;
    if (Array.isArray(value)) {
      const items = value.map((v) => stripEmpty(v, true));
      return items.length === 0 && !inArray ? undefined : items;
    }
    if (typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) {
        const s = stripEmpty(v, false);
        if (s !== undefined) out[k] = s;
      }
      return Object.keys(out).length === 0 && !inArray ? undefined : out;
    }
    if (value === '' && !inArray) return undefined;
    return value;
  }

  it('holds for 500 random envelopes', () => {
    const rand = seededRandom(20240601);
    for (let i = 0; i < 500; i++) {
      const { hints, o } = gen(rand);
      const xml = toXmlEnvelope('socialize.test', o);
      const back = xmlEnvelopeToObject(parseXml(xml), hints);
      expect(back, `case ${i}\n${xml}`).toEqual(stripEmpty(o, false));
    }
  });

  it('holds for a realistic getUserInfo answer', () => {
    const hints: ResponseHints = {
      UID: 'string',
      isSiteUID: 'boolean',
      age: 'number',
      identities: {
        items: {
          fields: {
            provider: 'string',
            providerUID: 'string',
            isLoginIdentity: 'boolean',
            lastUpdatedTimestamp: 'number',
          },
        },
      },
      friends: { items: { fields: { UID: 'string', isSiteUser: 'boolean' } } },
    };
    const o = {
      callId: 'c1',
      errorCode: 0,
      statusCode: 200,
      statusReason: 'OK',
      time: '2024-01-01T00:00:00.000Z',
      UID: '_gid_+mtciUK98aqx57Dn+7yFhA==',
      isSiteUID: false,
      age: 33,
      nickname: 'Ann <3 & "quotes"',
      identities: [
        { provider: 'facebook', providerUID: '123', isLoginIdentity: true, lastUpdatedTimestamp: 1700000000123 },
      ],
      friends: [
        { UID: 'f1', isSiteUser: true },
        { UID: 'f2', isSiteUser: false },
      ],
      email: '',
      gender: null,
    };
    const back = xmlEnvelopeToObject(parseXml(toXmlEnvelope('socialize.getUserInfo', o)), hints);
    const { email: _e, gender: _g, ...expected } = o;
    expect(back).toEqual(expected);
  });
});
