/**
 * `npm run check:mail`: parses the arguments, wires the checks to real DNS and HTTPS, prints the report, and
 * gives the exit code (contract EXIT): 0 when nothing fails, 1 when a check fails, 2 on bad arguments or when
 * nothing could be checked because every DNS question went unanswered.
 *
 * The checks and the offers' measurement come in as `deps`, so this runs (and is tested) on its own;
 * scripts/check-mail.ts passes the real ones.
 */
import fs from 'node:fs';
import { EXIT, type CheckInput, type Lookup, type Report } from '../../lib/mailcheck/contract.ts';
import { parseCliArgs, USAGE } from './args.ts';
import { formatReport } from './format.ts';
import { toJson } from './json.ts';
import { dnsLookup } from './lookup.ts';
import { httpsPolicyFetch } from './policy.ts';
import { tally } from './tally.ts';
import { say } from './texts.ts';
import { toolName } from './tool.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Test-only: where the MTA-STS policy is fetched instead of `mta-sts.<domain>:443`, and the CA to trust. */
export interface PolicyOverride {
  host?: string;
  port?: number;
  caFile?: string;
}

export interface CliDeps {
  checkDomain(input: CheckInput): Promise<Report>;
  measureOffers(ids: string[], check: (domain: string) => Promise<Report>, log: (line: string) => void): Promise<number>;
  policy?: PolicyOverride;
  now?: () => Date;
}

export async function runCli(argv: string[], io: CliIo, deps: CliDeps): Promise<number> {
  const args = parseCliArgs(argv);
  if ('error' in args) {
    io.err(`check:mail: ${args.error}\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (args.mode === 'help') {
    io.out(`${USAGE}\n`);
    return EXIT.ok;
  }
  const dnsOptions = { ...(args.dns ? { server: args.dns } : {}), ...(args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}) };
  const policyOptions = {
    ...(deps.policy?.host ? { host: deps.policy.host } : {}),
    ...(deps.policy?.port ? { port: deps.policy.port } : {}),
    ...(deps.policy?.caFile ? { ca: fs.readFileSync(deps.policy.caFile) } : {}),
    ...(args.timeoutMs ? { timeoutMs: args.timeoutMs } : {}),
  };
  // The policy host is resolved by the same DNS as everything else.
  const wire = (lookup: Lookup) => ({ lookup, fetchPolicy: httpsPolicyFetch({ ...policyOptions, lookup }) });
  if (args.mode === 'offers') {
    const check = async (domain: string) => {
      const lookup = dnsLookup(dnsOptions);
      // An offer's mail domain comes from a source that shows addresses there: a resolver that says the name does not
      // exist is more likely broken or filtered (as in a sandbox) than right, and "fail" would be recorded as a fact.
      if ((await lookup(domain, 'MX')).status === 'nxdomain') {
        throw new Error(`the DNS server says ${domain} does not exist, though the offer's source shows addresses there; check the resolver (--dns)`);
      }
      return deps.checkDomain({ domain, dkimSelectors: [], ...wire(lookup) });
    };
    return deps.measureOffers(args.ids, check, (line) => io.out(`${line}\n`));
  }
  const counted = tally(dnsLookup(dnsOptions));
  const report = await deps.checkDomain({ domain: args.domain, dkimSelectors: args.dkimSelectors, ...wire(counted.lookup) });
  const checkedAt = (deps.now ?? (() => new Date()))();
  if (args.json) io.out(`${JSON.stringify(toJson(report, { checkedAt, tool: toolName(), dkimSelectors: args.dkimSelectors }), null, 2)}\n`);
  else io.out(formatReport(report, args.lang, checkedAt));
  if (counted.nothingAnswered()) {
    io.err(`check:mail: ${say(args.lang, 'mailcheck.cli.nothing-checked', { asked: counted.asked })}\n`);
    return EXIT.usage;
  }
  return report.results.some((r) => r.status === 'fail') ? EXIT.failed : EXIT.ok;
}
