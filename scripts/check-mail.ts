/**
 * `npm run check:mail -- <domain> [--dkim-selector <s>]… [--dns <ip>[:<port>]] [--timeout <ms>] [--json] [--lang fr|en]`
 * `npm run check:mail -- --offers [<offer id>…]`
 *
 * Checks a domain's mail records (MX, SPF, DKIM, DMARC, MTA-STS, TLS-RPT, DANE, reverse DNS) against the standards
 * and the big providers' published rules; see README, "Deliverability check". Exit 0 when nothing fails, 1 when a
 * check fails, 2 on bad arguments or when nothing could be checked.
 *
 * DEGMAIL_MTASTS_HOST, DEGMAIL_MTASTS_PORT and DEGMAIL_MTASTS_CA (a PEM file) are for tests only: they send the
 * MTA-STS policy request to a local server, trusting its test CA.
 */
import { checkDomain } from '../src/lib/mailcheck/run.ts';
import { runCli } from '../src/node/mailcheck/cli.ts';

const env = process.env;
process.exitCode = await runCli(
  process.argv.slice(2),
  { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) },
  {
    checkDomain,
    // Loaded only for --offers: a domain check needs none of the offer files' code.
    measureOffers: async (ids, check, log) => (await import('../src/node/mailcheck/offers.ts')).measureOffers(ids, check, log),
    policy: {
      ...(env.DEGMAIL_MTASTS_HOST ? { host: env.DEGMAIL_MTASTS_HOST } : {}),
      ...(env.DEGMAIL_MTASTS_PORT ? { port: Number(env.DEGMAIL_MTASTS_PORT) } : {}),
      ...(env.DEGMAIL_MTASTS_CA ? { caFile: env.DEGMAIL_MTASTS_CA } : {}),
    },
  },
);
