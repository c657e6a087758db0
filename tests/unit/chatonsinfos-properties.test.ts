/** The ChatonsInfos `.properties` reader: every syntax case of the format, bytes in two charsets, and fuzzing. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeProperties,
  hasSurroundingQuotes,
  parseProperties,
  ParsePropertiesError,
  prop,
  serializeProperties,
  subs,
} from '../../src/lib/chatonsinfos/properties.ts';

const entries = (input: string | Uint8Array) => Object.fromEntries(parseProperties(input));
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseProperties: syntax', () => {
  const cases: [string, string, Record<string, string>][] = [
    ['# and ! comment lines', '# a comment = no\n! another: no\na = 1\n   # indented comment\n', { a: '1' }],
    ['= separator, spaces around it', 'a=1\nb = 2\nc   =   3\n', { a: '1', b: '2', c: '3' }],
    [': separator', 'a:1\nb : 2\n', { a: '1', b: '2' }],
    ['whitespace separator', 'a 1\nb\t2\nc \f 3\n', { a: '1', b: '2', c: '3' }],
    ['only the first separator counts', 'a = b = c\nd : e : f\ng h = i\n', { a: 'b = c', d: 'e : f', g: 'h = i' }],
    ['escaped separators in a key', 'a\\=b\\:c\\ d = 1\n', { 'a=b:c d': '1' }],
    ['continuation lines, leading spaces of the next line dropped', 'a = one \\\n    two \\\n\tthree\n', { a: 'one two three' }],
    ['an escaped backslash at the end is no continuation', 'a = C:\\\\\nb = 2\n', { a: 'C:\\', b: '2' }],
    ['\\uXXXX escapes, any case', 'a = \\u00e9t\\u00C9\nb\\u00e9 = x\n', { a: 'étÉ', 'bé': 'x' }],
    ['\\t \\n \\r \\f escapes and an escaped ordinary character', 'a = 1\\t2\\n3\\r4\\f5\\q\n', { a: '1\t2\n3\r4\f5q' }],
    ['CRLF line endings', 'a = 1\r\nb = 2\r\n\r\nc = 3', { a: '1', b: '2', c: '3' }],
    ['a continuation across CRLF', 'a = one \\\r\n   two\r\nb = 3\r\n', { a: 'one two', b: '3' }],
    ['lone CR line endings', 'a = 1\rb = 2\r', { a: '1', b: '2' }],
    ['a UTF-8 BOM', '\uFEFFa = 1\n', { a: '1' }],
    ['single-quoted values (YunoHost)', "subs.x = 'https://a.example/x.properties'\n", { 'subs.x': 'https://a.example/x.properties' }],
    ['double-quoted values', 'a = "quoted value"\n', { a: 'quoted value' }],
    ['quotes with trailing spaces', "a = 'x'   \n", { a: 'x' }],
    ['quotes only when both ends match', `a = 'x"\nb = 'x\nc = it's\nd = ''\ne = "`, { a: `'x"`, b: "'x", c: "it's", d: '', e: '"' }],
    ['blank values, with or without separator', 'a =\nb\nc :   \nd = \n', { a: '', b: '', c: '', d: '' }],
    ['a repeated key keeps its last value', 'a = 1\na = 2\n', { a: '2' }],
    ['blank and whitespace-only lines', '\n   \n\t\na = 1\n\n', { a: '1' }],
    ['an empty file', '', {}],
    ['a value keeps its trailing spaces (as Java does)', 'a = x  \n', { a: 'x  ' }],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(entries(text)).toEqual(expected);
  });

  it('reads a key with no value at the very end of the file', () => {
    expect(entries('a = 1\nlast')).toEqual({ a: '1', last: '' });
  });
});

describe('parseProperties: bytes', () => {
  it('reads UTF-8', () => {
    expect(entries(utf8('organization.name = Chaton de l’Étang\n'))).toEqual({ 'organization.name': 'Chaton de l’Étang' });
  });

  it('falls back to ISO-8859-1 when the bytes are not UTF-8', () => {
    const bytes = latin1('organization.name = Chaton fictif de l\'\xC9tang\r\n# encod\xE9\r\n');
    expect(entries(bytes)).toEqual({ 'organization.name': "Chaton fictif de l'Étang" });
  });

  it('decodes UTF-8 with a BOM, and drops the BOM', () => {
    expect(decodeProperties(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0xc3, 0xa9]))).toBe('a=é');
    expect(entries(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61, 0x3d, 0x31]))).toEqual({ a: '1' });
  });

  it('keeps a UTF-8 file UTF-8 even when it would also be valid Latin-1', () => {
    expect(decodeProperties(utf8('é'))).toBe('é');
    expect(decodeProperties(latin1('\xC3\xA9'))).toBe('é');
    expect(decodeProperties(latin1('\xE9'))).toBe('é');
  });
});

describe('parseProperties: errors', () => {
  const bad: [string, string | Uint8Array, RegExp][] = [
    ['a malformed \\u escape', 'a = \\u12G4\n', /malformed \\uXXXX escape on line 1/],
    ['a \\u escape cut short by the end of the file', 'a = 1\nb = \\u00', /on line 2/],
    ['a malformed \\u escape in a key', 'x\\uzz = 1\n', /malformed/],
    ['a NUL byte', 'a = 1\n\u0000b = 2\n', /control character U\+0000 on line 2/],
    ['binary bytes', Uint8Array.from([0x61, 0x3d, 0x00, 0x01, 0xff]), /not a text file/],
  ];
  it.each(bad)('rejects %s with a ParsePropertiesError', (_name, input, message) => {
    expect(() => parseProperties(input)).toThrow(ParsePropertiesError);
    expect(() => parseProperties(input)).toThrow(message);
  });

  it('takes an escaped backslash before u as text, not as an escape', () => {
    expect(entries('a = \\\\u12\n')).toEqual({ a: '\\u12' });
  });
});

describe('helpers', () => {
  it('prop trims and treats blank as absent; subs lists subs.* in file order', () => {
    const p = parseProperties("subs.b = 'https://b.example/'\nx =   \nsubs.a = a.properties\nsubs.empty =\nother = 1\n");
    expect(prop(p, 'x')).toBeUndefined();
    expect(prop(p, 'other')).toBe('1');
    expect(subs(p)).toEqual([{ id: 'b', ref: 'https://b.example/' }, { id: 'a', ref: 'a.properties' }]);
  });
});

/** Values parsing gives back as they are: no surrounding quotes (parsing removes them, by design). */
const value = fc.string({ unit: 'binary', maxLength: 40 }).filter((v) => !hasSurroundingQuotes(v));
const key = fc.string({ unit: 'binary', maxLength: 20 });

describe('serializeProperties', () => {
  it('round-trips: parse(serialize(x)) equals x', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(key, value), { selector: ([k]) => k, maxLength: 12 }), (pairs) => {
        expect([...parseProperties(serializeProperties(pairs))]).toEqual(pairs);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips the awkward cases by name', () => {
    const pairs: [string, string][] = [
      ['#not a comment', '!nor this'],
      ['key with = and : and spaces', ' leading space, trailing space '],
      ['', ''],
      ['multi\nline', 'a\\b\r\nc\td\fe'],
      ['é\u0000\uD800', '\uFEFFbom and astral 😺'],
    ];
    expect([...parseProperties(serializeProperties(pairs))]).toEqual(pairs);
  });
});

describe('fuzzing', () => {
  /** Calls the parser and says how it ended: fine, our error, or anything else (a bug). */
  function outcome(input: string | Uint8Array): 'ok' | 'parse-error' | string {
    try {
      parseProperties(input);
      return 'ok';
    } catch (e) {
      return e instanceof ParsePropertiesError ? 'parse-error' : `unexpected ${String(e)}`;
    }
  }
  const SAMPLE = "# c\n! c\nsubs.a = 'https://a.example/'\nb : \\u00e9t\\u00e9 \\\n   suite\r\nc d\n=\n:\n\\\n";
  const pieces = ['\\', '\\u', '\\u00', '\\uZZZZ', '\r', '\n', '\r\n', '=', ':', ' ', "'", '"', '#', '!', '\uFEFF', '\u0000', 'é', '\uD800'];

  it('never throws anything but ParsePropertiesError on random text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
      expect(outcome(s)).toMatch(/^(ok|parse-error)$/);
    }), { numRuns: 3000 });
  });

  it('never throws anything but ParsePropertiesError on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (b) => {
      expect(outcome(b)).toMatch(/^(ok|parse-error)$/);
    }), { numRuns: 3000 });
  });

  it('never throws anything but ParsePropertiesError on mutations of a real-looking file', () => {
    const mutation = fc.tuple(fc.nat({ max: SAMPLE.length }), fc.nat({ max: 5 }), fc.constantFrom(...pieces));
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 8 }), (edits) => {
        let s = SAMPLE;
        for (const [at, cut, piece] of edits) s = s.slice(0, at) + piece + s.slice(Math.min(s.length, at + cut));
        expect(outcome(s)).toMatch(/^(ok|parse-error)$/);
        expect(outcome(utf8(s))).toMatch(/^(ok|parse-error)$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('the fuzz oracle tells a parse error from any other failure', () => {
    expect(outcome('a = \\uZZZZ')).toBe('parse-error');
    expect(outcome('a = 1')).toBe('ok');
  });
});
