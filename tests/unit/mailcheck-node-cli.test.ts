/**
 * `node scripts/check-mail.ts`, end to end as a child process: the fixture zones served by a loopback DNS server
 * (`--dns`), their MTA-STS policies by a loopback HTTPS server with a test CA (DEGMAIL_MTASTS_*).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MECHANISMS, RULES, type Mechanism, type Status } from '../../src/lib/mailcheck/contract.ts';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';
import { runCli } from '../../src/node/mailcheck/cli.ts';
import type { MailcheckJson } from '../../src/node/mailcheck/json.ts';
import { dnsLookup } from '../../src/node/mailcheck/lookup.ts';
import { httpsPolicyFetch } from '../../src/node/mailcheck/policy.ts';
import { say } from '../../src/node/mailcheck/texts.ts';
import { ROOT } from '../../src/node/paths.ts';
import { startMailServers, type MailServers } from '../fixtures/mailcheck/servers.ts';
import { RSA_4096 } from '../fixtures/mailcheck/keys.ts';
import { ZONES, type ZoneId } from '../fixtures/mailcheck/zones.ts';

// Node 22 runs the .ts script directly; vitest may itself run on another Node, so pick a Node 22 if needed.
const node = Number(process.versions.node.split('.')[0]) >= 22 ? process.execPath : path.join(ROOT, 'node_modules/.bin/node');
const SITE = 'https://degmail.example';
const VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

let servers: MailServers;
function cli(args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, ...servers?.env, SITE, BASE: '/' };
    const child = spawn(node, [path.join(ROOT, 'scripts/check-mail.ts'), ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
// The zones that drop queries wait for the deadline: shorter there, the default elsewhere (a loaded machine is slow).
const SHORT = new Set<ZoneId>(['silent', 'timeout']);
const zoneArgs = (id: ZoneId) => [
  ZONES[id].domain, '--dns', servers.dns, ...(SHORT.has(id) ? ['--timeout', '2500'] : []), ...ZONES[id].dkimSelectors.flatMap((s) => ['--dkim-selector', s]),
];

const runs = {} as Record<ZoneId, Run & { json: MailcheckJson }>;
beforeAll(async () => {
  servers = await startMailServers();
  // A few at a time: fifteen Node processes at once would starve each other.
  const queue = Object.keys(ZONES) as ZoneId[];
  const worker = async () => {
    for (let id = queue.shift(); id; id = queue.shift()) {
      const run = await cli([...zoneArgs(id), '--json']);
      runs[id] = { ...run, json: JSON.parse(run.stdout) as MailcheckJson };
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
}, 120_000);
afterAll(() => servers.stop());

const results = (id: ZoneId, m: Mechanism) => runs[id].json.results.filter((r) => r.mechanism === m);
const statusOf = (id: ZoneId, m: Mechanism) => results(id, m).map((r) => r.status);

describe('check:mail --json', () => {
  it('prints the documented shape, every text in both languages, links on the site', () => {
    const { json } = runs.good;
    expect(Object.keys(json)).toEqual(['schema', 'domain', 'checkedAt', 'tool', 'dkimSelectors', 'results', 'summary']);
    expect(json).toMatchObject({ schema: 'degmail-mailcheck/1', domain: 'good.test', tool: `degmail check:mail ${VERSION}`, dkimSelectors: ['s2048'] });
    expect(new Date(json.checkedAt).toISOString()).toBe(json.checkedAt);
    expect([...new Set(json.results.map((r) => r.mechanism))]).toEqual([...MECHANISMS]);
    for (const r of json.results) {
      expect(Object.keys(r)).toEqual(['mechanism', 'subject', 'status', 'records', 'findings', 'explanation']);
      expect(r.explanation.en).toMatch(new RegExp(`^${SITE}/en/deliverability/`));
      expect(r.explanation.fr).toBe(r.explanation.en.replace('/en/', '/fr/'));
      for (const f of r.findings) {
        expect(Object.keys(f).filter((k) => k !== 'fix')).toEqual(['status', 'code', 'params', 'why']);
        for (const text of [f.why.fr, f.why.en, f.fix?.fr ?? '', f.fix?.en ?? '']) expect(text, `${r.mechanism}.${f.code}`).not.toMatch(/mailcheck\.|\{\{/);
      }
    }
    expect(json.summary.map((s) => s.rule)).toEqual(RULES.map((r) => r.id));
    for (const s of json.summary) expect(Object.keys(s)).toEqual(['rule', 'audience', 'providers', 'status', 'basedOn', 'text']);
  });

  it('passes the good domain: exit 0, no failure, the rules DNS can show met, the policy fetched as mta-sts.good.test', () => {
    expect(runs.good.status).toBe(0);
    expect(runs.good.json.results.filter((r) => r.status === 'fail' || r.status === 'warn')).toEqual([]);
    for (const s of runs.good.json.summary) expect(s.status).toBe(RULES.find((r) => r.id === s.rule)!.dns ? 'met' : 'not-shown-by-dns');
    expect(results('good', 'dkim')[0]!.subject).toBe('s2048._domainkey.good.test');
    expect(servers.log.https).toContain('mta-sts.good.test');
  });

  it.each([
    ['spfLookups', 'spf', 'too-many-lookups'],
    ['spfPlusAll', 'spf', 'all-pass'],
    ['spfTwo', 'spf', 'multiple'],
    ['spfLoop', 'spf', 'include-loop'],
    ['dkimWeak', 'dkim', 'rsa-weak'],
    ['stsMissing', 'mta-sts', 'policy-missing'],
    ['stsUncovered', 'mta-sts', 'mx-uncovered'],
  ] as [ZoneId, Mechanism, string][])('%s: %s fails (%s), exit 1', (id, mechanism, code) => {
    expect(runs[id].status).toBe(1);
    expect(statusOf(id, mechanism)).toEqual(['fail']);
    expect(results(id, mechanism)[0]!.findings.filter((f) => f.status === 'fail').map((f) => f.code)).toContain(code);
  });

  it('warns about DMARC p=none without rua', () => {
    expect(statusOf('dmarcNone', 'dmarc')).toEqual(['warn']);
    expect(results('dmarcNone', 'dmarc')[0]!.findings.map((f) => f.code)).toEqual(expect.arrayContaining(['policy-none', 'no-rua']));
  });

  it('reads TXT records split into several strings as one', () => {
    expect(runs.txtSplit.status).toBe(0);
    expect(results('txtSplit', 'spf')[0]!.records).toEqual(['v=spf1 ip4:192.0.2.17 ip6:2001:db8::11 mx -all']);
    expect(results('txtSplit', 'dkim')[0]!).toMatchObject({ status: 'pass', records: [`v=DKIM1; k=rsa; p=${RSA_4096}`] });
  });

  it.each([
    ['cnameLoop', '_dmarc.cname-loop.test → dmarc.cname-loop.test → _dmarc.cname-loop.test'],
    ['servfail', 'SERVFAIL'],
    ['timeout', 'ETIMEOUT'],
  ] as [ZoneId, string][])('%s: DMARC is not checked, with the reason; the rest is checked (exit 0)', (id, reason) => {
    expect(runs[id].status).toBe(0);
    const [dmarc] = results(id, 'dmarc');
    expect(dmarc!.status).toBe('not-checked' satisfies Status);
    expect(JSON.stringify(dmarc!.findings.map((f) => f.params))).toContain(reason);
    expect(statusOf(id, 'spf')).toEqual(['pass']);
  });

  it.each(['silent', 'allServfail'] as ZoneId[])('%s: nothing could be checked, exit 2, still every result with its reason', (id) => {
    expect(runs[id].status).toBe(2);
    expect(runs[id].stderr).toMatch(/^check:mail: rien n’a pu être vérifié/);
    expect(runs[id].json.results.length).toBeGreaterThan(0);
    for (const r of runs[id].json.results) expect(r.status).toBe('not-checked');
  });

  it('gives the verdicts the checks give in-process with the same DNS and policy server', async () => {
    const report = await checkDomain({ domain: 'good.test', dkimSelectors: ['s2048'], lookup: dnsLookup({ server: servers.dns }), fetchPolicy: httpsPolicyFetch(servers.policy) });
    const strip = (r: { mechanism: string; subject: string; status: string; records: string[]; findings: { status: string; code: string }[] }) =>
      ({ mechanism: r.mechanism, subject: r.subject, status: r.status, records: r.records, findings: r.findings.map((f) => `${f.status} ${f.code}`) });
    expect(runs.good.json.results.map(strip)).toEqual(report.results.map(strip));
  });
});

describe('check:mail in the terminal', () => {
  it.each(['fr', 'en'] as const)('prints, in %s, each result’s status, subject, why, fix and link, then the rules by audience', async (lang) => {
    const run = await cli([...zoneArgs('spfPlusAll'), '--lang', lang]);
    expect(run.status).toBe(1);
    const out = run.stdout;
    expect(out).not.toMatch(/mailcheck\.|\{\{/);
    for (const r of runs.spfPlusAll.json.results) {
      expect(out).toContain(r.subject);
      expect(out).toContain(r.explanation[lang]);
      for (const f of r.findings) {
        expect(out).toContain(f.why[lang]);
        if (f.fix) expect(out).toContain(f.fix[lang]);
      }
    }
    // The report ends with the rules, under their two audiences, one line each: no total, no score after them.
    const tail = out.slice(out.indexOf(say(lang, 'mailcheck.cli.summary'))).trimEnd().split('\n');
    expect(tail).toHaveLength(1 + 2 + RULES.length);
    expect(tail[1]).toBe(`  ${say(lang, 'mailcheck.cli.audience.all')}`);
    for (const s of runs.spfPlusAll.json.summary) expect(tail).toContainEqual(expect.stringMatching(new RegExp(`^ {4}${say(lang, `mailcheck.ruleStatus.${s.status}`)} +${escape(s.text[lang])} \\(`)));
  }, 30_000);

  it('exits 2 with the problem and the usage on bad arguments, printing nothing else', async () => {
    for (const args of [[], ['localhost'], ['example.org', '--dns', 'dns.example.net'], ['example.org', '--lang', 'de']]) {
      const run = await cli(args);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr).toMatch(/^check:mail: .+\nusage: npm run check:mail -- <domain>/);
      expect(run.stdout).toBe('');
    }
  }, 30_000);
});

describe('check:mail --offers', () => {
  it('hands measureOffers the ids, a check on the same DNS and policy server, and a log; exits with its code', async () => {
    const out: string[] = [];
    const err: string[] = [];
    let ids: string[] = [];
    const code = await runCli(['--offers', 'fictional-a', 'fictional-b', '--dns', servers.dns], { out: (t) => out.push(t), err: (t) => err.push(t) }, {
      checkDomain,
      policy: { host: servers.policy.host, port: servers.policy.port, caFile: servers.env.DEGMAIL_MTASTS_CA! },
      measureOffers: async (given, check, log) => {
        ids = given;
        const report = await check('good.test');
        log(report.results.map((r) => `${r.mechanism} ${r.status}`).join(', '));
        return 1;
      },
    });
    expect([code, ids, err]).toEqual([1, ['fictional-a', 'fictional-b'], []]);
    // The offers' DKIM selectors are unknown: DKIM is not checked; everything else is read from the fixture servers.
    expect(out).toEqual(['mx pass, spf pass, dkim not-checked, dmarc pass, mta-sts pass, tls-rpt pass, dane not-checked, rdns pass, rdns pass\n']);
  });

  it('refuses to measure a mail domain the DNS server says does not exist (a broken resolver must not become a fact)', async () => {
    const log: string[] = [];
    await runCli(['--offers', '--dns', servers.dns], { out: () => undefined, err: () => undefined }, {
      checkDomain,
      measureOffers: async (_ids, check) => {
        await check('no-such-name.test').then(() => log.push('measured'), (e: Error) => log.push(e.message));
        return 2;
      },
    });
    expect(log).toEqual([expect.stringMatching(/says no-such-name\.test does not exist.*--dns/)]);
  });

  it('prints the usage for --help', async () => {
    const out: string[] = [];
    const fail = () => Promise.reject(new Error('not called'));
    expect(await runCli(['--help'], { out: (t) => out.push(t), err: () => {} }, { checkDomain: fail, measureOffers: fail })).toBe(0);
    expect(out.join('')).toMatch(/^usage: npm run check:mail -- <domain>.*\n {7}npm run check:mail -- --offers/s);
  });
});
