/**
 * The contribution form's error messages: an entry is checked by the one schema (providerSchema, as the build does),
 * and each zod issue becomes a dictionary key (`contribute.error.*`) chosen from where it is (its path), what went
 * wrong (its code) and the kind of field. zod's own English text is never shown. One problem per form control, with
 * the control it belongs to (`anchor`: the name of a field of the form, e.g. `price.tiered.amount`).
 */
import type { z } from 'astro/zod';
import type { UiKey, Vars } from '../../i18n/types.ts';
import { CALENDAR_YEARS, INPUT_YEARS, ISO_DATE_PATTERN, isIsoDate } from '../../schemas/iso-date.ts';
import { FACT_FIELDS, isFactField, isKnown, providerSchema, UNKNOWN } from '../../schemas/provider.ts';
import { acceptsUnknown, factKind, PRICE_MODELS, TIER_KEYS, type PriceKeyKind } from './contribute-fields.ts';

type Issue = z.core.$ZodIssue;
export type Path = PropertyKey[];

export interface FieldProblem {
  /** Where the schema found it, e.g. `["sources", 0, "checked"]`. */
  path: Path;
  /** The form control it belongs to (its name), e.g. `sources.0.checked`; `price.tiered.amount`; `support_languages`. */
  anchor: string;
  key: UiKey;
  vars?: Vars;
}

/** What a path holds, as far as messages go. */
type LeafKind =
  | 'text' | 'https' | 'url' | 'contact' | 'year' | 'number' | 'euros' | 'int' | 'coordinate' | 'choice' | 'languages' | 'domains'
  | 'list' | 'server' | 'host' | 'date' | 'boolean' | 'sourceId' | 'backs' | 'noteSource' | 'object';

const SOURCE_KEYS: Record<string, LeafKind> = { id: 'sourceId', url: 'url', title: 'text', checked: 'date', secondary: 'boolean', backs: 'backs' };
const PRICE_KINDS: Record<PriceKeyKind, LeafKind> = { euros: 'euros', number: 'number', int: 'int', choice: 'choice', boolean: 'boolean', tiers: 'object' };
const priceKeyKind = (key: PropertyKey, tier: boolean) =>
  (tier ? TIER_KEYS : PRICE_MODELS.flatMap((m) => m.keys)).find((k) => k.key === key)?.kind;

function leafKind(path: Path): LeafKind {
  const [top, a, b, c] = path.map(String);
  if (top === 'name') return 'text';
  if (top === 'website' || top === 'chatonsinfos' || top === 'chatons_page') return 'https';
  if (top === 'draft') return 'boolean';
  if (top === 'sources') return (b && SOURCE_KEYS[b]) || 'object';
  if (top === 'notes') return b === 'source' ? 'noteSource' : b ? 'text' : 'object';
  if (!top || !isFactField(top)) return 'object';
  const kind = factKind(top);
  if (kind === 'audiences') return a ? 'choice' : 'object';
  if (kind === 'server') return !a ? 'server' : a === 'host' ? 'host' : a === 'port' ? 'int' : 'choice';
  if (kind === 'price') {
    if (!a || a === 'model') return 'choice';
    const k = a === 'tiers' ? (c ? priceKeyKind(c, true) : 'tiers') : priceKeyKind(a, false);
    return k ? PRICE_KINDS[k] : 'object';
  }
  if (kind === 'list') return a ? 'choice' : 'list';
  if (kind === 'tri') return 'choice';
  // Carried through, never typed: nothing to point at but the value as a whole.
  if (kind === 'measured') return 'object';
  return kind;
}

/** The form control a path belongs to (the `name` of a field of the form). */
export function anchorOf(path: Path, root: unknown): string {
  const parts = path.map(String);
  const [top, a, b] = parts;
  if (top === 'price') {
    const model = (valueAt(root, ['price']) as { model?: unknown } | undefined)?.model;
    if (!a) return 'price';
    return a === 'model' || typeof model !== 'string' ? 'price.model' : ['price', model, ...parts.slice(1)].join('.');
  }
  if (top === 'sources' && b === 'backs') return `sources.${a}.backs`;
  if (top && isFactField(top) && ['list', 'languages', 'domains', 'measured'].includes(factKind(top))) return top;
  return parts.join('.');
}

export function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);
}

/** The issues behind a union, for an object that went wrong inside ("price", "imap_server"), else the issue itself. */
function leaves(issue: Issue, prefix: Path, root: unknown): { path: Path; issue: Issue }[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union') {
    const discriminator = (issue as { discriminator?: string }).discriminator;
    // zod puts the discriminator in the issue's path already (`price.model`).
    if (discriminator) return [{ path, issue }];
    const value = valueAt(root, path);
    const branch = value && typeof value === 'object' ? issue.errors.find((b) => b.some((i) => i.path.length > 0 || i.code === 'invalid_union')) : undefined;
    if (branch) return branch.flatMap((i) => leaves(i, path, root));
  }
  if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => ({ path: [...path, k], issue }));
  return [{ path, issue }];
}

const NUMERIC: LeafKind[] = ['year', 'number', 'euros', 'int', 'coordinate'];

function numberMessage(kind: LeafKind, issue: Issue, value: unknown): Pick<FieldProblem, 'key' | 'vars'> {
  const i = issue as Issue & { minimum?: number | bigint; maximum?: number | bigint; inclusive?: boolean };
  if (kind === 'year') return { key: 'contribute.error.year' };
  if (issue.code === 'too_small' && i.inclusive === false && Number(i.minimum) === 0) return { key: 'contribute.error.positive' };
  if (issue.code === 'too_small') return { key: 'contribute.error.min', vars: { min: Number(i.minimum) } };
  if (issue.code === 'too_big') return { key: 'contribute.error.max', vars: { max: Number(i.maximum) } };
  if (kind === 'int' && typeof value === 'number') return { key: 'contribute.error.integer' };
  return { key: kind === 'euros' ? 'contribute.error.euros' : 'contribute.error.number' };
}

function dateMessage(value: unknown): Pick<FieldProblem, 'key' | 'vars'> {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value)) return { key: 'contribute.error.dateFormat' };
  if (!isIsoDate(value, CALENDAR_YEARS)) return { key: 'contribute.error.dateReal' };
  if (!isIsoDate(value)) return { key: 'contribute.error.dateYears', vars: { min: INPUT_YEARS.min, max: INPUT_YEARS.max } };
  return { key: 'contribute.error.dateFuture' };
}

const SIMPLE: Partial<Record<LeafKind, UiKey>> = {
  https: 'contribute.error.https', url: 'contribute.error.url', contact: 'contribute.error.contact', host: 'contribute.error.host',
  choice: 'contribute.error.choice', server: 'contribute.error.server', boolean: 'contribute.error.boolean',
  noteSource: 'contribute.error.noteSource', text: 'contribute.error.text', object: 'contribute.error.invalid',
};

/** The message key (and its variables) of one issue at `path`. */
function message(path: Path, issue: Issue, root: unknown): Pick<FieldProblem, 'key' | 'vars'> {
  const kind = leafKind(path);
  const value = valueAt(root, path);
  const top = String(path[0]);
  if (issue.code === 'unrecognized_keys') return { key: 'contribute.error.unknownField', vars: { name: String(path.at(-1)) } };
  if (value === undefined) return { key: 'contribute.error.missing' };
  if (issue.code === 'custom' && (issue as { params?: { duplicate?: boolean } }).params?.duplicate) return { key: 'contribute.error.domainTwice' };
  if (issue.code === 'custom' && path.length === 1 && isFactField(top))
    return top === 'in_person_help' && value === 'no' ? { key: 'contribute.error.inPerson' } : { key: 'contribute.error.needsSource' };
  if (value === '' && path.length === 1 && acceptsUnknown(top) && kind !== 'choice') return { key: 'contribute.error.empty' };
  if (value === '' && !['choice', 'noteSource'].includes(kind)) return { key: 'contribute.error.required' };
  if (NUMERIC.includes(kind)) return numberMessage(kind, issue, value);
  switch (kind) {
    case 'date':
      return dateMessage(value);
    case 'sourceId':
      return issue.code === 'custom' ? { key: 'contribute.error.sourceIdTaken', vars: { id: String(value) } } : { key: 'contribute.error.sourceId' };
    case 'backs':
      return issue.code === 'custom' ? { key: 'contribute.error.backsField', vars: { name: String(value) } } : { key: 'contribute.error.backs' };
    case 'languages':
      if (path.length > 1) return { key: 'contribute.error.language', vars: { code: String(value) } };
      return { key: Array.isArray(value) ? 'contribute.error.languagesEmpty' : 'contribute.error.languages' };
    case 'domains':
      if (path.length > 1) return { key: 'contribute.error.domain', vars: { name: String(value) } };
      return { key: Array.isArray(value) ? 'contribute.error.domainsEmpty' : 'contribute.error.domains' };
    case 'list':
      return { key: Array.isArray(value) ? 'contribute.error.listEmpty' : 'contribute.error.choice' };
  }
  return { key: SIMPLE[kind] ?? 'contribute.error.invalid' };
}

/** One problem per form control, in the schema's order, from zod's issues about `root`. */
export function issueProblems(issues: readonly Issue[], root: unknown): FieldProblem[] {
  const seen = new Set<string>();
  const out: FieldProblem[] = [];
  for (const issue of issues)
    for (const leaf of leaves(issue, [], root)) {
      const anchor = anchorOf(leaf.path, root);
      if (seen.has(anchor)) continue;
      seen.add(anchor);
      out.push({ path: leaf.path, anchor, ...message(leaf.path, leaf.issue, root) });
    }
  return out;
}

/**
 * Known facts that no source backs. The schema says so only once everything else is right; the form says it at once,
 * as the build's checker does (src/lib/content/check.ts), skipping facts that already have a problem.
 */
function unsourced(entry: Record<string, unknown>, failed: Set<string>): FieldProblem[] {
  const sources = Array.isArray(entry.sources) ? (entry.sources as { backs?: unknown }[]) : [];
  const backed = new Set(sources.flatMap((s) => (s && Array.isArray(s.backs) ? s.backs : [])));
  return FACT_FIELDS.filter((f) => !failed.has(f) && !backed.has(f) && isKnown(entry[f], f) && entry[f] !== UNKNOWN).map((f) => ({
    path: [f],
    anchor: anchorOf([f], entry),
    key: 'contribute.error.needsSource',
  }));
}

/** Checks an entry with the build's schema: every problem, each with its form control and its message key. */
export function checkEntry(entry: Record<string, unknown>): FieldProblem[] {
  const parsed = providerSchema.safeParse(entry);
  if (parsed.success) return [];
  const found = issueProblems(parsed.error.issues, entry);
  const failed = new Set(found.map((p) => String(p.path[0])));
  const anchors = new Set(found.map((p) => p.anchor));
  return [...found, ...unsourced(entry, failed).filter((p) => !anchors.has(p.anchor))];
}
