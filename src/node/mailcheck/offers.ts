/**
 * `npm run check:mail -- --offers [<offer id>…]`: measures the offers whose mail domains are known and writes the
 * verdicts into their files (content/providers/<id>.yaml, or DEGMAIL_CONTENT's), touching nothing else. Maintainers
 * run it with network access; the build only reads what it wrote.
 *
 * Without ids it measures every listed offer (published, not closed). Offers whose mail domains are unknown are
 * reported, never guessed from their website. A domain whose every lookup failed is not written: its file keeps what
 * it knew. Returns the exit code: 0 when every offer that could be measured was written (whatever its verdicts: they
 * are facts to record, not failures of the run), 1 when some could not be, 2 when nothing could be measured (no
 * valid id, no known mail domain, or every lookup failed).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkProviders, idFromPath } from '../../lib/content/check.ts';
import { EXIT, MECHANISMS, type Report } from '../../lib/mailcheck/contract.ts';
import { checkedNothing, mailSecurityFrom } from '../../lib/offers/mail-security.ts';
import { isListed } from '../../lib/offers/order.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';
import { today } from '../../env.ts';
import { contentPath, shownPath } from '../paths.ts';
import { writeMeasurement } from './offer-file.ts';
import { toolName } from './tool.ts';

interface OfferFile {
  entry: ProviderEntry;
  full: string;
  shown: string;
}

/** Every offer file of the content folder that passes the checks, by id; the others are reported. */
async function readOffers(log: (line: string) => void): Promise<Map<string, OfferFile>> {
  const folder = path.join(contentPath(), 'providers');
  const names = (await readdir(folder)).filter((n) => /\.ya?ml$/i.test(n)).sort();
  const files = await Promise.all(names.map(async (n) => ({ full: path.join(folder, n), text: await readFile(path.join(folder, n), 'utf8') })));
  const { entries, errors } = checkProviders(files.map((f) => ({ path: shownPath(f.full), text: f.text })));
  for (const e of errors) log(`not measured, the file does not pass the checks: ${e}`);
  const full = new Map(files.map((f) => [idFromPath(f.full), f.full]));
  return new Map(entries.map((entry) => [entry.id, { entry, full: full.get(entry.id)!, shown: shownPath(full.get(entry.id)!) }]));
}

/** The offers asked for: the given ids (unknown ones reported), or every listed one. */
function select(all: Map<string, OfferFile>, ids: string[], log: (line: string) => void): OfferFile[] {
  if (!ids.length) return [...all.values()].filter((o) => o.entry.draft !== true && isListed(o.entry));
  const unknown = ids.filter((id) => !all.has(id));
  if (unknown.length) log(`unknown offer${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')} (no such file in content/providers/, or it does not pass the checks)`);
  return [...new Set(ids)].flatMap((id) => (all.has(id) ? [all.get(id)!] : []));
}

/** The reports of an offer's domains, one after the other; null (and reported) when a check throws. */
async function reportsOf(o: OfferFile, domains: string[], check: (domain: string) => Promise<Report>, log: (line: string) => void): Promise<Report[] | null> {
  const reports: Report[] = [];
  for (const domain of domains) {
    try {
      reports.push(await check(domain));
    } catch (e) {
      log(`${o.entry.id}: the check of ${domain} failed (${(e as Error).message}): ${o.shown} left as it was`);
      return null;
    }
  }
  return reports;
}

export async function measureOffers(ids: string[], check: (domain: string) => Promise<Report>, log: (line: string) => void): Promise<number> {
  const chosen = select(await readOffers(log), ids, log);
  const measurable = chosen.filter((o) => Array.isArray(o.entry.mail_domains));
  const unknown = chosen.filter((o) => !Array.isArray(o.entry.mail_domains)).map((o) => o.entry.id);
  if (unknown.length) log(`mail domains unknown: ${unknown.join(', ')} (add mail_domains, with its source, to measure them)`);
  if (!measurable.length) {
    log('nothing to measure: no offer asked for has known mail domains');
    return EXIT.usage;
  }
  const tool = toolName();
  const day = today();
  let written = 0;
  let nothing = 0;
  for (const o of measurable) {
    const domains = o.entry.mail_domains as string[];
    const reports = await reportsOf(o, domains, check, log);
    if (!reports) continue;
    if (reports.every(checkedNothing)) {
      nothing++;
      log(`${o.entry.id}: nothing could be checked on ${domains.join(', ')} (every lookup failed): ${o.shown} left as it was`);
      continue;
    }
    const verdicts = mailSecurityFrom(reports);
    const problem = await writeMeasurement(o.full, o.shown, { verdicts, tool, day });
    if (problem) {
      log(`${o.entry.id}: not written (${problem})`);
      continue;
    }
    written++;
    const said = MECHANISMS.map((m) => `${m} ${verdicts[m] ?? 'unknown'}`).join(', ');
    log(`${o.entry.id} (${domains.join(', ')}): ${said}; written to ${o.shown}`);
  }
  if (written === measurable.length) return EXIT.ok;
  return written === 0 && nothing === measurable.length ? EXIT.usage : EXIT.failed;
}
