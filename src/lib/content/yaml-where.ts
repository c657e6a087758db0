/**
 * Where a field sits in a YAML file, and what was found there, for error messages that give file, line, field,
 * expected and found: shared by the offers' checks and the kit's messages file.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A field's path: keys of mappings and indexes of lists, from the root. */
export type FieldPath = readonly PropertyKey[];

/**
 * Maps a field path to its 1-based line; positions come from a second, lossless parse. A field is placed on the line
 * of its key (so a missing `audiences.families` points at `audiences:`), a list item on its first line; the deepest
 * part of the path found in the file wins, and a path not found at all has no line.
 */
export function lineFinder(text: string): (path: FieldPath) => number | undefined {
  const counter = new LineCounter();
  return documentLineFinder(parseDocument(text, { lineCounter: counter, keepSourceTokens: true }), counter);
}

/** The same, over a document already parsed with `counter` as its line counter. */
export function documentLineFinder(doc: Document, counter: LineCounter): (path: FieldPath) => number | undefined {
  const lineAt = (node: unknown) => {
    const range = (node as { range?: [number, number] } | null)?.range;
    return range ? counter.linePos(range[0]).line : undefined;
  };
  return (path) => {
    let node: unknown = doc.contents;
    let line: number | undefined;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        line = lineAt(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number' && node.items[key] !== undefined) {
        node = node.items[key];
        line = lineAt(node) ?? line;
      } else break;
    }
    return line;
  };
}

/** The value at a path of parsed data, or undefined. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), root);
}

/** What was found, in words, for "…, got <this>". */
export function describe(v: unknown): string {
  if (v === undefined) return 'nothing (the field is missing)';
  if (v instanceof Date) return `an unquoted YAML date (${v.toISOString().slice(0, 10)})`;
  if (v === null) return 'nothing (null)';
  if (Array.isArray(v)) return v.length ? 'a list' : 'an empty list';
  if (typeof v === 'object') return 'a mapping';
  return JSON.stringify(v);
}
