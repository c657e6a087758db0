/**
 * `npm run check:mail -- --offers`'s writer (src/node/mailcheck/offers.ts), with a fake check and temporary copies of
 * the fictional offer files: it measures only offers whose mail domains are known, reports the others and unknown
 * ids, and writes into each file its `mail_security` block and its measured source, and nothing else.
 */
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { measureOffers } from '../../src/node/mailcheck/offers.ts';
import { toolName } from '../../src/node/mailcheck/tool.ts';
import { checkProviders } from '../../src/lib/content/check.ts';
import type { CheckResult, Mechanism, Report, RuleStatus, Status } from '../../src/lib/mailcheck/contract.ts';
import { edit, PINNED_TODAY } from '../fixtures/provider-text.ts';

const FIXTURES = 'tests/fixtures/content/providers';
/** Two fictional offers given mail domains (one with two), a comment and an odd key order kept on the way. */
const MEASURED = { 'chaton-fictif-des-collines': ['collines.example'], 'cooperative-fictive-du-lac': ['lac.example', 'lac-mail.example'] };

let content: string;
const file = (id: string) => path.join(content, 'providers', `${id}.yaml`);
const read = (id: string) => readFileSync(file(id), 'utf8');

/** Gives an offer its mail domains, backed by its first source, with a comment above them. */
function withDomains(text: string, domains: string[]): string {
  const t = edit(text, 'mail_domains: unknown', `# The addresses, as the offer's page says.\nmail_domains: [${domains.join(', ')}]`);
  return edit(t, /(\n {4}backs: \[)/, '$1mail_domains, ');
}

beforeEach(() => {
  content = mkdtempSync(path.join(tmpdir(), 'degmail-offers-'));
  mkdirSync(path.join(content, 'providers'));
  for (const name of readdirSync(FIXTURES)) {
    const id = name.replace(/\.yaml$/, '');
    const text = readFileSync(path.join(FIXTURES, name), 'utf8');
    const domains = (MEASURED as Record<string, string[]>)[id];
    writeFileSync(file(id), domains ? withDomains(text, domains) : text);
  }
  vi.stubEnv('DEGMAIL_CONTENT', content);
  vi.stubEnv('DEGMAIL_TODAY', PINNED_TODAY);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(content, { recursive: true, force: true });
});

const result = (mechanism: Mechanism, status: Status, subject = 'x'): CheckResult => ({ mechanism, subject, status, findings: [], records: [] });

/** A fake check: per domain, the results and the two rules' verdicts it is given. */
function fakeCheck(by: Record<string, { results: CheckResult[]; rules?: [RuleStatus, RuleStatus] }>) {
  const asked: string[] = [];
  const check = async (domain: string): Promise<Report> => {
    asked.push(domain);
    const r = by[domain];
    if (!r) throw new Error(`no answer for ${domain}`);
    const [a, b] = r.rules ?? ['met', 'met'];
    return { domain, results: r.results, summary: [{ rule: 'spf-or-dkim', status: a, basedOn: ['spf', 'dkim'] }, { rule: 'forward-reverse-dns', status: b, basedOn: ['rdns'] }] };
  };
  return { check, asked };
}

const GOOD = { results: [result('mx', 'pass'), result('spf', 'pass'), result('dkim', 'not-checked'), result('dmarc', 'warn'), result('rdns', 'pass', '192.0.2.1')] };

async function run(ids: string[], check: (d: string) => Promise<Report>): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await measureOffers(ids, check, (l) => lines.push(l));
  return { code, lines };
}

describe('measureOffers', () => {
  it('measures only offers with known mail domains, reports the others, and writes only the verdicts and their source', async () => {
    const before = Object.fromEntries(readdirSync(path.join(content, 'providers')).map((n) => [n, readFileSync(path.join(content, 'providers', n), 'utf8')]));
    const lac = { results: [...GOOD.results, result('rdns', 'fail', '192.0.2.2')], rules: ['met', 'not-met'] as [RuleStatus, RuleStatus] };
    const { check, asked } = fakeCheck({ 'collines.example': GOOD, 'lac.example': GOOD, 'lac-mail.example': lac });
    const { code, lines } = await run([], check);
    expect(code).toBe(0);
    expect(asked.sort()).toEqual(['collines.example', 'lac-mail.example', 'lac.example']);
    const unknown = lines.find((l) => l.startsWith('mail domains unknown: '))!;
    expect(unknown).toContain('association-imaginaire-du-val');
    expect(unknown).not.toContain('chaton-fictif-des-collines');

    // Exactly two changes: the mail_security line becomes the block, and the measured source comes last.
    const tool = toolName();
    const source = `  - id: check-mail\n    kind: measured\n    tool: ${tool}\n    checked: "${PINNED_TODAY}"\n    backs: [mail_security]\n`;
    const block = (rdns: string, reverse: string) =>
      `mail_security:\n  mx: pass\n  spf: pass\n  dkim: not-checked\n  dmarc: warn\n  mta-sts: unknown\n  tls-rpt: unknown\n  dane: unknown\n  rdns: ${rdns}\n` +
      `  rules:\n    spf-or-dkim: met\n    forward-reverse-dns: ${reverse}\n`;
    const collines = 'chaton-fictif-des-collines.yaml';
    expect(read('chaton-fictif-des-collines')).toBe(edit(before[collines]!, 'mail_security: unknown\n', block('pass', 'met')) + source);
    // Two domains: the worst of each mechanism, a rule met only when every domain meets it.
    const lacFile = 'cooperative-fictive-du-lac.yaml';
    expect(read('cooperative-fictive-du-lac')).toBe(edit(before[lacFile]!, 'mail_security: unknown\n', block('fail', 'not-met')) + source);
    // The others are untouched, and every file still passes the build's checks.
    for (const [name, text] of Object.entries(before))
      if (name !== collines && name !== lacFile) expect(readFileSync(path.join(content, 'providers', name), 'utf8'), name).toBe(text);
    const files = readdirSync(path.join(content, 'providers')).map((n) => ({ path: n, text: readFileSync(path.join(content, 'providers', n), 'utf8') }));
    expect(checkProviders(files).errors).toEqual([]);
  });

  it('measures again in place: same source id, new day and verdicts, nothing else moves; the same day changes nothing', async () => {
    await run(['chaton-fictif-des-collines'], fakeCheck({ 'collines.example': GOOD }).check);
    const first = read('chaton-fictif-des-collines');
    await run(['chaton-fictif-des-collines'], fakeCheck({ 'collines.example': GOOD }).check);
    expect(read('chaton-fictif-des-collines')).toBe(first);
    vi.stubEnv('DEGMAIL_TODAY', '2026-12-02');
    const worse = { results: GOOD.results.map((r) => (r.mechanism === 'spf' ? { ...r, status: 'fail' as const } : r)) };
    const { code } = await run(['chaton-fictif-des-collines'], fakeCheck({ 'collines.example': worse }).check);
    expect(code).toBe(0);
    const second = read('chaton-fictif-des-collines');
    expect(second).toBe(first.replace('  spf: pass\n', '  spf: fail\n').replace(`checked: "${PINNED_TODAY}"`, 'checked: "2026-12-02"'));
    expect(second.match(/kind: measured/g)).toHaveLength(1);
    expect(second).toContain("# The addresses, as the offer's page says.\nmail_domains: [collines.example]\n");
  });

  it('reports unknown ids and offers without mail domains; exits 2 when nothing valid is left to measure', async () => {
    const { check, asked } = fakeCheck({});
    const none = await run(['no-such-offer'], check);
    expect(none.code).toBe(2);
    expect(none.lines.join('\n')).toContain('unknown offer: no-such-offer');
    const unknownDomains = await run(['association-imaginaire-du-val', 'no-such-offer'], check);
    expect(unknownDomains.code).toBe(2);
    expect(unknownDomains.lines).toContain('mail domains unknown: association-imaginaire-du-val (add mail_domains, with its source, to measure them)');
    expect(asked).toEqual([]);
    expect(read('association-imaginaire-du-val')).toBe(readFileSync(path.join(FIXTURES, 'association-imaginaire-du-val.yaml'), 'utf8'));
  });

  it('measures the valid ids among unknown ones', async () => {
    const { code, lines } = await run(['no-such-offer', 'chaton-fictif-des-collines'], fakeCheck({ 'collines.example': GOOD }).check);
    expect(code).toBe(0);
    expect(lines.join('\n')).toContain('unknown offer: no-such-offer');
    expect(read('chaton-fictif-des-collines')).toContain('kind: measured');
  });

  it('leaves a file as it was when every lookup failed, or when the check throws', async () => {
    const before = read('chaton-fictif-des-collines');
    const down = { results: [result('mx', 'not-checked'), result('spf', 'not-checked')], rules: ['not-checked', 'not-checked'] as [RuleStatus, RuleStatus] };
    const nothing = await run(['chaton-fictif-des-collines'], fakeCheck({ 'collines.example': down }).check);
    expect(nothing.code).toBe(2);
    expect(nothing.lines.join('\n')).toMatch(/chaton-fictif-des-collines: nothing could be checked on collines\.example/);
    expect(read('chaton-fictif-des-collines')).toBe(before);
    // One offer written, the other's check throws (lac-mail.example has no answer): exit 1, that file untouched.
    const lacBefore = read('cooperative-fictive-du-lac');
    const some = await run([], fakeCheck({ 'collines.example': GOOD, 'lac.example': GOOD }).check);
    expect(some.code).toBe(1);
    expect(some.lines.join('\n')).toMatch(/cooperative-fictive-du-lac: the check of lac-mail\.example failed \(no answer for lac-mail\.example\)/);
    expect(read('cooperative-fictive-du-lac')).toBe(lacBefore);
    expect(read('chaton-fictif-des-collines')).toContain('kind: measured');
  });

  it('gives the measured source a free id when a page source already has check-mail', async () => {
    writeFileSync(file('chaton-fictif-des-collines'), read('chaton-fictif-des-collines').replace('  - id: annuaire', '  - id: check-mail'));
    await run(['chaton-fictif-des-collines'], fakeCheck({ 'collines.example': GOOD }).check);
    const text = read('chaton-fictif-des-collines');
    expect(text).toContain('  - id: check-mail\n    url: http://annuaire.example/collines');
    expect(text).toMatch(/ {2}- id: check-mail-2\n {4}kind: measured\n/);
    expect(checkProviders([{ path: 'x.yaml', text }]).errors).toEqual([]);
  });
});
