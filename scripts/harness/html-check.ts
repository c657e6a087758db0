/**
 * The W3C Nu HTML checker (the `vnu-jar` package's jar, run with Debian's Java: the package's own install script,
 * which would download a Java runtime, is denied in package.json's allowScripts). Checks every HTML file of a
 * folder in one run and returns one readable line per message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { javaPath } from './tools.ts';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

/** The jar's path, as the package exports it. */
export function vnuJar(): string {
  return String(createRequire(import.meta.url)('vnu-jar'));
}

/**
 * Every error and warning the checker finds in `targets` (files, folders or http URLs; HTML only), as
 * "where:line: message". URLs let it judge the pages' CSP as a browser does ('self' is the server's origin); the
 * checker refuses loopback hosts unless told otherwise, which this local use does. Throws when Java is missing or the
 * checker cannot run.
 */
export function checkHtml(targets: string[]): string[] {
  const java = javaPath();
  if (!java) throw new Error('the Nu HTML checker needs Java 11 or later: sudo apt-get install -y default-jre-headless');
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', vnuJar(), '--format', 'json', '--skip-non-html', '--exit-zero-always'];
  const r = spawnSync(java, [...args, ...targets], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`the Nu HTML checker failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  // The checker prints its JSON report on stderr.
  const report = JSON.parse(r.stderr || r.stdout) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .map((m) => `${where(m.url)}:${m.lastLine ?? '?'}: ${m.type === 'info' ? 'warning' : m.type}: ${m.message}`);
}

function where(url: string | undefined): string {
  if (!url) return '?';
  const u = new URL(url);
  return u.protocol === 'file:' ? path.basename(decodeURIComponent(u.pathname)) : u.pathname;
}
