/**
 * A unified diff of two texts, line by line, for `--dry-run`: what the import would change, in the form reviewers
 * read in pull requests. Provider files are short (about a hundred lines), so a plain longest-common-subsequence
 * table is fast enough and keeps this dependency-free.
 */

type Op = { kind: ' ' | '-' | '+'; line: string };

function lines(text: string): string[] {
  if (text === '') return [];
  const out = text.split('\n');
  if (out.at(-1) === '') out.pop();
  return out;
}

function operations(a: string[], b: string[]): Op[] {
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const ops: Op[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i++]! });
      j++;
    }
    // Removals before additions, as diff -u prints a changed line.
    else if (i < a.length && (j === b.length || lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) ops.push({ kind: '-', line: a[i++]! });
    else ops.push({ kind: '+', line: b[j++]! });
  }
  return ops;
}

/** The unified diff from `before` to `after` (empty when they are equal), with `context` lines around each change. */
export function unifiedDiff(before: string, after: string, fromName: string, toName: string, context = 3): string {
  if (before === after) return '';
  const ops = operations(lines(before), lines(after));
  const changed = ops.map((o, k) => (o.kind !== ' ' ? k : -1)).filter((k) => k >= 0);
  const out = [`--- ${fromName}`, `+++ ${toName}`];
  for (let k = 0; k < changed.length; k++) {
    // A hunk runs from one change to the last change less than 2 × context lines after the one before it.
    const first = changed[k]!;
    let last = first;
    while (k + 1 < changed.length && changed[k + 1]! - last <= 2 * context) last = changed[++k]!;
    const start = Math.max(0, first - context);
    const slice = ops.slice(start, Math.min(ops.length, last + context + 1));
    const [aStart, bStart] = position(ops, start);
    const aLen = slice.filter((o) => o.kind !== '+').length;
    const bLen = slice.filter((o) => o.kind !== '-').length;
    out.push(`@@ -${aLen ? aStart + 1 : aStart},${aLen} +${bLen ? bStart + 1 : bStart},${bLen} @@`);
    out.push(...slice.map((o) => o.kind + o.line));
  }
  return out.join('\n') + '\n';
}

/** How many lines of the old and new texts come before operation `at`. */
function position(ops: Op[], at: number): [number, number] {
  let a = 0;
  let b = 0;
  for (const o of ops.slice(0, at)) {
    if (o.kind !== '+') a++;
    if (o.kind !== '-') b++;
  }
  return [a, b];
}
