/** deploy/nginx.conf.example run for real, unprivileged, on a loopback port (the deploy test's server). */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** nginx's stock mime.types, next to its compiled-in configuration file. */
export function mimeTypes(bin: string): string {
  const v = spawnSync(bin, ['-V'], { encoding: 'utf8' });
  const conf = /--conf-path=(\S+)/.exec(`${v.stdout}${v.stderr}`)?.[1] ?? '/etc/nginx/nginx.conf';
  const file = path.join(path.dirname(conf), 'mime.types');
  if (!fs.existsSync(file)) throw new Error(`nginx's mime.types not found at ${file}`);
  return file;
}

/** deploy/nginx.conf.example, made to run unprivileged on a loopback port without TLS. */
export function localConfig(example: string, opts: { port: number; root: string; mimeTypes: string; tmp: string }): string {
  const steps: [RegExp, string][] = [
    // The port-80 server only redirects to HTTPS.
    [/\nserver \{[^{}]*return 301 https:[^{}]*\}\n/, '\n'],
    [/^\s*(listen|http2|ssl_[a-z_]+)\b[^;]*;[^\n]*\n/gm, ''],
    [/^(\s*)server_name example\.org;/m, `$1listen 127.0.0.1:${opts.port};\n$1server_name 127.0.0.1;`],
    [/^(\s*)root \/srv\/www;/m, `$1root ${opts.root};`],
    [/^(\s*)include mime\.types;/m, `$1include ${opts.mimeTypes};`],
  ];
  let conf = example;
  for (const [re, to] of steps) {
    const next = conf.replace(re, to);
    if (next === conf) throw new Error(`the nginx example changed shape: ${re} no longer matches; update tests/e2e/servers/nginx.ts`);
    conf = next;
  }
  return [
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    `pid ${opts.tmp}/nginx.pid;`,
    `error_log ${opts.tmp}/error.log warn;`,
    'events { worker_connections 128; }',
    'http {',
    `    access_log ${opts.tmp}/access.log;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${opts.tmp}/${t}_temp;`),
    '    sendfile on;',
    conf,
    '}',
    '',
  ].join('\n');
}

/** Starts nginx on `conf` (tested with nginx -t first) and waits until `readyUrl` answers. */
export async function startNginx(bin: string, conf: string, opts: { tmp: string; readyUrl: string }): Promise<{ child: ChildProcess; warnings: string[] }> {
  const tmp = opts.tmp;
  const file = path.join(tmp, 'nginx.conf');
  fs.writeFileSync(file, conf);
  const args = ['-p', `${tmp}/`, '-c', file, '-e', path.join(tmp, 'error.log')];
  const check = spawnSync(bin, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused the configuration built from the example:\n${check.stderr}`);
  const warnings = check.stderr.split('\n').filter((l) => /\[(warn|alert|crit|emerg)\]/.test(l));
  const child = spawn(bin, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  process.once('exit', () => child.kill('SIGTERM'));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}):\n${err}\n${fs.readFileSync(path.join(tmp, 'error.log'), 'utf8')}`);
    try {
      if ((await fetch(opts.readyUrl)).ok) return { child, warnings };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGTERM');
  throw new Error('nginx did not answer within 10 s');
}
