/**
 * Reads ChatonsInfos `.properties` files (Java properties syntax). The syntax itself is parsed by the npm package
 * dot-properties; this wrapper decodes the bytes, undoes what the generators add around values (a BOM, quotes) and
 * turns every failure into a ParsePropertiesError, so the importer can report a bad file and carry on.
 * Pure: it takes bytes or a string, so it also runs in a browser.
 */
import { parseLines, type Pair } from 'dot-properties';

/** The only error this module throws: the file is not a properties file we can read. */
export class ParsePropertiesError extends Error {
  override readonly name = 'ParsePropertiesError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Keys and values of one file, in file order (a repeated key keeps its last value, as in Java). */
export type Properties = ReadonlyMap<string, string>;

const BOM = '\uFEFF';
// A real `\u` escape has four hex digits; Java refuses anything else ("Malformed \uxxxx encoding"), and so do we,
// rather than keep a half-decoded value. An even run of backslashes before `u` is an escaped backslash, not an escape.
const MALFORMED_UNICODE = /(?<!\\)(?:\\\\)*\\u(?![0-9a-fA-F]{4})/;
// NUL and the other C0 controls (tab, line feed, form feed and carriage return aside) never occur in a text file: a
// file holding them is binary, or was decoded with the wrong charset.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;

/**
 * Bytes to text: UTF-8 when the bytes are valid UTF-8, else ISO-8859-1 (Java's historical default for properties).
 * The Latin-1 decoder of TextDecoder is windows-1252, a superset that maps 0x80–0x9F to printable characters, which
 * is what a file with those bytes meant.
 */
export function decodeProperties(bytes: Uint8Array): string {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    try {
      return stripBom(new TextDecoder('iso-8859-1').decode(bytes));
    } catch (e) {
      throw new ParsePropertiesError('cannot decode the file as UTF-8 or ISO-8859-1', { cause: e });
    }
  }
}

/** Parses a properties file (bytes or text) into its keys and values; throws only ParsePropertiesError. */
export function parseProperties(input: Uint8Array | string): Properties {
  try {
    return parseText(typeof input === 'string' ? stripBom(input) : decodeProperties(input));
  } catch (e) {
    if (e instanceof ParsePropertiesError) throw e;
    // dot-properties is lenient and is not expected to throw; should it ever, the caller still gets our error type.
    throw new ParsePropertiesError(`cannot parse the file: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}

function parseText(text: string): Properties {
  const control = CONTROL.exec(text);
  if (control) throw new ParsePropertiesError(`not a text file: control character U+${hex(control[0])} on line ${lineAt(text, control.index)}`);
  // One line-ending convention for the parser: it handles a CRLF after a continuation backslash in values only.
  const src = text.replace(/\r\n?/g, '\n');
  const out = new Map<string, string>();
  for (const line of parseLines(src, true)) {
    if (line.type !== 'PAIR') continue;
    const node = line as Required<Pair>;
    const keyStart = node.range[0];
    const valueEnd = node.range[3] ?? node.range[1];
    const malformed = MALFORMED_UNICODE.exec(src.slice(keyStart, valueEnd));
    if (malformed) throw new ParsePropertiesError(`malformed \\uXXXX escape on line ${lineAt(src, keyStart + malformed.index)}`);
    out.delete(node.key); // a repeated key moves to its last place, as its last value wins
    out.set(node.key, unquote(node.value));
  }
  return out;
}

/** True when the value, spaces aside, is wrapped in a pair of the same quote (`'…'` or `"…"`). */
export function hasSurroundingQuotes(value: string): boolean {
  const v = value.trim();
  return v.length >= 2 && (v[0] === "'" || v[0] === '"') && v.at(-1) === v[0];
}

/** The YunoHost generator writes `subs.x = 'https://…'`: the quotes are not part of the value. */
function unquote(value: string): string {
  return hasSurroundingQuotes(value) ? value.trim().slice(1, -1) : value;
}

function stripBom(text: string): string {
  return text.startsWith(BOM) ? text.slice(1) : text;
}

function hex(ch: string): string {
  return ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) line++;
  return line;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * Writes keys and values as a properties file that parseProperties reads back to the same map (for values without
 * surrounding quotes, which parsing removes). Everything outside printable ASCII is written as `\uXXXX`.
 */
export function serializeProperties(props: Iterable<readonly [string, string]>): string {
  const esc = (s: string) =>
    s.replace(/[\\\t\n\f\r]|[^\x20-\x7E]/g, (c) => ESCAPES[c] ?? `\\u${hex(c).toLowerCase()}`);
  const lines = [...props].map(([k, v]) => {
    const key = esc(k).replace(/[ =:]/g, '\\$&').replace(/^[#!]/, '\\$&');
    return `${key} = ${esc(v).replace(/^ /, '\\ ')}`;
  });
  return lines.join('\n') + '\n';
}

/** The value of `key`, trimmed, or undefined when absent or blank. */
export function prop(props: Properties, key: string): string | undefined {
  const v = props.get(key)?.trim();
  return v ? v : undefined;
}

/** `subs.<id>` entries, in file order: the files a federation or an organisation names. */
export function subs(props: Properties): { id: string; ref: string }[] {
  return [...props]
    .filter(([k, v]) => k.startsWith('subs.') && v.trim() !== '')
    .map(([k, v]) => ({ id: k.slice('subs.'.length), ref: v.trim() }));
}
