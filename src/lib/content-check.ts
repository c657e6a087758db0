/**
 * Checks provider files before the build touches dist/. Pure: it takes file names and texts and returns the parsed
 * entries and one readable message per problem ("file:line: field: expected …, got …"), every problem at once.
 * It parses with js-yaml, as Astro's loader does, so a file that passes here parses the same way in the build.
 */
import jsyaml from 'js-yaml';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'astro/zod';
import { providerSchema, type ProviderEntry } from '../schemas/provider.ts';

export interface ContentFile {
  /** Path shown in messages, e.g. content/providers/nubo.yaml. */
  path: string;
  text: string;
}

export interface CheckResult {
  entries: ProviderEntry[];
  errors: string[];
}

type Issue = z.core.$ZodIssue;
type Path = PropertyKey[];

/** The entry id, as Astro's glob loader derives it from the file name. */
export function idFromPath(path: string): string {
  const base = path.split('/').pop()!.replace(/\.ya?ml$/, '');
  return base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

export function checkProviders(files: ContentFile[]): CheckResult {
  const entries: ProviderEntry[] = [];
  const errors: string[] = [];
  const byWebsite = new Map<string, string>();
  const byId = new Map<string, string>();
  for (const file of files) {
    const found = checkOne(file);
    errors.push(...found.errors);
    if (!found.entry) continue;
    const id = idFromPath(file.path);
    const site = websiteKey(found.entry.website);
    if (byId.has(id)) errors.push(`${file.path}: file name gives the id "${id}", already used by ${byId.get(id)}`);
    else if (byWebsite.has(site))
      errors.push(`${file.path}: website: describes the same offer as ${byWebsite.get(site)} (same website ${found.entry.website})`);
    else entries.push({ ...found.entry, id });
    byId.set(id, file.path);
    byWebsite.set(site, file.path);
  }
  return { entries, errors };
}

/** Two URLs for the same site: ignore scheme, "www.", case and trailing slash. */
function websiteKey(url: string): string {
  const u = new URL(url);
  return (u.hostname.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '')).toLowerCase();
}

function checkOne({ path, text }: ContentFile): { entry?: ProviderEntry; errors: string[] } {
  if (!text.trim()) return { errors: [`${path}: the file is empty: expected a provider description (name, website, …)`] };
  let data: unknown;
  try {
    data = jsyaml.load(text, { filename: path });
  } catch (e) {
    const err = e as { mark?: { line: number; column: number }; reason?: string; message: string };
    const where = err.mark ? `:${err.mark.line + 1}:${err.mark.column + 1}` : '';
    return { errors: [`${path}${where}: YAML syntax error: ${err.reason ?? err.message}`] };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data))
    return { errors: [`${path}: expected a YAML mapping of fields (name: …, website: …), got ${describe(data)}`] };
  const parsed = providerSchema.safeParse(data);
  if (parsed.success) return { entry: parsed.data as ProviderEntry, errors: [] };
  const lineOf = lineFinder(text);
  const errors = flatten(parsed.error.issues, [], data).map(({ path: p, message }) => {
    const line = lineOf(p);
    return `${path}${line ? ':' + line : ''}: ${p.length ? p.join('.') : '(top level)'}: ${message}`;
  });
  return { errors };
}

/** Turns zod issues into (path, message) pairs, looking inside unions to report the most precise cause. */
function flatten(issues: Issue[], prefix: Path, root: unknown): { path: Path; message: string }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    const value = valueAt(root, path);
    if (issue.code === 'invalid_union' && value && typeof value === 'object') {
      // An object inside a union ("price", "imap_server"): report what is wrong inside the object branch.
      const branch = issue.errors.find((b) => b.some((i) => i.path.length > 0 || i.code === 'invalid_union'));
      if (branch) return flatten(branch, path, root);
    }
    if (issue.code === 'unrecognized_keys')
      return issue.keys.map((k) => ({ path: [...path, k], message: 'unknown field (check its spelling against the schema)' }));
    if (value === undefined) return [{ path, message: `required field missing: ${issue.message}` }];
    return [{ path, message: `${issue.message}, got ${describe(value)}` }];
  });
}

function valueAt(root: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);
}

function describe(v: unknown): string {
  if (v instanceof Date) return `an unquoted YAML date (${v.toISOString().slice(0, 10)})`;
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return JSON.stringify(v);
}

/** Maps a field path to its 1-based line in the file, for messages; positions come from a second, lossless parse. */
function lineFinder(text: string): (path: Path) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, keepSourceTokens: true });
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as { range?: [number, number] } | undefined;
      if (node?.range) return counter.linePos(node.range[0]).line;
    }
    return undefined;
  };
}
