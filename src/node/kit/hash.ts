/**
 * The cache keys. A file's key covers everything its bytes depend on: the scene (content and template output, which
 * already holds the QR code's URL, so SITE and BASE too), the format, the kind of file, the font files, and the code
 * and library versions that turn a scene into bytes. Change any of them and that file, and only it, is drawn again.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { ROOT } from '../paths.ts';
import { kitFontFiles } from './fonts.ts';
import { sourceClosure } from './source-hash.ts';
import type { FileKind, Visual } from './plan.ts';

/** The code that turns a scene into bytes (and what it imports): a change to it is a change of every output. */
const RENDER_CODE = ['src/node/kit/render.ts', 'src/node/kit/zip.ts', 'src/node/kit/licence.ts'];
const RENDER_PACKAGES = ['pdf-lib', '@pdf-lib/fontkit', '@resvg/resvg-js', 'sharp', 'fflate', 'uqr'];

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) {
    h.update(p);
    // A separator, so that ("ab", "c") and ("a", "bc") differ.
    h.update('\u0000');
  }
  return h.digest('hex');
}

/** One hash of the render code, the libraries' versions (sharp's native ones too) and the font files. */
export async function renderSalt(): Promise<string> {
  const fonts = await kitFontFiles();
  const versions = RENDER_PACKAGES.map((p) => `${p}@${(JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules', p, 'package.json'), 'utf8')) as { version: string }).version}`);
  return sha256(
    ...sourceClosure(RENDER_CODE.map((f) => path.join(ROOT, f))).flatMap((f) => [path.relative(ROOT, f), fs.readFileSync(f)]),
    versions.join(' '),
    JSON.stringify(sharp.versions),
    fs.readFileSync(fonts[400]),
    fs.readFileSync(fonts[700]),
  );
}

export function fileHash(salt: string, env: { site: string; base: string }, v: Visual, kind: FileKind): string {
  return sha256(salt, env.site, env.base, v.format, kind, JSON.stringify(v.scene));
}
