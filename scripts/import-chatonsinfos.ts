/**
 * `npm run import:chatonsinfos -- <federation file path or URL> [--dry-run] [--out <dir>] [--timeout <ms>]`
 *
 * Imports the mail offers of a ChatonsInfos federation into content/providers/ (or `--out`): new offers as drafts,
 * existing ones updated only where their facts came from ChatonsInfos. Progress goes to stderr, the summary (and, with
 * --dry-run, the diff of what would change) to stdout. Exit 0 when the import ran, 1 when any file failed, 2 on bad
 * arguments.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { formatSummary } from '../src/lib/chatonsinfos/summary.ts';
import { importChatonsInfos } from '../src/node/chatonsinfos/import.ts';
import { contentPath } from '../src/node/paths.ts';

const USAGE = 'usage: npm run import:chatonsinfos -- <federation file path or URL> [--dry-run] [--out <dir>] [--timeout <ms>]';

function args(): { source: string; outDir: string; dryRun: boolean; timeoutMs?: number } | string {
  try {
    const { values, positionals } = parseArgs({
      options: { 'dry-run': { type: 'boolean' }, out: { type: 'string' }, timeout: { type: 'string' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) return `expected one federation file path or URL, got ${positionals.length}`;
    const timeoutMs = values.timeout === undefined ? undefined : Number(values.timeout);
    if (timeoutMs !== undefined && !(Number.isInteger(timeoutMs) && timeoutMs > 0)) return `--timeout: expected a number of milliseconds, got "${values.timeout}"`;
    return {
      source: positionals[0]!,
      outDir: values.out ? path.resolve(values.out) : path.join(contentPath(), 'providers'),
      dryRun: values['dry-run'] ?? false,
      ...(timeoutMs ? { timeoutMs } : {}),
    };
  } catch (e) {
    return (e as Error).message;
  }
}

const parsed = args();
if (typeof parsed === 'string') {
  console.error(`import:chatonsinfos: ${parsed}\n${USAGE}`);
  process.exit(2);
}

// On a terminal the progress line rewrites itself; in a log, one line every 25 files is enough.
const tty = process.stderr.isTTY;
const report = await importChatonsInfos({
  ...parsed,
  onProgress: ({ done, total, errors }) => {
    const line = `chatonsinfos: ${done}/${total} files, ${errors} error${errors === 1 ? '' : 's'}`;
    if (tty) process.stderr.write(`\r${line}`);
    else if (done % 25 === 0 || done === total) process.stderr.write(`${line}\n`);
  },
});
if (tty) process.stderr.write('\n');
if (report.diff) process.stdout.write(report.diff);
process.stdout.write(formatSummary(report, parsed.dryRun));
process.exitCode = report.errors.length ? 1 : 0;
