/**
 * Checks every provider file before a build: `node scripts/validate.ts`.
 *
 * Reads `<DEGMAIL_CONTENT or ./content>/providers/*.{yaml,yml}` (a relative DEGMAIL_CONTENT is taken from the project
 * root, as Astro does), runs the same checks as the build plus the cross-file ones, prints every problem with its
 * file and line, and exits 1 if there is any. It never writes anything.
 */
import { validateContentDir, summary } from '../src/node/content-files.ts';
import { contentPath } from '../src/node/paths.ts';

const result = await validateContentDir(contentPath());
if (result.errors.length) {
  for (const error of result.errors) console.error(error);
  const n = result.errors.length;
  console.error(`degmail: ${n} problem${n === 1 ? '' : 's'} in provider files (fix them before building).`);
  process.exitCode = 1;
} else console.log(summary(result));
