/**
 * Where things are on disk, for scripts and tests (Node only). The project root is computed here once; the content
 * and output folders come from the environment (src/env.ts), relative paths taken from the root as Astro does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnv } from '../env.ts';

/**
 * The project root (the folder holding package.json): the nearest folder above this module that holds this very file
 * as src/node/paths.ts. Not simply "two folders up": pages run this code from a chunk Astro bundled under .astro/,
 * where two folders up is somewhere else (and every path built on it, the kit's cache or content/kit/, is missing).
 */
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'src', 'node', 'paths.ts')) && fs.existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

/** The content folder (DEGMAIL_CONTENT, default ./content), absolute. */
export function contentPath(vars?: Record<string, string | undefined>): string {
  return path.resolve(ROOT, readEnv(vars).contentDir);
}

/** A path for messages: relative to the root when inside it, absolute otherwise; always with `/`. */
export function shownPath(file: string): string {
  const rel = path.relative(ROOT, file);
  const p = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : file;
  return p.split(path.sep).join('/');
}
