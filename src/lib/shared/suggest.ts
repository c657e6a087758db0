/** "Did you mean": the closest known word to a misspelt one, when it is close enough to be a typo. */

/** Edit distance, case-insensitive, where swapping two neighbours counts as one edit ("yse" → "yes"). */
export function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  const d: number[][] = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++)
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[x.length]![y.length]!;
}

/**
 * The candidate closest to `word`, when it is at most a third of the word's length away (at least 1, at most 3
 * edits): "quota_go" → "quota_gb", "membre" → "member", but nothing for a word unlike any candidate, nor for a
 * word of two letters.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  // Two letters are one edit away from too many codes ("XX" → "AX") to make a useful guess.
  if (word.length <= 2) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = distance(word, c);
    if (d <= limit && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}
