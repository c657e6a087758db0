/**
 * What the command line says and reads for a fixture zone: `npm run check:mail -- <domain> --json`, pointed at the
 * fixture servers, for its verdicts and texts; and the same check in process through a recorder (the CLI's own
 * wiring: dnsLookup, and the policy fetch resolving with it), for every record it read and the policy text.
 */
import { spawn } from 'node:child_process';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';
import type { Report } from '../../src/lib/mailcheck/contract.ts';
import { dnsLookup } from '../../src/node/mailcheck/lookup.ts';
import { httpsPolicyFetch } from '../../src/node/mailcheck/policy.ts';
import type { MailcheckJson } from '../../src/node/mailcheck/json.ts';
import type { MailServers } from '../fixtures/mailcheck/servers.ts';
import { ZONES, type ZoneId } from '../fixtures/mailcheck/zones.ts';
import { record, type RecordSet } from './mailcheck-paste.ts';

export interface ZoneRead {
  /** The CLI's `--json` output. */
  json: MailcheckJson;
  /** The same check, in process. */
  report: Report;
  /** Every record set it read with records in it. */
  sets: RecordSet[];
  /** The MTA-STS policy text it fetched, if any. */
  policy: string | undefined;
}

function cli(servers: MailServers, zone: ZoneId): Promise<MailcheckJson> {
  const z = ZONES[zone];
  const args = ['scripts/check-mail.ts', z.domain, ...z.dkimSelectors.flatMap((s) => ['--dkim-selector', s]), '--dns', servers.dns, '--json'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...servers.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    // 0: nothing fails; 1: a check fails. Both print the report.
    child.on('close', (code) => (code === 0 || code === 1 ? resolve(JSON.parse(out) as MailcheckJson) : reject(new Error(`check:mail exited ${code}: ${err}`))));
  });
}

export async function readZone(servers: MailServers, zone: ZoneId): Promise<ZoneRead> {
  const z = ZONES[zone];
  const lookup = dnsLookup({ server: servers.dns });
  const rec = record(lookup, httpsPolicyFetch({ ...servers.policy, lookup }));
  const report = await checkDomain({ domain: z.domain, dkimSelectors: z.dkimSelectors, lookup: rec.lookup, fetchPolicy: rec.fetchPolicy });
  const policy = rec.policies.map((p) => p.answer).find((a) => a.status === 'ok');
  return { json: await cli(servers, zone), report, sets: rec.sets(), policy: policy?.status === 'ok' ? policy.text : undefined };
}
