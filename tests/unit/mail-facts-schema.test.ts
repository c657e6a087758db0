/**
 * The offer schema's mail facts: `mail_domains` (a sourced fact), `mail_security` (measured verdicts) and the measured
 * source, the one kind of source without a URL. Each malformed case breaks one thing in the valid fictional file and
 * expects the validator's message: the file, the line, the field, what was expected and what was found.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkProviders } from '../../src/lib/content/check.ts';
import { staleWarnings } from '../../src/lib/content/stale-warnings.ts';
import { ROOT } from '../../src/node/paths.ts';
import { isKnown, providerFields } from '../../src/schemas/provider.ts';
import { MECHANISMS } from '../../src/lib/mailcheck/contract.ts';
import { BASE, edit, errorsOf, FILE, lineOf, oneError, PINNED_TODAY, pinToday } from '../fixtures/provider-text.ts';

pinToday(beforeEach, afterEach);

const MEASURED_SOURCE = '  - id: check-mail\n    kind: measured\n    tool: "degmail check:mail 0.1.0"\n    checked: "2026-11-20"\n    backs: [mail_security]\n';
const BLOCK = 'mail_security:\n  mx: pass\n  spf: warn\n  dkim: not-checked\n  rules:\n    spf-or-dkim: met\n    forward-reverse-dns: not-met\n';

/** The base file with measured verdicts and their source. */
const measured = (block = BLOCK, source = MEASURED_SOURCE) => edit(BASE, 'mail_security: unknown\n', block) + source;
/** The base file with mail domains, backed by its first source. */
const withDomains = (value: string) => edit(edit(BASE, 'mail_domains: unknown', `mail_domains: ${value}`), /(\n {4}backs: \[)/, '$1mail_domains, ');

describe('valid mail facts', () => {
  it('accepts known mail domains with their source, and measured verdicts with their measured source', () => {
    const { entries, errors } = checkProviders([{ path: FILE, text: measured() }]);
    expect(errors).toEqual([]);
    expect(entries[0]!.mail_security).toEqual({ mx: 'pass', spf: 'warn', dkim: 'not-checked', rules: { 'spf-or-dkim': 'met', 'forward-reverse-dns': 'not-met' } });
    expect(errorsOf(withDomains('[example.org, mail.example.net]'))).toEqual([]);
  });

  it('treats absent and unknown as unknown, never as "no"', () => {
    const without = edit(edit(BASE, 'mail_domains: unknown\n', ''), 'mail_security: unknown\n', '');
    const { entries, errors } = checkProviders([{ path: FILE, text: without }]);
    expect(errors).toEqual([]);
    expect(entries[0]!.mail_domains).toBeUndefined();
    for (const v of [undefined, 'unknown', { spf: 'unknown' }, { rules: { 'spf-or-dkim': 'unknown' } }]) expect(isKnown(v, 'mail_security'), JSON.stringify(v)).toBe(false);
    expect(isKnown({ rules: { 'spf-or-dkim': 'met' } }, 'mail_security')).toBe(true);
  });

  it('names every mechanism of the contract, and nothing else', () => {
    const all = Object.fromEntries(MECHANISMS.map((m) => [m, 'pass']));
    expect(providerFields.mail_security.safeParse(all).success).toBe(true);
    expect(providerFields.mail_security.safeParse({ ...all, bimi: 'pass' }).success).toBe(false);
  });
});

describe('a measurement read long ago', () => {
  it('is a warning that says to measure again, not to re-read a page', () => {
    const entry = checkProviders([{ path: FILE, text: measured() }]).entries[0]!;
    const warnings = staleWarnings(FILE, entry, '2028-01-15');
    expect(warnings).toContain(`${FILE}: source "check-mail" was measured 2026-11-20, more than 12 months ago; measure again (npm run check:mail -- --offers) for: mail_security`);
    expect(warnings.filter((w) => w.includes('re-read it for'))).toHaveLength(entry.sources.length - 1);
  });
});

describe('malformed mail domains', () => {
  it.each([
    ['Example.ORG', 'mail_domains.0: expected a domain name in lower case, such as example.org, without @, got "Example.ORG"'],
    ['"@example.org"', 'mail_domains.0: expected a domain name in lower case, such as example.org, without @, got "@example.org"'],
    ['[]', 'mail_domains: expected at least one domain name, got an empty list'],
    ['[example.org, example.org]', 'mail_domains: expected each domain name once, got a list'],
    ['example.org', 'mail_domains: expected a list of domain names such as [example.org] or "unknown", got "example.org"'],
  ])('rejects %s', (value, message) => {
    const text = withDomains(value.startsWith('[') || value === 'example.org' ? value : `[${value}]`);
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'mail_domains:')}: ${message}`);
  });

  it('needs a source', () => {
    const text = edit(BASE, 'mail_domains: unknown', 'mail_domains: [example.org]');
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, 'mail_domains:')}: mail_domains: a known fact needs a source: list this field in the "backs" of a source, got a list`);
  });
});

describe('malformed measured verdicts', () => {
  it('names the mechanism, the value expected and the one found, with a guess', () => {
    const text = measured(edit(BLOCK, '  spf: warn', '  spf: passed'));
    expect(oneError(text)).toBe(`${FILE}:${lineOf(text, '  spf:')}: mail_security.spf: expected "pass", "warn", "fail", "not-checked" or "unknown", got "passed" (did you mean "pass"?)`);
  });

  it('rejects a misspelt mechanism and a rule verdict that is not a rule status', () => {
    const text = measured(edit(edit(BLOCK, '  dkim:', '  dkmi:'), 'spf-or-dkim: met', 'spf-or-dkim: "yes"'));
    expect(errorsOf(text)).toEqual([
      `${FILE}:${lineOf(text, '  dkmi:')}: mail_security.dkmi: unknown field (did you mean "dkim"?)`,
      `${FILE}:${lineOf(text, '    spf-or-dkim:')}: mail_security.rules.spf-or-dkim: expected "met", "not-met", "not-checked" or "unknown", got "yes"`,
    ]);
  });

  it('needs a measured source: a page cannot back measured verdicts', () => {
    const unsourced = edit(BASE, 'mail_security: unknown\n', BLOCK);
    expect(oneError(unsourced)).toBe(`${FILE}:${lineOf(unsourced, 'mail_security:')}: mail_security: a known fact needs a source: list this field in the "backs" of a source, got a mapping`);
    const byPage = edit(unsourced, /(\n {4}backs: \[)/, '$1mail_security, ');
    expect(oneError(byPage)).toBe(
      `${FILE}:${lineOf(byPage, '    backs: [mail_security')}: sources.0.backs.0: expected a field a page can back: "mail_security" is measured by npm run check:mail (kind: measured), got "mail_security"`,
    );
  });
});

describe('malformed measured sources', () => {
  const source = (from: string, to: string) => measured(BLOCK, edit(MEASURED_SOURCE, from, to));
  /** The file and line of the last line starting with `start` (the measured source comes last). */
  const at = (text: string, start: string) => `${FILE}:${text.split('\n').findLastIndex((l) => l.startsWith(start)) + 1}`;

  it.each([
    ['kind: measured', 'kind: mesured', '    kind:', 'sources.2.kind: expected kind to be "page" (or left out) or "measured", got "mesured" (did you mean "measured"?)'],
    ['tool: "degmail check:mail 0.1.0"', 'tool: "dig 9.18"', '    tool:', 'sources.2.tool: expected "degmail check:mail <version>", such as "degmail check:mail 0.1.0", got "dig 9.18"'],
    ['checked: "2026-11-20"', 'checked: "2026-11"', '    checked:', 'sources.2.checked: expected the day measured as "YYYY-MM-DD", got "2026-11"'],
    ['checked: "2026-11-20"', 'checked: "2027-01-02"', '    checked:', 'sources.2.checked: expected a date that is not in the future, got "2027-01-02"'],
    ['backs: [mail_security]', 'backs: [mail_security, city]', '    backs:', 'sources.2.backs.1: expected "mail_security": a measured source backs nothing else, got "city"'],
    ['    backs:', '    url: https://example.org/\n    backs:', '    url:', 'sources.2.url: unknown field for this kind of value (check its "kind" or "model")'],
  ])('rejects %s → %s', (from, to, line, message) => {
    const text = source(from, to);
    expect(oneError(text)).toBe(`${at(text, line)}: ${message}`);
  });

  it('rejects a second measured source, and a note quoting a measurement', () => {
    const twice = measured(BLOCK, MEASURED_SOURCE + MEASURED_SOURCE.replace('id: check-mail', 'id: check-mail-2'));
    expect(oneError(twice)).toBe(`${at(twice, '    kind:')}: sources.3.kind: expected one measured source per file, got a second one (remove the older)`);
    const note = edit(measured(), '    source: site\n', '    source: check-mail\n');
    expect(oneError(note)).toBe(`${FILE}:${lineOf(note, '    source: check-mail')}: notes.0.source: expected the id of a page source, got "check-mail" (a measured source)`);
  });
});

describe('scripts/validate.ts on measured facts', () => {
  it('prints the same message with the file and its line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'degmail-mailfacts-'));
    mkdirSync(path.join(dir, 'providers'));
    const text = measured(BLOCK, edit(MEASURED_SOURCE, 'tool: "degmail check:mail 0.1.0"', 'tool: "degmail 0.1"'));
    writeFileSync(path.join(dir, 'providers', 'fictif.yaml'), text);
    const node = path.join(ROOT, 'node_modules/.bin/node');
    const r = spawnSync(node, [path.join(ROOT, 'scripts/validate.ts')], { cwd: ROOT, env: { ...process.env, DEGMAIL_CONTENT: dir, DEGMAIL_TODAY: PINNED_TODAY }, encoding: 'utf8' });
    rmSync(dir, { recursive: true, force: true });
    expect(r.status).toBe(1);
    const line = text.split('\n').findIndex((l) => l.startsWith('    tool:')) + 1;
    expect(r.stderr).toContain(`${path.join(dir, 'providers', 'fictif.yaml')}:${line}: sources.2.tool: expected "degmail check:mail <version>", such as "degmail check:mail 0.1.0", got "degmail 0.1"`);
  });
});
