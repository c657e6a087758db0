/**
 * Where things are on disk, for scripts and tests (Node only). The project root is computed here once; the content
 * and output folders come from the environment (src/env.ts), relative paths taken from the root as Astro does.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readEnv } from '../env.ts';

/** The project root (the folder holding package.json). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

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
