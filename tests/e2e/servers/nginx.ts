/** deploy/nginx.conf.example run for real, unprivileged, on a loopback port (one of the deploy test's servers). */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { nginxPath } from '../../../scripts/harness/tools.ts';
import { spawnServer, stopChild, swap, waitPortFree, type DeployServer } from './process.ts';

const EXAMPLE = 'deploy/nginx.conf.example';

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
  const conf = swap(example, EXAMPLE, [
    // The port-80 server only redirects to HTTPS.
    [/\nserver \{[^{}]*return 301 https:[^{}]*\}\n/, '\n'],
    [/^\s*(listen|http2|ssl_[a-z_]+)\b[^;]*;[^\n]*\n/gm, ''],
    [/^(\s*)server_name example\.org;/m, `$1listen 127.0.0.1:${opts.port};\n$1server_name 127.0.0.1;`],
    [/^(\s*)root \/srv\/www;/m, `$1root ${opts.root};`],
    [/^(\s*)include mime\.types;/m, `$1include ${opts.mimeTypes};`],
  ], 'tests/e2e/servers/nginx.ts');
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

export function nginxServer(): DeployServer {
  let child: ChildProcess | undefined;
  let warnings: string[] = [];
  let errorLog = '';
  return {
    name: 'nginx',
    example: EXAMPLE,
    serverHeader: /^nginx$/,
    ownsHost: true,
    brotli: false,
    async start({ port, www, tmp }) {
      const bin = nginxPath();
      if (!bin) throw new Error('the deploy test needs nginx: sudo apt-get install -y nginx');
      fs.mkdirSync(tmp, { recursive: true });
      const file = path.join(tmp, 'nginx.conf');
      errorLog = path.join(tmp, 'error.log');
      fs.writeFileSync(file, localConfig(fs.readFileSync(EXAMPLE, 'utf8'), { port, root: www, mimeTypes: mimeTypes(bin), tmp }));
      const args = ['-p', `${tmp}/`, '-c', file, '-e', errorLog];
      const check = spawnSync(bin, ['-t', ...args], { encoding: 'utf8' });
      if (check.status !== 0) throw new Error(`nginx -t refused the configuration built from the example:\n${check.stderr}`);
      warnings = check.stderr.split('\n').filter((l) => /\[(warn|alert|crit|emerg)\]/.test(l));
      await waitPortFree(port);
      const origin = `http://127.0.0.1:${port}`;
      ({ child } = await spawnServer('nginx', bin, args, { readyUrl: `${origin}/degmail/fr/`, logFile: errorLog }));
      return origin;
    },
    stop: () => stopChild(child),
    configWarnings: () => warnings,
    logProblems: () => fs.readFileSync(errorLog, 'utf8').split('\n')
      // A missing file is what a 404 is; nginx logs each one.
      .filter((l) => /\[(warn|error|crit|alert|emerg)\]/.test(l) && !/open\(\) "[^"]*" failed \(2: No such file or directory\)/.test(l)),
  };
}
