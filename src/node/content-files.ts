/**
 * Reads the provider files of a content folder from disk and checks them with the pure checker
 * (src/lib/content/check.ts): what `npm run build` runs first, and what the validator reuses.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkProviders, type CheckResult } from '../lib/content/check.ts';
import { ROOT, shownPath } from './paths.ts';

/**
 * Checks `<dir>/providers/*.{yaml,yml}`, `dir` being a content folder (like DEGMAIL_CONTENT). Files are read in name
 * order so messages come out in a stable order. A missing providers folder is reported as an error, not thrown.
 */
export async function validateContentDir(dir: string): Promise<CheckResult> {
  const folder = path.join(path.resolve(ROOT, dir), 'providers');
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries: [], errors: [`${shownPath(folder)}: cannot read the providers folder (${code ?? String(e)})`] };
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const full = path.join(folder, name);
      return { path: shownPath(full), text: await readFile(full, 'utf8') };
    }),
  );
  return checkProviders(files);
}

/** The one-line summary printed when everything passes. */
export function summary(result: CheckResult): string {
  const n = result.entries.length;
  const outside = result.entries.filter((e) => e.chatons === 'not-member').length;
  return `degmail: ${n} provider file${n === 1 ? '' : 's'} OK (${n - outside} CHATONS, ${outside} outside)`;
}
