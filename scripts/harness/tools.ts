/**
 * The system tools `npm test` drives, all from Debian, never downloaded: Chromium (end-to-end tests), nginx, Caddy
 * and Apache (the deploy test runs the examples of deploy/ in each), Java (the W3C Nu HTML checker) and poppler-utils
 * (pdftoppm rasterises the kit's PDFs so that their QR codes can be decoded) and OpenSSL (the deliverability tests make
 * a throwaway certificate authority for their local MTA-STS policy server).
 * `missingTools()` names what is missing with its Debian package.
 */
import fs from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

/** The first of these that exists, or what `command -v` finds. */
function findBinary(name: string, candidates: (string | undefined)[]): string | null {
  for (const p of candidates) if (p && fs.existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function nginxPath(): string | null {
  return findBinary('nginx', [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']);
}

export function caddyPath(): string | null {
  return findBinary('caddy', [process.env.CADDY_PATH, '/usr/bin/caddy']);
}

/** Apache's server binary (Debian names it apache2; its modules live in /usr/lib/apache2/modules). */
export function apachePath(): string | null {
  return findBinary('apache2', [process.env.APACHE_PATH, '/usr/sbin/apache2']);
}

/** poppler-utils' pdftoppm, which draws a PDF page as PNG the way a printer's RIP would, independently of pdf-lib. */
export function pdftoppmPath(): string | null {
  return findBinary('pdftoppm', [process.env.PDFTOPPM_PATH, '/usr/bin/pdftoppm']);
}

/** The openssl command, which signs the deliverability tests' throwaway certificates. */
export function opensslPath(): string | null {
  return findBinary('openssl', [process.env.OPENSSL_PATH, '/usr/bin/openssl']);
}

/** A Java runtime of version 11 or later (the Nu checker's jar needs it), or null. */
export function javaPath(): string | null {
  const java = findBinary('java', [process.env.JAVA_PATH, '/usr/bin/java']);
  if (!java) return null;
  // `java -version` prints on stderr.
  const r = spawnSync(java, ['-version'], { encoding: 'utf8' });
  return r.status === 0 && javaMajor(`${r.stdout}${r.stderr}`) >= 11 ? java : null;
}

function javaMajor(versionText: string): number {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionText);
  if (!m) return 0;
  return m[1] === '1' ? Number(m[2]) : Number(m[1]);
}

/** Debian packages of the tools that are missing, in install order. */
export function missingTools(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(chromiumPath())) missing.push('chromium');
  if (!nginxPath()) missing.push('nginx');
  if (!caddyPath()) missing.push('caddy');
  if (!apachePath()) missing.push('apache2');
  if (!javaPath()) missing.push('default-jre-headless');
  if (!pdftoppmPath()) missing.push('poppler-utils');
  if (!opensslPath()) missing.push('openssl');
  return missing;
}

/** The one line that installs what is missing. */
export function installLine(missing: string[]): string {
  return `sudo apt-get install -y ${missing.join(' ')}`;
}
