/**
 * Checks provider files with the same schema and messages as the build (which runs it first):
 *
 *   npm run validate                 every file of <DEGMAIL_CONTENT or ./content>/providers/
 *   npm run validate -- a.yaml b.yaml the given files, checked together
 *
 * Prints every problem as "file:line: field: expected …, got …" (with "did you mean" for a misspelt field or value),
 * then the sources read more than 12 months ago as warnings. Exits 1 on any problem; warnings alone exit 0. It never
 * writes anything.
 */
import path from 'node:path';
import { summary, validateContentDir, validateFiles } from '../src/node/content-files.ts';
import { contentPath } from '../src/node/paths.ts';

const files = process.argv.slice(2).filter((a) => a !== '--');
const result = files.length ? await validateFiles(files.map((f) => path.resolve(f))) : await validateContentDir(contentPath());
for (const error of result.errors) console.error(error);
if (result.warnings.length) {
  console.error(`degmail: ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'} (facts checked more than 12 months ago):`);
  for (const w of result.warnings) console.error(`  warning: ${w}`);
}
if (result.errors.length) {
  const n = result.errors.length;
  console.error(`degmail: ${n} problem${n === 1 ? '' : 's'} in provider files (fix them before building).`);
  process.exitCode = 1;
} else console.log(summary(result));
