/**
 * Bad provider files: every message names the file, the field (and its line when there is one), what was expected
 * and what was found. The base is a valid fictional file with every fact known; each case breaks one thing in it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkProviders } from '../../src/lib/content/check.ts';
import { BASE, edit, errorsOf, FILE, lineOf, oneError, PINNED_TODAY, pinToday } from '../fixtures/provider-text.ts';

pinToday(beforeEach, afterEach);

describe('the base fixture', () => {
  it('is valid, so each case below fails for its own reason', () => {
    const { entries, errors } = checkProviders([{ path: FILE, text: BASE }]);
    expect(errors).toEqual([]);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.id).toBe('bad');
  });
});

describe('YAML syntax', () => {
  it('reports a syntax error with its line and column', () => {
    const text = edit(BASE, 'city: Fictiville', '  city: Fictiville');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '  city:')}:7: YAML syntax error: bad indentation of a mapping entry` +
        ' (check the indentation, or put a value containing ": " in quotes)',
    );
  });

  it('explains an unquoted value holding ": "', () => {
    const text = edit(BASE, 'city: Fictiville', 'city: Fictiville: Nord');
    const message = oneError(text);
    expect(message).toMatch(new RegExp(`^${FILE}:${lineOf(text, 'city:')}:\\d+: YAML syntax error: `));
    expect(message).toContain('in quotes');
  });

  it('reports a tab in the indentation on its line', () => {
    const text = edit(BASE, '  families: "yes"', '\tfamilies: "yes"');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '\tfamilies')}:1: YAML syntax error: tab characters must not be used in indentation`,
    );
  });

  it('reports a key given twice', () => {
    const text = edit(BASE, 'city: Fictiville', 'city: Fictiville\ncity: Autreville');
    expect(oneError(text)).toMatch(new RegExp(`^${FILE}:\\d+:\\d+: YAML syntax error: duplicated mapping key`));
  });
});

describe('files that hold no provider', () => {
  it('names an empty file', () => {
    expect(oneError('')).toBe(`${FILE}: the file is empty: expected a provider description (name, website, …)`);
    expect(oneError('  \n\n')).toContain(`${FILE}: the file is empty`);
  });

  it('names a file of comments only', () => {
    expect(oneError('# yaml-language-server: $schema=x\n# nothing yet\n')).toBe(
      `${FILE}: the file holds only comments: expected a provider description (name, website, …)`,
    );
  });

  it('names a file holding a list or a bare value', () => {
    expect(oneError('- a\n- b\n')).toBe(`${FILE}: expected a YAML mapping of fields (name: …, website: …), got a list`);
    expect(oneError('hello\n')).toBe(`${FILE}: expected a YAML mapping of fields (name: …, website: …), got "hello"`);
  });
});

describe('fields', () => {
  it('rejects an unknown key, at the top level and inside an object', () => {
    let text = edit(BASE, 'city: Fictiville', 'city: Fictiville\ncolour: blue');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'colour:')}: colour: unknown field (check its spelling against the schema)`);
    text = edit(BASE, '  port: 993', '  port: 993\n  user: me');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '  user:')}: imap_server.user: unknown field (check its spelling against the schema)`,
    );
  });

  it('names a missing required field and what it should hold', () => {
    expect(oneError(edit(BASE, /^website: .*\n/m, ''))).toBe(`${FILE}: website: required field missing: expected an https:// URL`);
    expect(oneError(edit(BASE, /^sources:[\s\S]*$/m, ''))).toBe(`${FILE}: sources: required field missing: expected a list`);
    expect(oneError(edit(BASE, /^name: .*\n/m, ''))).toBe(`${FILE}: name: required field missing: expected text`);
    const text = edit(BASE, /^ {2}families: .*\n/m, '');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, 'audiences:')}: audiences.families: required field missing: expected "yes", "no" or "unknown"`,
    );
  });

  it('names the allowed values of an enum and the value found', () => {
    let text = edit(BASE, 'chatons: member', 'chatons: maybe');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, 'chatons:')}: chatons: expected "member", "unverified" or "not-member", got "maybe"`,
    );
    text = edit(BASE, 'webmail: "yes"', 'webmail: true');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'webmail:')}: webmail: expected "yes", "no" or "unknown", got true`);
    text = edit(BASE, 'extra_services: [cloud, calendar, contacts]', 'extra_services: [cloud, mail]');
    expect(oneError(text)).toMatch(
      new RegExp(`^${FILE}:${lineOf(text, 'extra_services:')}: extra_services\\.1: expected one of "cloud", .* or "web-hosting", got "mail"$`),
    );
  });

  it('looks inside the price to say what is wrong', () => {
    let text = edit(BASE, '  model: membership', '  model: gratis');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '  model:')}: price.model: expected model to be one of "free", "membership", "subscription", ` +
        '"pay-what-you-can", "pack" or "tiered", got "gratis"',
    );
    text = edit(BASE, '  amount: 12', '  amount: twelve');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, '  amount:')}: price.amount: expected an amount in euros, got "twelve"`);
    text = edit(BASE, /^price:\n( {2}.*\n)+/m, 'price: cheap\n');
    expect(oneError(text)).toMatch(new RegExp(`^${FILE}:${lineOf(text, 'price:')}: price: expected "unknown" or an object .*, got "cheap"$`));
  });

  it('says a number is out of range in words', () => {
    let text = edit(BASE, 'quota_gb: 5', 'quota_gb: -5');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'quota_gb:')}: quota_gb: expected a number greater than 0, got -5`);
    text = edit(BASE, 'quota_gb: 5', 'quota_gb: lots');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'quota_gb:')}: quota_gb: expected a number of GB or "unknown", got "lots"`);
    text = edit(BASE, '  port: 993', '  port: 99999');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, '  port: 99999')}: imap_server.port: expected a port number, got 99999`);
  });
});

describe('URLs', () => {
  it('rejects javascript: and http: in a link field', () => {
    let text = edit(BASE, 'website: https://collines.example/', 'website: javascript:alert(1)');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'website:')}: website: expected an https:// URL, got "javascript:alert(1)"`);
    text = edit(BASE, 'signup_url: https://collines.example/adherer/', 'signup_url: http://collines.example/adherer/');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, 'signup_url:')}: signup_url: expected an https:// URL, got "http://collines.example/adherer/"`,
    );
  });

  it('rejects data: and ftp: in a source, and accepts http:', () => {
    let text = edit(BASE, 'url: https://collines.example/courriel/', 'url: data:text/html,hi');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '    url: data')}: sources.0.url: expected an http:// or https:// URL, got "data:text/html,hi"`,
    );
    text = edit(BASE, 'url: https://collines.example/courriel/', 'url: ftp://collines.example/x');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '    url: ftp')}: sources.0.url: expected an http:// or https:// URL, got "ftp://collines.example/x"`,
    );
    expect(BASE).toContain('url: http://annuaire.example/collines');
  });
});

describe('country codes', () => {
  it.each([['XX', ''], ['fr', ''], ['FRA', ' (did you mean "FR"?)']])('rejects %s', (code, hint) => {
    const text = edit(BASE, 'country: FR', `country: ${code}`);
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, 'country:')}: country: expected an ISO 3166-1 country code such as FR or BE or "unknown", got "${code}"${hint}`,
    );
  });
});

describe('dates', () => {
  it('rejects a date after today (DEGMAIL_TODAY pinned)', () => {
    for (const date of ['2026-12', '2026-11-26', '2199-01']) {
      const text = edit(BASE, 'checked: "2026-06"', `checked: "${date}"`);
      expect(oneError(text)).toBe(
        `${FILE}:${lineOf(text, `    checked: "${date}"`)}: sources.0.checked: expected a date that is not in the future, got "${date}"`,
      );
    }
    expect(errorsOf(edit(BASE, 'checked: "2026-06"', 'checked: "2026-11"'))).toEqual([]);
    expect(errorsOf(edit(BASE, 'checked: "2026-06"', `checked: "${PINNED_TODAY}"`))).toEqual([]);
  });

  it('reads DEGMAIL_TODAY at parse time', () => {
    const text = edit(BASE, 'checked: "2026-06"', 'checked: "2027-03"');
    expect(errorsOf(text)).toHaveLength(1);
    process.env.DEGMAIL_TODAY = '2027-04-01';
    expect(errorsOf(text)).toEqual([]);
  });

  it('asks for quotes around an unquoted YAML date', () => {
    const text = edit(BASE, 'checked: "2026-06"', 'checked: 2026-06-01');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '    checked: 2026')}: sources.0.checked: expected a date as "YYYY-MM" or "YYYY-MM-DD" in quotes, ` +
        'got an unquoted YAML date (2026-06-01)',
    );
  });

  it('gives one message for a malformed date, not also "in the future"', () => {
    const text = edit(BASE, 'checked: "2026-06"', 'checked: "2026-13"');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, '    checked: "2026-13"')}: sources.0.checked: expected a date as "YYYY-MM" or "YYYY-MM-DD", got "2026-13"`,
    );
    expect(oneError(edit(BASE, 'checked: "2026-06"', 'checked: "2026-02-30"'))).toContain('expected a real calendar date, got "2026-02-30"');
  });
});

describe('sources', () => {
  it('requires a source for every known fact', () => {
    const text = edit(BASE, '    backs: [founded, chatons]', '    backs: [chatons]');
    expect(oneError(text)).toBe(
      `${FILE}:${lineOf(text, 'founded:')}: founded: a known fact needs a source: list this field in the "backs" of a source, got 2012`,
    );
  });

  it('accepts an unknown fact without a source', () => {
    const text = edit(edit(BASE, '    backs: [founded, chatons]', '    backs: [chatons]'), 'founded: 2012', 'founded: unknown');
    expect(errorsOf(text)).toEqual([]);
  });

  it('names a misspelt field in backs, a duplicate id and a note pointing nowhere, without repeating "got"', () => {
    let text = edit(BASE, '    backs: [founded, chatons]', '    backs: [founded, chatons, colour]');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, '    backs: [founded')}: sources.1.backs.2: expected a field name, got "colour"`);
    text = edit(BASE, '  - id: annuaire', '  - id: site');
    const second = text.split('\n').lastIndexOf('  - id: site') + 1;
    expect(oneError(text)).toBe(`${FILE}:${second}: sources.1.id: duplicate source id "site"`);
    text = edit(BASE, '    source: site', '    source: nowhere');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, '    source: nowhere')}: notes.0.source: expected the id of a source, got "nowhere"`);
  });
});

/** The base file with another website, so it is another offer. */
