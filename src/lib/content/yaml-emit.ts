/**
 * Writes an offer as a content file (content/providers/<id>.yaml), in the shape of the files in the repository:
 * the JSON Schema line first, keys in the order given, short lists inline (`[fr, en]`), lists of objects as blocks,
 * "yes" and "no" and every date in quotes. Small on purpose (the browser ships it; the `yaml` package is too big for
 * a page): it writes plain values only when they cannot be read as anything else, and double-quotes the rest, so
 * js-yaml (what the build parses with) reads back exactly what was written. Optional comments, for the template.
 */

/** The first line of every content file: editors find the JSON Schema through it. */
export const SCHEMA_LINE = '# yaml-language-server: $schema=../../schemas/provider.schema.json';

export interface EmitOptions {
  /** Comment lines above the first key (after the schema line), without their `# `. */
  header?: string[];
  /** Comment lines after the last key, without their `# `. */
  footer?: string[];
  /** A comment to write above a key, by its path (`["price"]`, `["audiences", "families"]`); may hold line breaks. */
  comment?: (path: string[]) => string | undefined;
}

type Value = unknown;

/** Words YAML 1.1 readers take for booleans or null: always quoted. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** A word, a host name, an e-mail address, a code: safe unquoted anywhere. */
const WORD = /^[A-Za-z][A-Za-z0-9_.@/+-]*$/;
/** A web address with nothing YAML could take for a comment, an indicator or the end of a key. */
const URL = /^https?:\/\/[^\s#,[\]{}'"`<>|\\^]+$/;

/** A character that must be escaped inside double quotes (controls, line separators, BOM, lone surrogates). */
const ESCAPE = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\t': '\\t', '\r': '\\r' };

function quoted(s: string): string {
  return `"${s.replace(ESCAPE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

/** A string as a YAML scalar; `flow` inside `[…]`, where a URL's characters could end the item. */
export function scalarString(s: string, flow = false): string {
  if (WORD.test(s) && !RESERVED.test(s) && !s.endsWith('.')) return s;
  if (!flow && URL.test(s) && !s.endsWith(':')) return s;
  return quoted(s);
}

function scalar(v: Value, flow = false): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') {
    if (Number.isNaN(v)) return '.nan';
    if (!Number.isFinite(v)) return v > 0 ? '.inf' : '-.inf';
    return Object.is(v, -0) ? '-0.0' : String(v);
  }
  return scalarString(String(v), flow);
}

const isObject = (v: Value): v is Record<string, Value> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isScalar = (v: Value) => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** `[a, b]` for a list of scalars, or JSON (which YAML reads too) for anything stranger. */
function inline(v: Value): string {
  if (Array.isArray(v)) return v.every(isScalar) ? `[${v.map((x) => scalar(x, true)).join(', ')}]` : JSON.stringify(v);
  if (isObject(v)) return Object.keys(v).length ? JSON.stringify(v) : '{}';
  return scalar(v);
}

/** Wraps a comment to about 100 columns, keeping its own line breaks. */
function commentLines(text: string, indent: string): string[] {
  const width = Math.max(40, 100 - indent.length - 2);
  return text.split('\n').flatMap((para) => {
    if (para.startsWith(' ') || para === '') return [`${indent}#${para ? ' ' + para : ''}`];
    const lines: string[] = [];
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + word.length + 1 > width) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) lines.push(line);
    return lines.map((l) => `${indent}# ${l}`);
  });
}

function mapping(obj: Record<string, Value>, indent: string, path: string[], opts: EmitOptions, out: string[], first?: string): void {
  let lead = first;
  for (const [key, v] of Object.entries(obj)) {
    if (v === undefined) continue;
    const here = [...path, key];
    const note = opts.comment?.(here);
    // The first key of a list item sits on the "- " line: its comment goes above that line.
    if (note) out.push(...commentLines(note, lead !== undefined ? lead.replace('- ', '') : indent));
    const prefix = lead ?? indent;
    lead = undefined;
    const k = scalarString(key);
    if (isObject(v) && Object.keys(v).length) {
      out.push(`${prefix}${k}:`);
      mapping(v, indent + '  ', here, opts, out);
    } else if (Array.isArray(v) && v.length && v.every(isObject) && v.every((x) => Object.keys(x).length)) {
      out.push(`${prefix}${k}:`);
      for (const item of v) mapping(item, indent + '    ', here, opts, out, `${indent}  - `);
    } else out.push(`${prefix}${k}: ${inline(v)}`);
  }
}

/** The lines of a mapping, without the schema line (examples in comments use it). */
export function yamlLines(entry: Record<string, Value>, opts: EmitOptions = {}): string[] {
  const out = (opts.header ?? []).flatMap((h) => commentLines(h, ''));
  mapping(entry, '', [], opts, out);
  return [...out, ...(opts.footer ?? []).flatMap((h) => commentLines(h, ''))];
}

/** The YAML text of an entry (a mapping), ending with a line break. Keys whose value is undefined are left out. */
export function emitYaml(entry: Record<string, Value>, opts: EmitOptions = {}): string {
  return [SCHEMA_LINE, ...yamlLines(entry, opts)].join('\n') + '\n';
}
