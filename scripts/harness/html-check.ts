/**
 * The W3C Nu HTML checker (the `vnu-jar` package's jar, run with Debian's Java: the package's own install script,
 * which would download a Java runtime, is denied in package.json's allowScripts). Checks every HTML file of a
 * folder in one run and returns one readable line per message.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { javaPath } from './tools.ts';
import { startServer } from './serve.ts';

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
export async function checkHtml(targets: string[]): Promise<string[]> {
  const java = javaPath();
  if (!java) throw new Error('the Nu HTML checker needs Java 11 or later: sudo apt-get install -y default-jre-headless');
  const args = ['-Dnu.validator.servlet.allow-forbidden-hosts=true', '-jar', vnuJar(), '--format', 'json', '--skip-non-html', '--exit-zero-always'];
  // Asynchronous: the pages may be served by this very process, which must keep answering while Java reads them.
  const r = await run(java, [...args, ...targets]);
  if (r.status !== 0) throw new Error(`the Nu HTML checker failed (exit ${r.status}): ${r.stderr.slice(0, 2000)}`);
  // The checker prints its JSON report on stderr.
  const report = JSON.parse(r.stderr || r.stdout) as { messages: VnuMessage[] };
  return report.messages
    .filter((m) => m.type !== 'info' || m.subType === 'warning')
    .map((m) => `${where(m.url)}:${m.lastLine ?? '?'}: ${m.type === 'info' ? 'warning' : m.type}: ${m.message}`);
}

function run(cmd: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function where(url: string | undefined): string {
  if (!url) return '?';
  const u = new URL(url);
  return u.protocol === 'file:' ? path.basename(decodeURIComponent(u.pathname)) : u.pathname;
}

/**
 * Checks pages given as HTML text (a page as the browser shows it after its script ran): they are written to a
 * temporary folder and served on loopback, so the checker judges them as it judges the built pages.
 */
export async function checkHtmlPages(pages: { name: string; html: string }[]): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-vnu-pages-'));
  for (const p of pages) {
    fs.mkdirSync(path.join(dir, p.name), { recursive: true });
    fs.writeFileSync(path.join(dir, p.name, 'index.html'), p.html);
  }
  const server = await startServer({ root: dir, base: '/' });
  try {
    return await checkHtml(pages.map((p) => `${server.url}/${p.name}/`));
  } finally {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
