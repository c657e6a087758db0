/**
 * The visual kit's cost: `generateKit` on the real content into an empty temporary cache (cold: every PDF, PNG, SVG,
 * preview and ZIP drawn), then again into the same cache (warm: nothing to draw, only planning and hashing), and the
 * files and bytes per locale. A measurement, never a pass/fail: the machine is shared.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { generateKit } from '../../src/node/kit/generate.ts';
import { readKitInputs } from '../../src/node/kit/inputs.ts';

export interface KitFigures {
  coldMs: number;
  warmMs: number;
  /** Files drawn by the cold run (previews and ZIPs included) and by the warm one (0 when the cache works). */
  coldWritten: number;
  warmWritten: number;
  perLocale: { lang: string; files: number; bytes: number; pdf: number; png: number; svg: number; zipBytes: number }[];
  loadAvg: number;
}

export async function benchKit(): Promise<KitFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-bench-kit-'));
  try {
    const loadAvg = os.loadavg()[0]!;
    const inputs = await readKitInputs();
    const cold = await generateKit(inputs, { cacheDir: dir });
    const warm = await generateKit(inputs, { cacheDir: dir, quiet: true });
    const perLocale = inputs.langs.map((lang) => {
      const files = cold.manifest.files.filter((f) => f.lang === lang);
      const count = (type: string) => files.filter((f) => f.type === type).length;
      return {
        lang,
        files: files.length,
        bytes: files.reduce((n, f) => n + f.bytes, 0),
        pdf: count('pdf'),
        png: count('png'),
        svg: count('svg'),
        zipBytes: cold.manifest.zips.find((z) => z.lang === lang)?.bytes ?? 0,
      };
    });
    return { coldMs: cold.ms, warmMs: warm.ms, coldWritten: cold.written, warmWritten: warm.written, perLocale, loadAvg };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The kit's part of the bench results: the generation alone, and the real build with and without it. */
export interface KitBench {
  figures: KitFigures | { error: string };
  /** The seeded `npm run build` (its kit step draws only what the project's cache lacks), and what that step took. */
  withKit: { wallMs: number; step: KitStep | null } | null;
  /** The same build with DEGMAIL_KIT=0. */
  withoutKit: { wallMs: number } | null;
}

export interface KitStep {
  ms: number;
  written: number;
}

/** The kit step's own line in a build log: "degmail: kit of 496 files (…) and 2 ZIPs (…), 0 written, in 0.3 s". */
export function kitStep(log: string): KitStep | null {
  const m = /degmail: kit of .*?, (\d+) written, in ([\d.]+) s/.exec(log);
  return m ? { written: Number(m[1]), ms: Number(m[2]) * 1000 } : null;
}
