/**
 * deploy/htaccess.example run for real: a copy of the build with that file as its .htaccess, in an unprivileged
 * Apache on a loopback port, loaded the way Debian's apache2 package sets it up (its default modules and their
 * configuration, from /etc/apache2/mods-available) plus the modules the example asks for.
 */
import { expect, it } from 'vitest';
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { apachePath } from '../../../scripts/harness/tools.ts';
import { spawnServer, stopChild, waitPortFree, type DeployServer } from './process.ts';

const EXAMPLE = 'deploy/htaccess.example';
const MODS = '/etc/apache2/mods-available';
/** Debian's default modules (what `apt-get install apache2` enables), then `a2enmod headers rewrite expires brotli`. */
const MODULES = ['mpm_event', 'authz_core', 'authz_host', 'authz_user', 'authn_core', 'authn_file', 'auth_basic',
  'access_compat', 'alias', 'autoindex', 'dir', 'env', 'filter', 'deflate', 'mime', 'negotiation', 'reqtimeout',
  'setenvif', 'status', 'headers', 'rewrite', 'expires', 'brotli'];

/** The server-level configuration: Debian's defaults for folders and dot files, the example's AllowOverride. */
export function httpdConf(opts: { port: number; www: string; tmp: string; asRoot: boolean }): string {
  const modules = MODULES.flatMap((m) => {
    const conf = path.join(MODS, `${m}.conf`);
    return [`Include ${path.join(MODS, `${m}.load`)}`, ...(fs.existsSync(conf) ? [`Include ${conf}`] : [])];
  });
  return [
    ...modules,
    `ServerRoot ${opts.tmp}`,
    'ServerName 127.0.0.1',
    `Listen 127.0.0.1:${opts.port}`,
    `PidFile ${opts.tmp}/httpd.pid`,
    `DefaultRuntimeDir ${opts.tmp}`,
    `ErrorLog ${opts.tmp}/error.log`,
    'LogLevel warn',
    // Started as root, the children drop to nobody (65534), as nginx's workers do.
    ...(opts.asRoot ? ['User #65534', 'Group #65534'] : []),
    'ServerTokens OS',
    'TraceEnable Off',
    // No TLS in this test: requests arrive as from a proxy that ended TLS, unless one says otherwise (the test of
    // the HTTPS redirect sends X-Forwarded-Proto: http).
    'RequestHeader setifempty X-Forwarded-Proto https early',
    // A host-wide cache default, as some shared hosts have: the example must override it.
    'ExpiresActive On',
    'ExpiresDefault "access plus 1 week"',
    `DocumentRoot ${opts.www}`,
    '<Directory />\n    Options FollowSymLinks\n    AllowOverride None\n    Require all denied\n</Directory>',
    `<Directory ${opts.www}>\n    Require all granted\n</Directory>`,
    // The one server-level line the example asks for.
    `<Directory ${path.join(opts.www, 'degmail')}>\n    AllowOverride All\n</Directory>`,
    'AccessFileName .htaccess',
    '<FilesMatch "^\\.ht">\n    Require all denied\n</FilesMatch>',
    '',
  ].join('\n');
}

export function apacheServer(): DeployServer {
  let child: ChildProcess | undefined;
  let warnings: string[] = [];
  let errorLog = '';
  return {
    name: 'Apache',
    example: EXAMPLE,
    serverHeader: /^Apache\/2\.4\.\d+/,
    // A .htaccess governs its folder only: what lies outside /degmail/ is the host's.
    ownsHost: false,
    brotli: true,
    async start({ port, www, tmp }) {
      const bin = apachePath();
      if (!bin) throw new Error('the deploy test needs Apache: sudo apt-get install -y apache2');
      fs.mkdirSync(tmp, { recursive: true });
      // The example itself, unchanged, as the .htaccess of the deployed folder.
      fs.copyFileSync(EXAMPLE, path.join(www, 'degmail', '.htaccess'));
      const file = path.join(tmp, 'httpd.conf');
      errorLog = path.join(tmp, 'error.log');
      fs.writeFileSync(file, httpdConf({ port, www, tmp, asRoot: process.getuid?.() === 0 }));
      const check = spawnSync(bin, ['-t', '-f', file], { encoding: 'utf8' });
      if (check.status !== 0) throw new Error(`apache2 -t refused the test's configuration:\n${check.stderr}`);
      // The .htaccess is read per request: its mistakes show as 500s and in the error log (logProblems).
      warnings = `${check.stdout}${check.stderr}`.split('\n').filter((l) => l.trim() && l.trim() !== 'Syntax OK');
      await waitPortFree(port);
      const origin = `http://127.0.0.1:${port}`;
      ({ child } = await spawnServer('apache2', bin, ['-f', file, '-DFOREGROUND'], { readyUrl: `${origin}/degmail/fr/`, logFile: errorLog }));
      return origin;
    },
    stop: () => stopChild(child),
    configWarnings: () => warnings,
    logProblems: () => fs.readFileSync(errorLog, 'utf8').split('\n').filter((l) => /:(warn|error|crit|alert|emerg)\]/.test(l)),
    tests(s) {
      it('plain HTTP (neither TLS nor a proxy that ended it) is sent to HTTPS, without HSTS', async () => {
        const res = await fetch(`${s.origin}${s.base}fr/?q=1`, { redirect: 'manual', headers: { 'x-forwarded-proto': 'http' } });
        expect(res.status).toBe(301);
        expect(res.headers.get('location')).toBe(`${s.origin.replace(/^http:/, 'https:')}${s.base}fr/?q=1`);
        expect(res.headers.get('strict-transport-security')).toBe(null);
      });
    },
  };
}
