/**
 * The contribution form's state and an offer entry, one into the other. The state is what a form holds: each control's
 * name and its values as text (FormData-like), e.g. `city: ["Rennes"]`, `city.unknown: ["on"]` when "unknown" is
 * ticked, `price.model: ["tiered"]`, `price.tiered.tiers.0.per_gb: ["0.5"]`, `sources.0.backs: ["price", "quota_gb"]`.
 *
 * The entry built from a state has every field, in the schema's order ("unknown" where nothing is known), and is
 * left for the schema to judge: nothing here decides what is valid, a wrong value is passed on as typed.
 *
 * Measured facts (`mail_security` and its measured source) are nobody's to type: an offer's are carried through, as
 * JSON in two hidden controls (`mail_security`, `sources.measured`), so a correction keeps them.
 */
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { FACT_FIELDS, providerFields, UNKNOWN, type FactField } from '../../schemas/provider.ts';
import { factKind, priceModel, TIER_KEYS, TYPED_KINDS, type PriceKey } from './contribute-fields.ts';

export type FormValues = Record<string, string[]>;
type Entry = Record<string, unknown>;

const AUDIENCES = ['individuals', 'families', 'associations', 'professionals'] as const;
/** The name of a fact's "unknown" checkbox. */
export const unknownName = (field: string) => `${field}.unknown`;

// ——— entry → state ———

const text = (v: unknown) => (v === undefined || v === null ? '' : String(v));

/** The hidden control carrying an offer's measured sources. */
export const MEASURED_SOURCES = 'sources.measured';

function factValues(f: FactField, v: unknown, out: FormValues): void {
  const kind = factKind(f);
  const unknown = v === undefined || v === UNKNOWN;
  if (kind === 'measured') {
    if (!unknown) out[f] = [JSON.stringify(v)];
  } else if (kind === 'choice' || kind === 'tri') out[f] = [unknown && f === 'chatons' ? 'unverified' : text(v ?? UNKNOWN)];
  else if (kind === 'audiences') for (const a of AUDIENCES) out[`audiences.${a}`] = [text((v as Entry | undefined)?.[a] ?? UNKNOWN)];
  else if (kind === 'price') priceValues(v, out);
  else if (unknown) {
    out[unknownName(f)] = ['on'];
    if (kind === 'server') out[`${f}.security`] = ['ssl'];
  } else if (kind === 'server') for (const k of ['host', 'port', 'security']) out[`${f}.${k}`] = [text((v as Entry)[k])];
  else if (kind === 'list') out[f] = (v as unknown[]).map(text);
  else if (kind === 'languages' || kind === 'domains') out[f] = [(v as unknown[]).map(text).join(', ')];
  else out[f] = [text(v)];
}

function keyValues(prefix: string, keys: PriceKey[], v: Entry, out: FormValues): void {
  for (const k of keys) {
    const x = v[k.key];
    if (k.kind === 'tiers') (Array.isArray(x) ? x : []).forEach((tier, i) => keyValues(`${prefix}.tiers.${i}`, TIER_KEYS, tier as Entry, out));
    else if (x !== undefined) out[`${prefix}.${k.key}`] = [text(x)];
  }
}

function priceValues(v: unknown, out: FormValues): void {
  const model = v && typeof v === 'object' ? text((v as Entry).model) : UNKNOWN;
  out['price.model'] = [model];
  const m = priceModel(model);
  if (m) keyValues(`price.${model}`, m.keys, v as Entry, out);
}

/** The form state showing an entry (from a content file or the JSON export). */
export function entryToValues(entry: Entry): FormValues {
  const out: FormValues = { name: [text(entry.name)], website: [text(entry.website)], chatonsinfos: [text(entry.chatonsinfos)] };
  if (entry.chatons_page === undefined || entry.chatons_page === UNKNOWN) out[unknownName('chatons_page')] = ['on'];
  else out.chatons_page = [text(entry.chatons_page)];
  out.draft = entry.draft === undefined ? [] : [String(entry.draft)];
  for (const f of FACT_FIELDS) factValues(f, entry[f], out);
  const all = (entry.sources as Entry[] | undefined) ?? [];
  const measured = all.filter((s) => s.kind === 'measured');
  if (measured.length) out[MEASURED_SOURCES] = [JSON.stringify(measured)];
  all.filter((s) => s.kind !== 'measured').forEach((s, i) => {
    for (const k of ['id', 'url', 'title', 'checked']) out[`sources.${i}.${k}`] = [text(s[k])];
    if (s.secondary === true) out[`sources.${i}.secondary`] = ['on'];
    out[`sources.${i}.backs`] = ((s.backs as unknown[]) ?? []).map(text);
  });
  ((entry.notes as Entry[] | undefined) ?? []).forEach((n, i) => {
    for (const k of [...LOCALE_CODES, 'source']) out[`notes.${i}.${k}`] = [text(n[k])];
  });
  return out;
}

// ——— state → entry ———

/** "2,5" → 2.5, "12" → 12; anything that is not a number stays text, for the schema to refuse. */
export function parseNumber(s: string): number | string {
  const t = s.trim().replace(/^([-+]?\d+),(\d+)$/, '$1.$2');
  return /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t) ? Number(t) : t;
}

/** How many rows a repeated group (`sources`, `notes`, `price.tiered.tiers`) has in the state. */
export function rowCount(v: FormValues, prefix: string): number {
  let n = 0;
  for (const k of Object.keys(v)) {
    const m = k.startsWith(`${prefix}.`) ? /^(\d+)\./.exec(k.slice(prefix.length + 1)) : null;
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  return n;
}

function reader(v: FormValues) {
  const one = (k: string) => (v[k]?.[0] ?? '').trim();
  const ticked = (k: string) => (v[k]?.length ?? 0) > 0;
  return { one, ticked, all: (k: string) => (v[k] ?? []).map((x) => x.trim()) };
}

function keysEntry(v: FormValues, prefix: string, keys: PriceKey[]): Entry {
  const { one } = reader(v);
  const out: Entry = {};
  for (const k of keys) {
    if (k.kind === 'tiers') {
      out[k.key] = Array.from({ length: rowCount(v, `${prefix}.tiers`) }, (_, i) => keysEntry(v, `${prefix}.tiers.${i}`, TIER_KEYS));
      continue;
    }
    const s = one(`${prefix}.${k.key}`);
    if (s === '' && k.optional) continue;
    out[k.key] = k.kind === 'choice' ? s : k.kind === 'boolean' ? (s === 'true' ? true : s === 'false' ? false : s) : parseNumber(s);
  }
  return out;
}

function factEntry(f: FactField, v: FormValues): unknown {
  const { one, ticked, all } = reader(v);
  const kind = factKind(f);
  if (kind === 'choice' || kind === 'tri') return one(f);
  if (kind === 'audiences') return Object.fromEntries(AUDIENCES.map((a) => [a, one(`audiences.${a}`)]));
  if (kind === 'price') {
    const model = one('price.model');
    const m = priceModel(model);
    return m ? { model, ...keysEntry(v, `price.${model}`, m.keys) } : model;
  }
  if (ticked(unknownName(f))) return UNKNOWN;
  if (kind === 'server') return { host: one(`${f}.host`), port: parseNumber(one(`${f}.port`)), security: one(`${f}.security`) };
  if (kind === 'list') return all(f);
  if (kind === 'languages' || kind === 'domains') return one(f).toLowerCase().split(/[\s,;]+/).filter(Boolean);
  if (kind === 'year' || kind === 'number' || kind === 'coordinate') return parseNumber(one(f));
  if (!TYPED_KINDS.includes(kind)) throw new Error(`no reader for ${f}`);
  return one(f);
}

/** The entry a form state describes: every field, in the schema's order, for the schema to check. */
export function valuesToEntry(v: FormValues): Entry {
  const { one, ticked, all } = reader(v);
  const entry: Entry = {};
  for (const key of Object.keys(providerFields)) {
    if (key === 'name' || key === 'website') entry[key] = one(key);
    else if (key === 'draft') {
      if (one('draft') === 'true' || one('draft') === 'false') entry.draft = one('draft') === 'true';
    } else if (key === 'chatons_page') {
      entry.chatons_page = ticked(unknownName(key)) ? UNKNOWN : one(key);
    } else if (key === 'chatonsinfos') {
      if (one(key)) entry.chatonsinfos = one(key);
    } else if (key === 'notes') {
      const n = rowCount(v, 'notes');
      if (n) entry.notes = Array.from({ length: n }, (_, i) => Object.fromEntries([...LOCALE_CODES, 'source'].map((k) => [k, one(`notes.${i}.${k}`)])));
    } else if (key === 'mail_security') {
      entry.mail_security = carriedJson(one(key)) ?? UNKNOWN;
    } else if (key === 'sources') {
      const carried = carriedJson(one(MEASURED_SOURCES));
      const measured = Array.isArray(carried) ? carried : [];
      entry.sources = Array.from({ length: rowCount(v, 'sources') }, (_, i) => ({
        id: one(`sources.${i}.id`),
        url: one(`sources.${i}.url`),
        title: one(`sources.${i}.title`),
        checked: one(`sources.${i}.checked`),
        ...(ticked(`sources.${i}.secondary`) ? { secondary: true } : {}),
        backs: all(`sources.${i}.backs`),
      }));
      // After the typed rows, so a problem's index (`sources.2.url`) still names the row it belongs to.
      (entry.sources as unknown[]).push(...measured);
    } else entry[key] = factEntry(key as FactField, v);
  }
  return entry;
}

/** A value carried through a hidden control as JSON; undefined when there is none (or it is not JSON). */
function carriedJson(s: string): unknown {
  if (!s) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** A new entry: nothing known, membership unverified, a draft until a maintainer has read it. */
export function blankEntry(): Entry {
  return valuesToEntry({ ...unknownEverywhere(), draft: ['true'], 'price.model': [UNKNOWN], chatons: ['unverified'] });
}

function unknownEverywhere(): FormValues {
  const out: FormValues = { [unknownName('chatons_page')]: ['on'] };
  for (const f of FACT_FIELDS) {
    const kind = factKind(f);
    if (kind === 'choice' || kind === 'tri') out[f] = [UNKNOWN];
    else if (kind === 'audiences') for (const a of AUDIENCES) out[`audiences.${a}`] = [UNKNOWN];
    else if (kind !== 'price' && kind !== 'measured') out[unknownName(f)] = ['on'];
  }
  return out;
}

/** The form state of a blank entry. */
export function blankValues(): FormValues {
  return entryToValues(blankEntry());
}

/** The id of a control (`f-`), of its help text (`h-`) or of its error message (`e-`), from its name. */
export function domId(kind: 'f' | 'h' | 'e', name: string): string {
  return `${kind}-${name.replace(/[^A-Za-z0-9_]+/g, '-')}`;
}
