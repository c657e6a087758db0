/**
 * French typography in the campaign's French pages, guides, news and deliverability pages: what a reader sees (front
 * matter titles and descriptions, and the body's text), with components' attributes, code and link targets left
 * aside, since source titles quote other sites as they are.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';

const files = ['pages', 'guides', 'news', 'deliverability'].flatMap((c) => {
  const dir = path.join('content', c, 'fr');
  return fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
});

/** The reader's text of an MDX file, one entry per line, with its line number. */
function readerText(mdx: string): { line: number; text: string }[] {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const cleaned = mdx
    .replace(/^---\n[\s\S]*?\n---\n/, (front) => front.replace(/^(?!(title|description):).*$/gm, blank))
    .replace(/```[\s\S]*?```/g, blank)
    .replace(/`[^`\n]*`/g, blank)
    .replace(/<[A-Za-z/][^>]*>/g, blank)
    .replace(/\]\([^)]*\)/g, (m) => `]${blank(m.slice(1))}`)
    .replace(/https?:\/\/\S+/g, blank)
    .replace(/^(title|description):\s*/gm, blank);
  return cleaned.split('\n').map((text, i) => ({ line: i + 1, text: text.trim() })).filter((l) => l.text !== '');
}

describe('French typography in the French content', () => {
  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s', (file) => {
    const problems = readerText(fs.readFileSync(file, 'utf8')).flatMap((l) => frenchTypographyProblems(l.text).map((p) => `${file}:${l.line}: ${p}: ${l.text}`));
    expect(problems).toEqual([]);
  });

  it('catches a plain space before a colon in a paragraph, and ignores the same in an attribute', () => {
    expect(readerText('---\ntitle: Un titre\n---\nUn texte : faux.\n').map((l) => frenchTypographyProblems(l.text))).toEqual([[], ['a plain space before ; : ! or ? (write U+202F)']]);
    expect(readerText('<Source title="Mailfence: FAQ" href="https://x.example/" />\n')).toEqual([]);
  });
});
