/**
 * `npm test` drives Debian's Chromium and serves a deploy test with nginx. Neither is ever downloaded:
 * when one is missing, stop here with the one line that installs it.
 */
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';

export function chromiumPath(): string {
  return process.env.CHROME_PATH ?? '/usr/bin/chromium';
}

export function nginxPath(): string | null {
  for (const p of [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx']) if (p && fs.existsSync(p)) return p;
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function missingTools(): string[] {
  const missing: string[] = [];
  if (!fs.existsSync(chromiumPath())) missing.push('chromium');
  if (!nginxPath()) missing.push('nginx');
  return missing;
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const missing = missingTools();
  if (missing.length) {
    console.error(`degmail: tests need ${missing.join(' and ')}; install with: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
}
