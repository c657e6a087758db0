/**
 * The kit's campaign messages (content/kit/<lang>.yaml) and its dictionary strings: the same messages in every
 * locale, every glyph in the kit font, French typography in French; and the reader's messages for a bad file name
 * the file, the line, the field, what was expected and what was found.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { missingGlyphs } from '../../src/lib/kit/layout.ts';
import { frenchTypographyProblems } from '../../src/lib/shared/typography.ts';
import { SECTIONS } from '../../src/astro/sections.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const messages = Object.fromEntries(LOCALE_CODES.map((l) => [l, readKitMessages('content', l)]));
const dicts = Object.fromEntries(LOCALE_CODES.map((l) => [l, JSON.parse(fs.readFileSync(`src/i18n/${l}.json`, 'utf8')) as Record<string, string>]));
/** The dictionary strings a kit visual may print: kit.*, and the wordmark and tagline. */
const kitKeys = Object.keys(dicts.fr!).filter((k) => k.startsWith('kit.') || k === 'site.name' || k === 'site.tagline');

describe('campaign messages', () => {
  it('has three to five messages, with the same ids in the same order in every locale', () => {
    const ids = messages.fr!.map((m) => m.id);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(ids.length).toBeLessThanOrEqual(5);
    for (const l of LOCALE_CODES) expect(messages[l]!.map((m) => m.id), l).toEqual(ids);
  });

  it('sends each message’s QR code to the same page in every locale, and that page is one of the site’s', () => {
    const paths = messages.fr!.map((m) => m.path ?? '');
    for (const l of LOCALE_CODES) expect(messages[l]!.map((m) => m.path ?? ''), l).toEqual(paths);
    // A page of the site: one of its sections, or a guide of the content.
    const guides = fs.readdirSync('content/guides/fr').map((f) => `guides/${f.replace(/\.mdx?$/, '')}/`);
    const known = new Set(['', ...SECTIONS.map((s) => s.path), ...guides]);
    expect(paths.filter((p) => !known.has(p))).toEqual([]);
  });

  it.each(LOCALE_CODES)('%s: every string is drawn by the kit font', (l) => {
    for (const m of messages[l]!) for (const text of [m.headline, m.line, m.cta]) expect(missingGlyphs(text), text).toEqual([]);
  });

  it('French messages follow French typography', () => {
    for (const m of messages.fr!) for (const text of [m.headline, m.line, m.cta]) expect(frenchTypographyProblems(text), text).toEqual([]);
  });

  it('the typography check would catch a plain space before a colon', () => {
    expect(frenchTypographyProblems('Android : un guide')).not.toEqual([]);
  });
});

describe('kit dictionary strings', () => {
  it('include the kit keys', () => {
    expect(kitKeys).toEqual(expect.arrayContaining(['kit.offer.headline', 'kit.printed.noLitter', 'kit.group.relays', 'site.name']));
  });

  it.each(LOCALE_CODES)('%s: every kit string is drawn by the kit font', (l) => {
    for (const k of kitKeys) expect(missingGlyphs(dicts[l]![k]!), k).toEqual([]);
  });

  it('French kit strings follow French typography', () => {
    for (const k of kitKeys) expect(frenchTypographyProblems(dicts.fr![k]!), k).toEqual([]);
  });

  it('the glyph check would catch a character the font lacks', () => {
    expect(missingGlyphs('Quittez Gmail ✉')).toEqual(['✉']);
  });
});

describe('readKitMessages', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-kit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (text: string) => {
    fs.mkdirSync(path.join(dir, 'kit'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'kit', 'fr.yaml'), text);
  };
  const error = (text: string) => {
    write(text);
    try {
      readKitMessages(dir, 'fr');
    } catch (e) {
      return (e as Error).message;
    }
    throw new Error('expected readKitMessages to throw');
  };
  const file = `${dir}/kit/fr.yaml`;
  const good = (id: string) => `  - id: ${id}\n    headline: Un titre\n    line: Une ligne.\n    cta: Allez-y\n`;

  it('reads a good file', () => {
    write(`messages:\n${good('a')}${good('b')}`);
    expect(readKitMessages(dir, 'fr').map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('names the file, the line, the field, what was expected and what was found', () => {
    const text = `messages:\n${good('a')}  - id: b\n    headline: 42\n    line: Une ligne.\n    cta: Allez-y\n`;
    expect(error(text)).toBe(`${file}:7: messages.1.headline: expected the headline as text, got 42`);
  });

  it('reports every problem: a bad id, a missing field, an unknown field, a headline too long', () => {
    const text = [
      'messages:',
      '  - id: Mauvais Id',
      '    headline: Un titre',
      '    line: Une ligne.',
      '  - id: b',
      '    titre: Un titre',
      `    headline: ${'x'.repeat(61)}`,
      '    line: Une ligne.',
      '    cta: Allez-y',
      '',
    ].join('\n');
    const lines = error(text).split('\n');
    expect(lines).toContain(`${file}:2: messages.0.id: expected an id of lower case letters, digits and dashes, got "Mauvais Id"`);
    expect(lines).toContain(`${file}:2: messages.0.cta: expected the call to action as text, got nothing (the field is missing)`);
    expect(lines).toContain(`${file}:6: messages.1.titre: expected only id, headline, line and cta, got an unknown field "titre"`);
    expect(lines).toContain(`${file}:7: messages.1.headline: expected a headline of at most 60 characters, got "${'x'.repeat(61)}"`);
  });

  it('reports a duplicate id, a YAML syntax error, an empty file and a missing file', () => {
    expect(error(`messages:\n${good('a')}${good('a')}`)).toBe(`${file}:6: messages.1.id: expected an id no other message uses, got "a", already the id of messages.0`);
    expect(error('messages:\n  - id: a\n   headline: [oops\n')).toMatch(new RegExp(`^${file}:\\d+: YAML syntax error: `));
    expect(error('# nothing yet\n')).toBe(`${file}: the file is empty: expected "messages:" with a list of messages (id, headline, line, cta)`);
    expect(error('{}\n')).toBe(`${file}:1: messages: expected a list of messages (id, headline, line, cta), got nothing (the field is missing)`);
    expect(() => readKitMessages(dir, 'xx')).toThrow(`${dir}/kit/xx.yaml: cannot read the kit's messages (ENOENT)`);
  });
});
