/**
 * The ChatonsInfos import: crawl the federation, map each organisation with mail services to an offer, merge it into
 * the offer file already there (or write a new draft), check every result as the build does, then write it, or, for a
 * dry run, only show the diff. A file whose result would not pass the checks is reported and left as it was.
 */
import path from 'node:path';
import { unifiedDiff } from '../../lib/chatonsinfos/diff.ts';
import { mapOrganisation } from '../../lib/chatonsinfos/map.ts';
import { findOffer, type ExistingOffer } from '../../lib/chatonsinfos/match.ts';
import { mergeOffer, newOffer } from '../../lib/chatonsinfos/merge.ts';
import type { ImportedOffer, Problem } from '../../lib/chatonsinfos/types.ts';
import { accepted } from '../../lib/chatonsinfos/values.ts';
import { checkProviders } from '../../lib/content/check.ts';
import { today } from '../../env.ts';
import { shownPath } from '../paths.ts';
import { crawlFederation, type CrawlOptions } from './crawl.ts';
import { readOffers, writeOffers, type OfferFile } from './offers-dir.ts';
import { applyChanges, readForEdit, renderNew, sameValue } from './yaml-doc.ts';

export interface ImportOptions extends CrawlOptions {
  /** The federation file: a path or an http(s) URL. */
  source: string;
  /** A content/providers-like folder. */
  outDir: string;
  /** Write nothing; report the diff instead. */
  dryRun?: boolean;
}

export interface ImportReport {
  organisations: number;
  services: number;
  mailServices: number;
  /** Paths of the files created and updated (or that would be, in a dry run). */
  created: string[];
  updated: string[];
  errors: Problem[];
  /** What would change, as a unified diff (dry runs only). */
  diff: string;
}

interface Planned {
  file: string;
  shown: string;
  before?: string;
  text: string;
  /** The organisation file it comes from, for messages. */
  orgUrl: string;
}

/** Runs the import described by `options` and says what it did. */
export async function importChatonsInfos(options: ImportOptions): Promise<ImportReport> {
  const outDir = path.resolve(options.outDir);
  const crawl = await crawlFederation(options.source, options);
  const errors = [...crawl.problems];
  const offers = await readOffers(outDir);
  const known: ExistingOffer[] = offers.flatMap((o) => (o.data ? [{ id: o.id, website: o.data.website, chatonsinfos: o.data.chatonsinfos }] : []));
  const planned: Planned[] = [];
  const taken = new Set<string>();
  let mailServices = 0;

  for (const files of crawl.organisations) {
    const mapped = mapOrganisation(files, today());
    mailServices += mapped.mailServices;
    errors.push(...mapped.problems);
    const imp = mapped.offer;
    if (!imp) continue;
    const match = findOffer(known, [imp.orgUrl, ...(imp.orgNamed ? [imp.orgNamed] : [])], imp.website);
    const fail = (reason: string) => errors.push({ url: imp.orgUrl, reason });
    // Readers follow a source to check a fact: a file on this machine cannot be one.
    const local = imp.sources.filter((s) => !/^https?:\/\//.test(s.url)).map((s) => s.url);
    if (local.length) fail(`no offer written: facts need sources at http(s) URLs, and ${local.join(', ')} ${local.length === 1 ? 'is a local file' : 'are local files'}`);
    else if (match.kind === 'conflict') fail(`no offer written: ${match.reason}`);
    else if (taken.has(match.kind === 'new' ? imp.id : match.id))
      fail(`no offer written: offer "${match.kind === 'new' ? imp.id : match.id}" already comes from another organisation file of this federation`);
    else if (match.kind === 'existing') {
      taken.add(match.id);
      const result = update(offers.find((o) => o.id === match.id)!, imp);
      if (typeof result === 'string') fail(result);
      else if (result) planned.push(result);
    } else {
      const result = create(imp, outDir, offers);
      if (typeof result === 'string') fail(result);
      else {
        taken.add(imp.id);
        known.push({ id: imp.id, website: imp.website, chatonsinfos: imp.orgUrl });
        planned.push(result);
      }
    }
  }

  const kept = checked(planned, offers, errors);
  if (!options.dryRun) await writeOffers(outDir, kept);
  return {
    organisations: crawl.organisations.length,
    services: crawl.services,
    mailServices,
    created: kept.filter((p) => p.before === undefined).map((p) => p.shown),
    updated: kept.filter((p) => p.before !== undefined).map((p) => p.shown),
    errors: errors.sort((a, b) => a.url.localeCompare(b.url) || a.reason.localeCompare(b.reason)),
    diff: options.dryRun ? kept.map((p) => unifiedDiff(p.before ?? '', p.text, p.before === undefined ? '/dev/null' : `a/${p.shown}`, `b/${p.shown}`)).join('') : '',
  };
}

/** The merged text of an existing offer, nothing when nothing changes, or why it is left as it was. */
function update(offer: OfferFile, imp: ImportedOffer): Planned | undefined | string {
  const read = readForEdit(offer.text);
  if ('reason' in read) return `${offer.shown}: not updated: ${read.reason}`;
  const next = mergeOffer(read.data, imp);
  if (sameValue(read.data, next)) return undefined;
  const text = applyChanges(read.doc, read.data, next);
  return text === offer.text ? undefined : { file: offer.file, shown: offer.shown, before: offer.text, text, orgUrl: imp.orgUrl };
}

/** The text of a new draft offer, or why none can be written. */
function create(imp: ImportedOffer, outDir: string, offers: readonly OfferFile[]): Planned | string {
  if (!accepted('website', imp.website))
    return `no offer written: organization.website: expected an https:// URL for the new offer's website, got ${imp.website === undefined ? 'nothing' : `"${imp.website}"`}`;
  const clash = offers.find((o) => o.id === imp.id);
  if (clash) return `no offer written: its id "${imp.id}" is already taken by ${clash.shown}, another offer (website ${String(clash.data?.website)})`;
  const file = path.join(outDir, `${imp.id}.yaml`);
  return { file, shown: shownPath(file), text: renderNew(newOffer(imp)), orgUrl: imp.orgUrl };
}

/**
 * The planned files that pass the build's checks, alone and beside the other files; the others are reported. Problems
 * the folder had before the import are not the import's doing and do not hold it back.
 */
function checked(planned: Planned[], offers: readonly OfferFile[], errors: Problem[]): Planned[] {
  const fine = planned.filter((p) => {
    const found = checkProviders([{ path: p.shown, text: p.text }]).errors;
    if (found.length) errors.push({ url: p.orgUrl, reason: `${p.shown}: left as it was: the result would not pass the checks (${found.join('; ')})` });
    return !found.length;
  });
  const folder = (with_: Planned[]) => {
    const texts = new Map(offers.map((o) => [o.shown, o.text]));
    for (const p of with_) texts.set(p.shown, p.text);
    return checkProviders([...texts].sort(([a], [b]) => a.localeCompare(b)).map(([path, text]) => ({ path, text }))).errors;
  };
  const before = new Set(folder([]));
  const added = folder(fine).filter((e) => !before.has(e));
  return fine.filter((p) => {
    const mine = added.filter((e) => e.includes(p.shown));
    if (mine.length) errors.push({ url: p.orgUrl, reason: `${p.shown}: left as it was: ${mine.join('; ')}` });
    return !mine.length;
  });
}
