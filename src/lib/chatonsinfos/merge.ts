/**
 * Merging an import into an offer without clobbering what maintainers wrote. A fact is ChatonsInfos' when the only
 * sources backing it are ChatonsInfos sources (ids starting with `chatonsinfos-`, which only the importer writes);
 * such facts, and unknown ones, follow the files; every other fact, `draft`, the name and the website stay as they are.
 */
import { FACT_FIELDS, isKnown, providerFields, type FactField } from '../../schemas/provider.ts';
import type { ImportedOffer, ImportedSource } from './types.ts';

type Data = Record<string, unknown>;
type SourceData = Data & { id?: unknown; url?: unknown; backs?: unknown };

const CI_PREFIX = 'chatonsinfos-';

/** True for a source the importer wrote. */
export function isChatonsInfosSource(s: unknown): boolean {
  return !!s && typeof s === 'object' && typeof (s as SourceData).id === 'string' && ((s as SourceData).id as string).startsWith(CI_PREFIX);
}

const backsOf = (s: SourceData): string[] => (Array.isArray(s.backs) ? s.backs.filter((b): b is string => typeof b === 'string') : []);
const noClaim = (field: FactField) => (field === 'chatons' ? 'unverified' : 'unknown');

/** A new offer in the order of the schema, every field written, unknown unless ChatonsInfos says; a draft. */
export function newOffer(imp: ImportedOffer): Data {
  const data: Data = {};
  for (const key of Object.keys(providerFields)) {
    if (key === 'name') data.name = imp.name;
    else if (key === 'website') data.website = imp.website;
    else if (key === 'draft') data.draft = true;
    else if (key === 'chatonsinfos') {
      if (imp.orgUrl.startsWith('https://')) data.chatonsinfos = imp.orgUrl;
    } else if (key === 'audiences') data.audiences = { individuals: 'unknown', families: 'unknown', associations: 'unknown', professionals: 'unknown' };
    else if (key === 'sources') data.sources = sourcesFor(imp, imp.facts);
    else if (key !== 'notes') data[key] = imp.facts[key as FactField]?.value ?? noClaim(key as FactField);
  }
  return data;
}

/**
 * The offer `cur` with the import applied: the same object shape, every untouched value the same. Sources of files
 * read this time are rewritten (or dropped when they back nothing); sources of files that could not be read stay.
 */
export function mergeOffer(cur: Data, imp: ImportedOffer): Data {
  const sources = (Array.isArray(cur.sources) ? cur.sources : []) as SourceData[];
  const handBacked = new Set(sources.filter((s) => !isChatonsInfosSource(s)).flatMap(backsOf));
  const byUrl = new Map(imp.sources.map((s) => [s.url, s]));
  // A ChatonsInfos source is "read" when its file was read now, or when the organisation no longer names its file
  // (every file it names was read): its facts are then the import's to decide.
  const read = (s: SourceData) => isChatonsInfosSource(s) && (byUrl.has(String(s.url)) || imp.complete);
  const fromRead = new Set(sources.filter(read).flatMap(backsOf));
  const fromUnread = new Set(sources.filter((s) => isChatonsInfosSource(s) && !read(s)).flatMap(backsOf));

  const next: Data = { ...cur };
  const decided: Partial<Record<FactField, string[]>> = {};
  for (const field of FACT_FIELDS) {
    const fact = imp.facts[field];
    // Nothing to say now, or a file that could not be read this time may still say it.
    if (!fact && (!fromRead.has(field) || fromUnread.has(field))) continue;
    // A maintainer's word on membership ("not-member") is no fact of ChatonsInfos to undo.
    if (field === 'chatons' && cur.chatons === 'not-member') continue;
    if (isKnown(cur[field], field) && (handBacked.has(field) || !sources.some((s) => backsOf(s).includes(field)))) continue;
    // An optional field the import has nothing for stays absent rather than appear as "unknown".
    if (!fact && !(field in cur)) continue;
    next[field] = fact ? fact.value : noClaim(field);
    decided[field] = fact && isKnown(fact.value, field) ? fact.sources : [];
  }

  const decidedFields = new Set(Object.keys(decided));
  const placed = new Set<string>();
  const kept: SourceData[] = [];
  for (const s of sources) {
    if (!isChatonsInfosSource(s)) {
      kept.push(s);
      continue;
    }
    // The same file, or the same file moved (its id the same, its new URL no source's yet).
    const match = byUrl.get(String(s.url)) ?? imp.sources.find((i) => i.id === s.id && !sources.some((o) => o.url === i.url));
    if (match && !placed.has(match.url)) {
      placed.add(match.url);
      const backs = backedBy(match.id, decided);
      if (backs.length) kept.push(rewrite(s, match, backs));
    } else if (!read(s)) {
      // A file not read this time: it still backs what the import did not decide.
      const backs = backsOf(s).filter((b) => !decidedFields.has(b));
      if (backs.length) kept.push(sameBacks(s, backs) ? s : { ...s, backs });
    }
  }
  for (const s of imp.sources) {
    if (placed.has(s.url)) continue;
    const backs = backedBy(s.id, decided);
    if (backs.length) kept.push({ ...s, backs });
  }
  // A source of a file not read keeps its id, which a renamed service may now also give: the later one yields.
  const taken = new Set(kept.map((s) => String(s.id)));
  const seen = new Set<string>();
  next.sources = kept.map((s) => {
    if (!seen.has(String(s.id))) {
      seen.add(String(s.id));
      return s;
    }
    const id = freeId(String(s.id), taken);
    taken.add(id);
    return { ...s, id };
  });
  if (cur.chatonsinfos === undefined && imp.orgUrl.startsWith('https://')) next.chatonsinfos = imp.orgUrl;
  return next;
}

/** The fields the import decided with source `id`, in the schema's order (so a second run writes the same list). */
function backedBy(id: string, decided: Partial<Record<FactField, string[]>>): string[] {
  return FACT_FIELDS.filter((f) => decided[f]?.includes(id));
}

function sourcesFor(imp: ImportedOffer, facts: ImportedOffer['facts']): Data[] {
  return imp.sources.flatMap((s) => {
    const backs = FACT_FIELDS.filter((f) => facts[f]?.sources.includes(s.id) && isKnown(facts[f]!.value, f));
    return backs.length ? [{ ...s, backs }] : [];
  });
}

/** The old source with the new file's id, URL, title and date, its own key order and other keys kept. */
function rewrite(old: SourceData, s: ImportedSource, backs: string[]): SourceData {
  const out: SourceData = { ...old, id: s.id, url: s.url, title: s.title, checked: s.checked };
  out.backs = sameBacks(old, backs) ? old.backs : backs;
  return out;
}

function sameBacks(s: SourceData, backs: string[]): boolean {
  const old = backsOf(s);
  return old.length === backs.length && old.every((b, i) => b === backs[i]);
}

function freeId(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  return out;
}
