/**
 * The provider files of a folder, as the importer sees them: their text (to edit and to compare), their plain data
 * (to match and merge) and their id, taken from the file name as the build does.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { idFromPath } from '../../lib/content/check.ts';
import { shownPath } from '../paths.ts';

export interface OfferFile {
  id: string;
  /** Absolute path. */
  file: string;
  /** Path for messages. */
  shown: string;
  text: string;
  /** The parsed mapping, or undefined when the file does not parse to one (it is then never matched nor edited). */
  data?: Record<string, unknown>;
}

/** Reads every `*.yaml` / `*.yml` file of `dir`, in name order; a missing folder holds none. */
export async function readOffers(dir: string): Promise<OfferFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && /\.ya?ml$/i.test(d.name)).map((d) => d.name).sort();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw e;
  }
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(dir, name);
      const text = await readFile(file, 'utf8');
      return { id: idFromPath(name), file, shown: shownPath(file), text, data: mapping(text) };
    }),
  );
}

function mapping(text: string): Record<string, unknown> | undefined {
  try {
    const data: unknown = parse(text);
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the files in `changes` (creating `dir` if needed). */
export async function writeOffers(dir: string, changes: readonly { file: string; text: string }[]): Promise<void> {
  if (changes.length) await mkdir(dir, { recursive: true });
  for (const c of changes) await writeFile(c.file, c.text, 'utf8');
}
