/**
 * Makes the kit: plans every visual, draws the files whose inputs changed into the cache, zips each locale, removes
 * what is no longer planned, and writes the manifest the kit page reads. A run with nothing changed draws nothing,
 * zips nothing and writes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { KitFile, KitManifest, KitZip } from '../../lib/kit/manifest.ts';
import { kitUrl } from '../../lib/kit/urls.ts';
import { KitCache } from './cache.ts';
import { fileHash, renderSalt, sha256 } from './hash.ts';
import { licenceNote } from './licence.ts';
import { kindsOf, planVisuals, type FileKind, type KitInputs, type Visual } from './plan.ts';
import { progress } from './progress.ts';
import { renderFile, thumbSize } from './render.ts';
import { localeZip } from './zip.ts';
import { forgetOldSites, kitCacheDir, manifestPath } from './manifest-file.ts';

export interface GenerateOptions {
  /** The cache folder (default: the address's folder, see kitCacheDir()); tests and the bench's cold run use their own. */
  cacheDir?: string;
  /** No progress lines (tests). */
  quiet?: boolean;
  /** Files drawn at once: resvg and pdf-lib work on the main thread while sharp encodes on its own threads. */
  concurrency?: number;
}

export interface GenerateResult {
  manifest: KitManifest;
  /** Files drawn or zipped by this run. */
  written: number;
  /** Files that were already in the cache with the same inputs. */
  cached: number;
  /** Stale files removed. */
  removed: string[];
  ms: number;
}

interface Job {
  v: Visual;
  kind: FileKind;
  rel: string;
  hash: string;
}

export function zipPath(lang: string): string {
  return `kit/degmail-kit-${lang}.zip`;
}

export async function generateKit(inputs: KitInputs, o: GenerateOptions = {}): Promise<GenerateResult> {
  const start = performance.now();
  const cache = new KitCache(o.cacheDir ?? kitCacheDir(inputs));
  const salt = await renderSalt();
  const jobs: Job[] = planVisuals(inputs).flatMap((v) => kindsOf(v).map((kind) => ({ v, kind, rel: `${v.stem}.${kind}`, hash: fileHash(salt, inputs, v, kind) })));
  const seen = new Set<string>();
  for (const j of jobs) {
    // Two messages (or offers) with the same id would overwrite each other's files.
    if (seen.has(j.rel)) throw new Error(`kit: two visuals would both be ${j.rel}: are two messages of "${j.v.lang}" called "${j.v.subject}"?`);
    seen.add(j.rel);
  }
  const zips = inputs.langs.map((lang) => {
    const files = jobs.filter((j) => j.v.lang === lang && j.kind !== 'webp');
    const licence = licenceNote(kitUrl(inputs.site, inputs.base, `${lang}/`));
    return { lang, rel: zipPath(lang), files, licence, hash: sha256(salt, 'zip', lang, licence, ...files.map((f) => `${f.rel} ${f.hash}`)) };
  });

  const todo = jobs.filter((j) => !cache.fresh(j.rel, j.hash));
  const zipTodo = zips.filter((z) => !cache.fresh(z.rel, z.hash));
  const total = todo.length + zipTodo.length;
  const p = progress({ label: 'kit', total, quiet: o.quiet === true });
  let next = 0;
  const worker = async () => {
    while (next < todo.length) {
      const j = todo[next++]!;
      cache.write(j.rel, j.hash, await renderFile(j.v, j.kind));
      p.tick();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 2) }, worker));
  for (const z of zipTodo) {
    const entries = z.files.map((f) => ({ name: f.rel.slice(`kit/${z.lang}/`.length), data: fs.readFileSync(cache.file(f.rel)) }));
    cache.write(z.rel, z.hash, localeZip(z.lang, entries, z.licence));
    p.tick();
  }
  const removed = cache.prune(new Set([...jobs.map((j) => j.rel), ...zips.map((z) => z.rel)]));
  cache.save();
  if (!o.cacheDir) forgetOldSites(cache.dir);

  const files: KitFile[] = jobs
    .filter((j) => j.kind !== 'webp')
    .map((j) => ({
      path: j.rel,
      lang: j.v.lang,
      group: j.v.group,
      subject: j.v.subject,
      format: j.v.format,
      ink: j.v.ink,
      type: j.kind as KitFile['type'],
      bytes: cache.bytes(j.rel),
      thumb: { path: `${j.v.stem}.webp`, ...thumbSize(j.v.format) },
      alt: j.v.scene.alt,
    }));
  const zipList: KitZip[] = zips.map((z) => ({ lang: z.lang, path: z.rel, bytes: cache.bytes(z.rel) }));
  const manifest: KitManifest = { key: sha256(...jobs.map((j) => j.hash), ...zips.map((z) => z.hash)), files, zips: zipList };
  writeIfChanged(manifestPath(cache.dir), `${JSON.stringify(manifest, null, 1)}\n`);
  const result = { manifest, written: cache.writes, cached: jobs.length + zips.length - total, removed, ms: performance.now() - start };
  // With nothing to draw there was no progress to close: the caller's one-line summary says it all.
  if (total) p.done(`${total} file${total === 1 ? '' : 's'} drawn, ${result.cached} from the cache${removed.length ? `, ${removed.length} stale removed` : ''}`);
  return result;
}

/** Writes only when the text differs, so an unchanged kit leaves every file's date alone. */
function writeIfChanged(file: string, text: string): void {
  if (fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}
