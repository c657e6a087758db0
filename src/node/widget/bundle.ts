/**
 * Bundles src/widget/ into the one release script with esbuild: an IIFE (a classic script, so that
 * document.currentScript is set while it runs), minified, ES2020, no source map, ASCII only (a host page in another
 * encoding reads it right), with the version and the hard end baked in and the CSS files minified into strings.
 */
import path from 'node:path';
import { build, transform, type Plugin } from 'esbuild';
import { ROOT } from '../paths.ts';

export const WIDGET_ENTRY = path.join(ROOT, 'src', 'widget', 'index.ts');

/** `import css from './x.css?raw'`: the file, minified, as a string (Vite reads the same import in type checks). */
const rawCss: Plugin = {
  name: 'raw-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?raw$/ }, (args) => ({ path: path.join(args.resolveDir, args.path.replace(/\?raw$/, '')), namespace: 'raw-css' }));
    b.onLoad({ filter: /.*/, namespace: 'raw-css' }, async (args) => {
      const fs = await import('node:fs/promises');
      const { code } = await transform(await fs.readFile(args.path, 'utf8'), { loader: 'css', minify: true, charset: 'ascii' });
      return { contents: `export default ${JSON.stringify(code.trim())};`, loader: 'js' };
    });
  },
};

export interface BundleInput {
  version: string;
  /** YYYY-MM-DD: the release shows nothing after this day. */
  hardEnd: string;
}

/** The script's bytes. The same sources, version and hard end give the same bytes. */
export async function bundleWidget({ version, hardEnd }: BundleInput): Promise<Uint8Array> {
  const result = await build({
    entryPoints: [WIDGET_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    sourcemap: false,
    charset: 'ascii',
    legalComments: 'none',
    logLevel: 'silent',
    define: { DEGMAIL_HARD_END: JSON.stringify(hardEnd) },
    banner: { js: `/*! degmail widget ${version}, AGPL-3.0-or-later */` },
    // No "use strict" prologue: an IIFE of classes and modules needs none, and it is bytes of the budget.
    tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
    plugins: [rawCss],
  });
  return result.outputFiles[0]!.contents;
}
