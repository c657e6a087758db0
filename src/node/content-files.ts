/**
 * Reads the provider files of a content folder from disk and checks them with the pure checker
 * (src/lib/content/check.ts): what `npm run build` runs first, and what the validator reuses.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkProviders, idFromPath, type CheckResult } from '../lib/content/check.ts';
import { staleWarnings } from '../lib/content/stale-warnings.ts';
import { today } from '../env.ts';
import { ROOT, shownPath } from './paths.ts';

/**
 * Checks `<dir>/providers/*.{yaml,yml}`, `dir` being a content folder (like DEGMAIL_CONTENT). Files are read in name
 * order so messages come out in a stable order. A missing providers folder is reported as an error, not thrown.
 */
export async function validateContentDir(dir: string): Promise<CheckResult & { warnings: string[] }> {
  const folder = path.join(path.resolve(ROOT, dir), 'providers');
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries: [], errors: [`${shownPath(folder)}: cannot read the providers folder (${code ?? String(e)})`], warnings: [] };
  }
  return validateFiles(names.map((name) => path.join(folder, name)));
}

/**
 * Checks the given provider files together (the cross-file checks among them), with the same messages as the build,
 * and lists the sources read more than 12 months ago as warnings. A file that cannot be read is an error.
 */
export async function validateFiles(paths: string[]): Promise<CheckResult & { warnings: string[] }> {
  const read = await Promise.all(
    paths.map(async (full) => {
      try {
        return { path: shownPath(full), text: await readFile(full, 'utf8') };
      } catch (e) {
        return { path: shownPath(full), error: `${shownPath(full)}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
      }
    }),
  );
  const files = read.filter((f): f is { path: string; text: string } => 'text' in f);
  const result = checkProviders(files);
  const byId = new Map(result.entries.map((e) => [e.id, e]));
  const day = today();
  const warnings = files.flatMap((f) => {
    const entry = byId.get(idFromPath(f.path));
    return entry ? staleWarnings(f.path, entry, day) : [];
  });
  return { ...result, errors: [...read.flatMap((f) => ('error' in f ? [f.error!] : [])), ...result.errors], warnings };
}

/** The one-line summary printed when everything passes. */
export function summary(result: CheckResult): string {
  const n = result.entries.length;
  const outside = result.entries.filter((e) => e.chatons === 'not-member').length;
  return `degmail: ${n} provider file${n === 1 ? '' : 's'} OK (${n - outside} CHATONS, ${outside} outside)`;
}
