/**
 * Checks every provider file before a build: `node scripts/validate.ts`.
 *
 * Reads `<DEGMAIL_CONTENT or ./content>/providers/*.{yaml,yml}` (a relative DEGMAIL_CONTENT is taken from the project
 * root, as Astro does), runs the same checks as the build plus the cross-file ones (src/lib/content-check.ts), prints
 * every problem with its file and line, and exits 1 if there is any. It never writes anything.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkProviders, type CheckResult } from '../src/lib/content-check.ts';

/** The project root (the folder holding scripts/). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The content folder named by DEGMAIL_CONTENT, or ./content, resolved from the project root. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(PROJECT_ROOT, env.DEGMAIL_CONTENT || './content');
}

/** A path for messages: relative to the project root when inside it, absolute otherwise; always with `/`. */
function shown(file: string): string {
  const rel = path.relative(PROJECT_ROOT, file);
  const p = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return p.split(path.sep).join('/');
}

/**
 * Checks `<dir>/providers/*.{yaml,yml}`, `dir` being a content folder (like DEGMAIL_CONTENT). Files are read in name
 * order so messages come out in a stable order. A missing providers folder is reported as an error, not thrown.
 */
export async function validateContentDir(dir: string): Promise<CheckResult> {
  const folder = path.join(path.resolve(PROJECT_ROOT, dir), 'providers');
  let names: string[];
  try {
    names = (await readdir(folder, { withFileTypes: true }))
      .filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name))
      .map((d) => d.name)
      .sort();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { entries: [], errors: [`${shown(folder)}: cannot read the providers folder (${code ?? String(e)})`] };
  }
  const files = await Promise.all(
    names.map(async (name) => {
      const full = path.join(folder, name);
      return { path: shown(full), text: await readFile(full, 'utf8') };
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

async function main(): Promise<number> {
  const result = await validateContentDir(contentDir());
  if (result.errors.length) {
    for (const error of result.errors) console.error(error);
    const n = result.errors.length;
    console.error(`degmail: ${n} problem${n === 1 ? '' : 's'} in provider files (fix them before building).`);
    return 1;
  }
  console.log(summary(result));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
