/** The self-hosted font: one small file that has every character French typography needs. */
import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import zlib from 'node:zlib';
import * as hb from 'harfbuzzjs';
import wawoff2 from 'wawoff2';
import { buildFont, FONT_OUT, usedCharacters } from '../../src/node/fonts.ts';

let codepoints: Set<number>;

beforeAll(async () => {
  await buildFont();
  // HarfBuzz reads TrueType, not WOFF2: decompress the shipped file first.
  const blob = new hb.Blob(await wawoff2.decompress(fs.readFileSync(FONT_OUT)));
  const face = new hb.Face(blob);
  codepoints = new Set(face.collectUnicodes());
}, 60_000);

describe('site font', () => {
  it.each([
    ['narrow no-break space', 0x202f],
    ['no-break space', 0x00a0],
    ['apostrophe', 0x2019],
    ['guillemets', 0x00ab],
    ['closing guillemet', 0x00bb],
    ['oe ligature', 0x0153],
    ['capital E acute', 0x00c9],
    ['euro sign', 0x20ac],
  ])('has the %s (code point %i)', (_name, cp) => {
    expect(codepoints.has(cp)).toBe(true);
  });

  it('covers every character the sources and content use', () => {
    const missing = [...usedCharacters()].filter((c) => !codepoints.has(c.codePointAt(0)!) && /\p{L}|\p{P}|\p{S}/u.test(c));
    expect(missing).toEqual([]);
  });

  it('stays within the 25 KB brotli budget for font files', () => {
    expect(zlib.brotliCompressSync(fs.readFileSync(FONT_OUT)).length).toBeLessThanOrEqual(25_000);
  });
});
