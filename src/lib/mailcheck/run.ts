/**
 * The whole check of a domain: MX first (its hosts feed MTA-STS, DANE and reverse DNS), then every other mechanism,
 * then the summary. A lookup or policy fetch that rejects is turned into an "error" answer with its message, so a
 * bug in a resolver shows as "not checked: <message>" on its results instead of losing the whole report.
 */
import type { CheckInput, CheckResult, Lookup, PolicyFetch, Report } from './contract.ts';
import { MECHANISMS } from './contract.ts';
import { normalizeName } from './names.ts';
import { checkMx, mxHosts } from './mx.ts';
import { checkSpf } from './spf.ts';
import { checkDkim, dkimWithoutSelector } from './dkim.ts';
import { checkDmarc } from './dmarc.ts';
import { checkMtaSts } from './mta-sts.ts';
import { checkTlsRpt } from './tls-rpt.ts';
import { checkDane } from './dane.ts';
import { checkRdns } from './rdns.ts';
import { summarize } from './summary.ts';

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

function safeLookup(lookup: Lookup): Lookup {
  return (name, type) => lookup(name, type).catch((e: unknown) => ({ status: 'error' as const, reason: message(e) }));
}

function safeFetch(fetchPolicy: PolicyFetch): PolicyFetch {
  return (domain) => fetchPolicy(domain).catch((e: unknown) => ({ status: 'error' as const, reason: message(e) }));
}

export async function checkDomain(input: CheckInput): Promise<Report> {
  const domain = normalizeName(input.domain);
  const lookup = safeLookup(input.lookup);
  const mx = await checkMx(domain, lookup);
  const hosts = mxHosts(mx.records);
  const selectors = [...new Set(input.dkimSelectors.map((s) => s.trim()).filter((s) => s !== ''))];
  const groups = await Promise.all([
    checkSpf(domain, lookup),
    selectors.length === 0 ? [dkimWithoutSelector(domain)] : Promise.all(selectors.map((s) => checkDkim(domain, s, lookup))),
    checkDmarc(domain, lookup),
    checkMtaSts(domain, hosts, lookup, safeFetch(input.fetchPolicy)),
    checkTlsRpt(domain, lookup),
    checkDane(hosts, lookup),
    checkRdns(hosts, lookup),
  ]);
  const results: CheckResult[] = [mx, ...groups.flat()];
  // Shown in the contract's order of mechanisms, each mechanism's results in the order they were made.
  results.sort((a, b) => MECHANISMS.indexOf(a.mechanism) - MECHANISMS.indexOf(b.mechanism));
  return { domain, results, summary: summarize(results) };
}
