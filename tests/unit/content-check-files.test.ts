/** Bad provider files, continued: problems across files, several problems at once, and text kept as written. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProviders, idFromPath } from '../../src/lib/content/check.ts';
import { BASE, edit, errorsOf, FILE, lineOf, pinToday } from '../fixtures/provider-text.ts';

pinToday(beforeEach, afterEach);
const other = (website: string) => edit(BASE, 'website: https://collines.example/', `website: ${website}`);

describe('across files', () => {
  it.each(['https://collines.example/', 'https://www.collines.example/', 'https://collines.example', 'https://WWW.Collines.example//'])(
    'flags two files with the same website (%s)',
    (website) => {
      const { entries, errors } = checkProviders([
        { path: 'content/providers/a.yaml', text: BASE },
        { path: 'content/providers/b.yaml', text: other(website) },
      ]);
      expect(entries.map((e) => e.id)).toEqual(['a']);
      expect(errors).toEqual([
        `content/providers/b.yaml:${lineOf(BASE, 'website:')}: website: expected a website no other file uses, got ${website}, ` +
          'already the website of content/providers/a.yaml (the same offer?)',
      ]);
    },
  );

  it('lets two offers on different paths of one host through', () => {
    const { errors } = checkProviders([
      { path: 'content/providers/a.yaml', text: other('https://host.example/a/') },
      { path: 'content/providers/b.yaml', text: other('https://host.example/b/') },
    ]);
    expect(errors).toEqual([]);
  });

  it('flags two files that give the same id', () => {
    const { errors } = checkProviders([
      { path: 'content/providers/nubo.yaml', text: BASE },
      { path: 'content/providers/Nubo.yml', text: other('https://elsewhere.example/') },
    ]);
    expect(errors).toEqual(['content/providers/Nubo.yml: file name gives the id "nubo", already used by content/providers/nubo.yaml']);
    expect(idFromPath('content/providers/Mail Box.org.yml')).toBe('mail-box-org');
  });
});

describe('several problems', () => {
  it('reports every problem of a file at once, each on its line, in file order', () => {
    let text = edit(BASE, 'chatons: member', 'chatons: maybe');
    text = edit(text, 'country: FR', 'country: XX');
    text = edit(text, 'quota_gb: 5', 'quota_gb: lots');
    text = edit(text, 'checked: "2026-06"', 'checked: "2199-01"');
    const errors = errorsOf(text);
    expect(errors).toEqual([
      `${FILE}:${lineOf(text, 'chatons:')}: chatons: expected "member", "unverified" or "not-member", got "maybe"`,
      `${FILE}:${lineOf(text, 'country:')}: country: expected an ISO 3166-1 country code such as FR or BE or "unknown", got "XX"`,
      `${FILE}:${lineOf(text, 'quota_gb:')}: quota_gb: expected a number of GB or "unknown", got "lots"`,
      `${FILE}:${lineOf(text, '    checked: "2199')}: sources.0.checked: expected a date that is not in the future, got "2199-01"`,
    ]);
  });

  it('reports a fact with no source together with the other problems', () => {
    let text = edit(BASE, 'chatons: member', 'chatons: maybe');
    text = edit(text, '    backs: [founded, chatons]', '    backs: [chatons]');
    expect(errorsOf(text)).toEqual([
      `${FILE}:${lineOf(text, 'chatons:')}: chatons: expected "member", "unverified" or "not-member", got "maybe"`,
      `${FILE}:${lineOf(text, 'founded:')}: founded: a known fact needs a source: list this field in the "backs" of a source, got 2012`,
    ]);
  });

  it('does not ask for a source for unknown facts, unverified membership or an all-unknown object', () => {
    let text = edit(BASE, 'chatons: member', 'chatons: unverified');
    text = edit(text, 'quota_gb: 5', 'quota_gb: lots');
    text = edit(text, /^audiences:\n( {2}.*\n)+/m, 'audiences:\n  individuals: unknown\n  families: unknown\n  associations: unknown\n  professionals: unknown\n');
    text = edit(text, 'webmail: "yes"', 'webmail: unknown');
    // Now no source backs anything.
    text = edit(text, /^ {4}backs: \[chatons, organisation_type.*\]$/m, '    backs: [founded]');
    text = edit(text, '    backs: [founded, chatons]', '    backs: [founded]');
    const errors = errorsOf(text);
    expect(errors).toContain(`${FILE}:${lineOf(text, 'quota_gb:')}: quota_gb: expected a number of GB or "unknown", got "lots"`);
    const unsourced = errors.filter((e) => e.includes('needs a source')).map((e) => e.split(': ')[1]);
    expect(unsourced).toContain('organisation_type');
    expect(unsourced).toContain('price');
    for (const field of ['chatons', 'audiences', 'webmail', 'founded', 'quota_gb']) expect(unsourced).not.toContain(field);
  });

  it('reports the problems of every file, not only the first bad one', () => {
    const { entries, errors } = checkProviders([
      { path: 'content/providers/a.yaml', text: '' },
      { path: 'content/providers/b.yaml', text: edit(BASE, 'chatons: member', 'chatons: maybe') },
      { path: 'content/providers/c.yaml', text: other('https://c.example/') },
    ]);
    expect(entries.map((e) => e.id)).toEqual(['c']);
    expect(errors.map((e) => e.split(':')[0])).toEqual(['content/providers/a.yaml', 'content/providers/b.yaml']);
  });
});

describe('text fields', () => {
  it('accepts <script> as plain text and keeps it as written (escaping is the page’s job)', () => {
    const text = edit(BASE, 'name: Chaton Fictif des Collines', 'name: "<script>alert(1)</script> & <b>Collines</b>"');
    const { entries, errors } = checkProviders([{ path: FILE, text }]);
    expect(errors).toEqual([]);
    expect(entries[0]!.name).toBe('<script>alert(1)</script> & <b>Collines</b>');
    expect(entries[0]!.notes?.[0]?.fr).toContain('<script>alert(1)</script>');
  });
});
