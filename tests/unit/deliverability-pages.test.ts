/**
 * The teaching pages keep the mail check's promises: every verdict's explanation path and the self-check path have
 * a page in every locale, MX has its `#mx` section in the overview, no content file takes the analyser's slug,
 * every mechanism page draws its diagram, and each diagram's words fit their boxes in every locale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ANALYSER_PATH, EXPLANATION_PATHS, SELF_CHECK_PATH } from '../../src/lib/mailcheck/contract.ts';
import { DELIVERABILITY_OVERVIEW, deliverabilityPageSchema } from '../../src/schemas/deliverability.ts';
import { FLOWS } from '../../src/components/deliverability/flows.ts';
import { layoutFlow } from '../../src/components/deliverability/flow-layout.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const DIR = 'content/deliverability';
const dicts = Object.fromEntries(LOCALE_CODES.map((l) => [l, JSON.parse(fs.readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));

/** "deliverability/spf/" → "spf"; "deliverability/#mx" and "deliverability/" → the overview. */
function slugOf(sitePath: string): string {
  const m = /^deliverability\/([a-z0-9-]*)\/?(#[a-z0-9-]+)?$/.exec(sitePath);
  if (!m) throw new Error(`not a deliverability path: ${sitePath}`);
  return m[1] || DELIVERABILITY_OVERVIEW;
}
const read = (lang: string, slug: string) => fs.readFileSync(path.join(DIR, lang, `${slug}.mdx`), 'utf8');
const frontMatter = (text: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as unknown;
const diagrams = (text: string) => [...text.matchAll(/<Diagram name="([^"]+)" \/>/g)].map((m) => m[1]);

const mechanismSlugs = Object.entries(EXPLANATION_PATHS).filter(([m]) => m !== 'mx').map(([, p]) => slugOf(p));

describe('the deliverability pages', () => {
  it.each(LOCALE_CODES)('%s: a page for every explanation path and the self-check, none for the analyser', (lang) => {
    const files = fs.readdirSync(path.join(DIR, lang)).map((f) => f.replace(/\.mdx$/, ''));
    for (const p of [...Object.values(EXPLANATION_PATHS), SELF_CHECK_PATH]) expect(files, p).toContain(slugOf(p));
    expect(files).not.toContain(slugOf(ANALYSER_PATH));
    expect(files).toHaveLength(mechanismSlugs.length + 2);
  });

  it.each(LOCALE_CODES)('%s: front matter valid, same order as every other locale', (lang) => {
    for (const slug of [...mechanismSlugs, DELIVERABILITY_OVERVIEW, slugOf(SELF_CHECK_PATH)]) {
      const data = deliverabilityPageSchema.parse(frontMatter(read(lang, slug)));
      expect(data.order, slug).toBe(deliverabilityPageSchema.parse(frontMatter(read(LOCALE_CODES[0], slug))).order);
    }
  });

  it.each(LOCALE_CODES)('%s: the overview has the #mx section the MX verdicts link to', (lang) => {
    expect(EXPLANATION_PATHS.mx).toBe('deliverability/#mx');
    expect(read(lang, DELIVERABILITY_OVERVIEW)).toMatch(/<h2 id="mx">/);
  });

  it.each(LOCALE_CODES)('%s: each mechanism page and the overview draw their own diagram, once', (lang) => {
    for (const slug of mechanismSlugs) expect(diagrams(read(lang, slug)), slug).toEqual([slug]);
    expect(diagrams(read(lang, DELIVERABILITY_OVERVIEW))).toEqual(['overview']);
    expect(Object.keys(FLOWS).sort()).toEqual([...mechanismSlugs, 'overview'].sort());
  });

  it.each(LOCALE_CODES)('%s: RFCs are cited at their rfc-editor.org address', (lang) => {
    for (const slug of mechanismSlugs.filter((s) => s !== 'reverse-dns')) {
      const rfcs = [...read(lang, slug).matchAll(/\((https?:\/\/[^)]*rfc[^)]*)\)/gi)].map((m) => m[1]);
      expect(rfcs.length, slug).toBeGreaterThan(0);
      for (const url of rfcs) expect(url).toMatch(/^https:\/\/www\.rfc-editor\.org\/rfc\/rfc\d{4}$/);
    }
  });
});

describe('the diagrams', () => {
  it.each(LOCALE_CODES)('%s: every word fits its box, with a name and a description', (lang) => {
    const t = makeT(dicts[lang]!);
    for (const [name, flow] of Object.entries(FLOWS)) {
      const f = flow(t);
      expect(f.title, name).not.toMatch(/^deliverability\./);
      expect(f.desc.length, name).toBeGreaterThan(f.title.length);
      for (const row of f.rows) for (const box of row.boxes) expect(box.title, name).not.toMatch(/^deliverability\./);
      expect(layoutFlow(f).overflows, name).toEqual([]);
    }
  });

  it('the fit check can fail: a word longer than a box is reported', () => {
    const word = 'Anticonstitutionnellementanticonstitutionnellement';
    const laid = layoutFlow({ title: 't', desc: 'd', rows: [{ boxes: [{ kind: 'pass', title: word }, { kind: 'fail', title: 'x' }] }] });
    expect(laid.overflows).toEqual([word]);
  });

  it('stacks rows downwards, each arrow between two rows', () => {
    const laid = layoutFlow(FLOWS.spf(makeT(dicts.en!)));
    const boxes = laid.shapes.filter((s) => s.t === 'box');
    const arrows = laid.shapes.filter((s) => s.t === 'arrow');
    expect(arrows).toHaveLength(3);
    for (const a of arrows) expect(boxes.some((b) => Math.abs(b.y + b.h - a.y1) < 0.01) && boxes.some((b) => Math.abs(b.y - a.y2) < 0.01)).toBe(true);
    expect(Math.max(...boxes.map((b) => b.y + b.h))).toBeLessThanOrEqual(laid.height);
  });
});
