/**
 * The source files a module runs, found by following its relative imports. Cache keys hash these files, so a change
 * to the drawing code invalidates what it can change, with no list of files to keep up to date by hand.
 */
import fs from 'node:fs';
import path from 'node:path';

// Type-only imports (`import type …`) are left out: they vanish from the running code and change no output.
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\s)(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** Every file reachable from `entries` through relative, non-type imports (entries included), sorted; packages are left out. */
export function sourceClosure(entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.[cm]?[jt]s$/.test(file)) return;
    for (const m of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const spec = m[1] ?? m[2]!;
      if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec.split('?')[0]!));
    }
  };
  for (const e of entries) visit(path.resolve(e));
  return [...seen].sort();
}
