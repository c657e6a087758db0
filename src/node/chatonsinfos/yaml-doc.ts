/**
 * Writes provider YAML for the importer. New files take the shape of the hand-written ones (schema comment first,
 * quoted "yes"/"no" and dates, lists of words in brackets). Existing files are edited through the `yaml` Document API:
 * only the values that change are replaced, so comments, key order and the formatting of every other line survive.
 */
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, visit, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { providerFields } from '../../schemas/provider.ts';

type Data = Record<string, unknown>;

/** The first line of every provider file: editors validate the file against the JSON Schema. */
export const SCHEMA_LINE = '# yaml-language-server: $schema=../../schemas/provider.schema.json';
const OUTPUT = { lineWidth: 0, flowCollectionPadding: false } as const;
const FIELD_ORDER = Object.keys(providerFields);
// Strings another YAML reader could take for a boolean, a null, a number or a date (js-yaml reads unquoted
// 2026-03-01 as a date, which the schema refuses): always quoted.
const AMBIGUOUS = /^(y|n|yes|no|on|off|true|false|null|~|[-+.\d].*)$/i;
const QUOTED_KEYS = new Set(['title', 'checked']);

/** The text of a new provider file for `data` (keys in the order given). */
export function renderNew(data: Data): string {
  const doc = new Document();
  doc.contents = styled(doc, data);
  return `${SCHEMA_LINE}\n${doc.toString(OUTPUT)}`;
}

/** The plain data of a provider file, or a reason it cannot be edited without reformatting it. */
export function readForEdit(text: string): { doc: Document; data: Data } | { reason: string } {
  const doc = parseDocument(text);
  if (doc.errors.length) return { reason: `YAML syntax error: ${doc.errors[0]!.message.split('\n')[0]}` };
  if (!isMap(doc.contents)) return { reason: 'expected a YAML mapping of fields' };
  // The Document API rewrites the whole text: edit only files it writes back byte for byte.
  if (doc.toString(OUTPUT) !== text) return { reason: 'its formatting cannot be kept by the YAML writer, so it is left for a maintainer' };
  return { doc, data: doc.toJS() as Data };
}

/** `doc` (read from `before`) changed to hold `after`, touching only what differs; returns the new text. */
export function applyChanges(doc: Document, before: Data, after: Data): string {
  applyMap(doc, doc.contents as YAMLMap, before, after, FIELD_ORDER);
  return doc.toString(OUTPUT);
}

function applyMap(doc: Document, map: YAMLMap, before: Data, after: Data, order: readonly string[] = []): void {
  for (const [key, value] of Object.entries(after)) {
    if (sameValue(before[key], value)) continue;
    const pair = map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair<Node, Node> | undefined;
    if (!pair) insertPair(doc, map, key, value, order);
    else if (isMap(pair.value) && isPlainObject(before[key]) && isPlainObject(value)) applyMap(doc, pair.value, before[key], value);
    else if (isSeq(pair.value) && Array.isArray(before[key]) && Array.isArray(value) && value.every(isPlainObject))
      applySeq(doc, pair.value, before[key] as unknown[], value);
    else pair.value = replacement(doc, pair.value, value, key);
  }
  for (const key of Object.keys(before)) if (!(key in after)) map.delete(key);
}

/** A list of mappings (sources): items are matched by id, then URL, so an edited source keeps its comments. */
function applySeq(doc: Document, seq: YAMLSeq, before: unknown[], after: Data[]): void {
  const used = new Set<number>();
  const find = (key: 'id' | 'url', v: unknown) =>
    before.findIndex((b, i) => !used.has(i) && v !== undefined && isPlainObject(b) && b[key] === v && isMap(seq.items[i]));
  seq.items = after.map((item) => {
    let i = find('id', item.id);
    if (i < 0) i = find('url', item.url);
    if (i < 0) return styled(doc, item);
    used.add(i);
    applyMap(doc, seq.items[i] as YAMLMap, before[i] as Data, item);
    return seq.items[i];
  });
}

function insertPair(doc: Document, map: YAMLMap, key: string, value: unknown, order: readonly string[]): void {
  const pair = doc.createPair(key, styled(doc, value, key));
  // After the nearest key that comes before it in the schema's order; at the end otherwise.
  const earlier = order.slice(0, Math.max(0, order.indexOf(key))).reverse();
  const at = earlier.map((k) => map.items.findIndex((p) => isScalar(p.key) && p.key.value === k)).find((i) => i >= 0);
  map.items.splice(at === undefined ? map.items.length : at + 1, 0, pair);
}

/** A new node for `value`, keeping the comments of the node it replaces and the flow style of a list. */
function replacement(doc: Document, old: Node | null, value: unknown, key: string): Node {
  const node = styled(doc, value, key);
  if (old) {
    node.comment = old.comment;
    node.commentBefore = old.commentBefore;
    node.spaceBefore = old.spaceBefore;
    if (isSeq(old) && isSeq(node)) node.flow = old.flow ?? false;
  }
  return node;
}

/** A node in the house style: lists of scalars in brackets, ambiguous strings, titles and dates double-quoted. */
function styled(doc: Document, value: unknown, key?: string): Node {
  const node = doc.createNode(value) as Node;
  const quote = (s: Scalar, k?: string) => {
    if (typeof s.value === 'string' && (AMBIGUOUS.test(s.value) || (k !== undefined && QUOTED_KEYS.has(k)))) s.type = Scalar.QUOTE_DOUBLE;
  };
  if (isScalar(node)) quote(node, key);
  visit(node, {
    Pair: (_, pair) => {
      if (isScalar(pair.value) && isScalar(pair.key)) quote(pair.value, String(pair.key.value));
    },
    Seq: (_, seq) => {
      seq.flow = seq.items.every((i) => isScalar(i));
    },
    Scalar: (k, s) => {
      if (typeof k === 'number') quote(s);
    },
  });
  return node;
}

function isPlainObject(v: unknown): v is Data {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

/** Deep equality of YAML data, key order aside. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameValue(a[k], b[k]));
  }
  return false;
}
