/**
 * Checks provider files before the build touches dist/. Pure: it takes file names and texts and returns the parsed
 * entries and one readable message per problem ("file:line: field: expected …, got …"), every problem at once.
 * It parses with js-yaml, as Astro's loader does, so a file that passes here parses the same way in the build.
 */
import jsyaml from 'js-yaml';
import type { z } from 'astro/zod';
import { FACT_FIELDS, isKnown, providerSchema, type ProviderEntry } from '../../schemas/provider.ts';
import { closest } from '../shared/suggest.ts';
import { knownKeysAt } from './known-keys.ts';
import { describe, lineFinder, valueAt } from './yaml-where.ts';

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
    else if (byWebsite.has(site)) errors.push(sameWebsite(file, found.entry.website, byWebsite.get(site)!));
    else entries.push({ ...found.entry, id });
    byId.set(id, file.path);
    byWebsite.set(site, file.path);
  }
  return { entries, errors };
}

function sameWebsite(file: ContentFile, website: string, other: string): string {
  const line = lineFinder(file.text)(['website']);
  return (
    `${file.path}${line ? ':' + line : ''}: website: expected a website no other file uses, got ${website}, ` +
    `already the website of ${other} (the same offer?)`
  );
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
    const reason = err.reason ?? err.message;
    // js-yaml says "bad indentation" for the common `city: Saint-Denis: Nord`, a value holding ": " without quotes.
    const hint = /bad indentation of a mapping entry/.test(reason) ? ' (check the indentation, or put a value containing ": " in quotes)' : '';
    return { errors: [`${path}${where}: YAML syntax error: ${reason}${hint}`] };
  }
  if (data === null || data === undefined)
    return { errors: [`${path}: the file holds only comments: expected a provider description (name, website, …)`] };
  if (typeof data !== 'object' || Array.isArray(data))
    return { errors: [`${path}: expected a YAML mapping of fields (name: …, website: …), got ${describe(data)}`] };
  const parsed = providerSchema.safeParse(data);
  if (parsed.success) return { entry: parsed.data as ProviderEntry, errors: [] };
  const lineOf = lineFinder(text);
  // One message per field: a value that fails its format also fails the checks after it (a date "2026-13" is not a
  // date and also looks "in the future"); the first message is the one that helps.
  const seen = new Set<string>();
  const found: { line: number; text: string }[] = [];
  const problems = flatten(parsed.error.issues, [], data);
  // The schema checks sources only once every field parses; say now which known facts lack one, so that all
  // problems come in one run.
  const failed = new Set(problems.map((p) => String(p.path[0])));
  problems.push(...unsourcedFacts(data as Record<string, unknown>, failed));
  for (const { path: p, message } of problems) {
    const field = p.length ? p.join('.') : '(top level)';
    if (seen.has(field)) continue;
    seen.add(field);
    const line = lineOf(p);
    found.push({ line: line ?? 0, text: `${path}${line ? ':' + line : ''}: ${field}: ${message}` });
  }
  // In file order (messages without a line, such as a missing field, first).
  return { errors: found.sort((a, b) => a.line - b.line).map((f) => f.text) };
}

/**
 * Known facts not listed in any source's `backs`, for a file that fails the schema (the schema's own check, in
 * src/schemas/provider.ts, does not run then). Mirrors its rule: a fact is known unless it is absent, "unknown",
 * or not a claim (see isKnown in the schema). Fields that already failed are skipped.
 */
function unsourcedFacts(data: Record<string, unknown>, failed: Set<string>): { path: Path; message: string }[] {
  if (!Array.isArray(data.sources)) return [];
  const backed = new Set(
    data.sources.flatMap((s) => (s && typeof s === 'object' && Array.isArray((s as { backs?: unknown }).backs) ? (s as { backs: unknown[] }).backs : [])),
  );
  return FACT_FIELDS.filter((f) => !failed.has(f) && !backed.has(f) && isKnown(data[f], f)).map((f) => ({
    path: [f],
    message: `${SOURCE_MESSAGE}, got ${describe(data[f])}`,
  }));
}

const SOURCE_MESSAGE = 'a known fact needs a source: list this field in the "backs" of a source';


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
      return issue.keys.map((k) => {
        const near = closest(k, knownKeysAt(path));
        // A key of another variant (a measured source's `url`, a pack's `accounts` on a subscription): not a typo.
        if (near === k) return { path: [...path, k], message: 'unknown field for this kind of value (check its "kind" or "model")' };
        return { path: [...path, k], message: near ? `unknown field (did you mean "${near}"?)` : 'unknown field (check its spelling against the schema)' };
      });
    const expected = expectation(issue);
    if (value === undefined) return [{ path, message: `required field missing: ${expected}` }];
    const near = typeof value === 'string' ? closest(value, allowedValues(issue)) : undefined;
    const hint = near && near !== value ? ` (did you mean "${near}"?)` : '';
    // Messages written in the schema may already say what was found.
    if (/\bgot\b/.test(expected) || expected.includes(describe(value))) return [{ path, message: expected + hint }];
    return [{ path, message: `${expected}, got ${describe(value)}${hint}` }];
  });
}

/**
 * The literal values an issue allows (an enum, each branch of a union such as `"yes" | "no" | "unknown"`, or the
 * discriminators of a tagged union such as a source's `kind`).
 */
function allowedValues(issue: Issue): string[] {
  const i = issue as Issue & { values?: unknown[]; options?: unknown[]; errors?: Issue[][] };
  const own = [...(i.values ?? []), ...(i.options ?? [])].filter((v): v is string => typeof v === 'string');
  return [...own, ...(i.errors ?? []).flat().flatMap(allowedValues)];
}

const TYPE_NAMES: Record<string, string> = {
  array: 'a list',
  object: 'a mapping of fields',
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/**
 * What was expected, in the words of the messages written in the schema. Zod's own defaults ("Invalid input: expected
 * array, received undefined", "Too small: expected number to be >0", "Invalid discriminator value…") are rewritten;
 * a message the schema sets itself is kept as it is.
 */
function expectation(issue: Issue): string {
  if (!/^(Invalid|Too small|Too big)\b/.test(issue.message)) return issue.message;
  const i = issue as Issue & Record<string, unknown>;
  const list = (values: unknown[]) => {
    const shown = values.map((v) => JSON.stringify(v));
    return shown.length > 1 ? `one of ${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}` : shown.join('');
  };
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${TYPE_NAMES[String(i.expected)] ?? String(i.expected)}`;
    case 'invalid_value':
      return `expected ${list(i.values as unknown[])}`;
    case 'invalid_union':
      if (Array.isArray(i.options) && i.discriminator) return `expected ${String(i.discriminator)} to be ${list(i.options)}`;
      break;
    case 'too_small':
    case 'too_big': {
      const small = issue.code === 'too_small';
      const bound = String(small ? i.minimum : i.maximum);
      if (i.origin === 'array') return `expected ${small ? 'at least' : 'at most'} ${bound} item${bound === '1' ? '' : 's'}`;
      if (i.origin === 'string') return `expected ${small ? 'at least' : 'at most'} ${bound} character${bound === '1' ? '' : 's'}`;
      const strict = i.inclusive === false;
      return `expected a number ${small ? (strict ? 'greater than' : 'of at least') : strict ? 'less than' : 'of at most'} ${bound}`;
    }
  }
  return issue.message;
}
