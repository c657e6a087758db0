/**
 * Makes the visual kit into node_modules/.cache/degmail-kit (`npm run kit`; `npm run build` runs it before Astro,
 * which copies it into the site under /kit/). Only what changed is drawn again. A build of another content folder
 * skips it unless DEGMAIL_KIT=1 (see kitEnabled() in src/env.ts).
 */
import { kitEnabled } from '../src/env.ts';
import { generateKit } from '../src/node/kit/generate.ts';
import { readKitInputs } from '../src/node/kit/inputs.ts';

if (!kitEnabled()) {
  console.log('degmail: kit skipped (DEGMAIL_CONTENT is not the real content, or DEGMAIL_KIT=0; DEGMAIL_KIT=1 makes it)');
} else {
  try {
    const r = await generateKit(await readKitInputs());
    const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
    const files = r.manifest.files.reduce((n, f) => n + f.bytes, 0);
    const zips = r.manifest.zips.reduce((n, z) => n + z.bytes, 0);
    console.log(`degmail: kit of ${r.manifest.files.length} files (${mb(files)}) and ${r.manifest.zips.length} ZIPs (${mb(zips)}), ${r.written} written, in ${(r.ms / 1000).toFixed(1)} s`);
  } catch (e) {
    console.error(`degmail: ${(e as Error).message}`);
    process.exitCode = 1;
  }
}
