/** What every deploy test needs: a free loopback port, and a build for a given origin and sub-path. */
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `npm run build` for a public origin and sub-path, into `out` (dist/ is left alone). */
export function buildUnder(opts: { site: string; base: string; out: string }): Promise<void> {
  const bin = path.resolve('node_modules/.bin');
  // Vitest puts Vite's import.meta.env into process.env (BASE_URL=/, MODE=test, DEV=1, SSR=1, NODE_ENV=test…).
  // A production build must not inherit them: BASE_URL=/ alone used to override BASE in every page's links
  // (astro.config.mjs now drops it too).
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|TEST|VITEST.*)$/.test(k)) env[k] = v;
  }
  Object.assign(env, { SITE: opts.site, BASE: opts.base, DEGMAIL_OUT: opts.out, PATH: `${bin}${path.delimiter}${process.env.PATH}` });
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', 'build'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`sub-path build failed (exit ${code}):\n${out.slice(-4000)}`))));
  });
}
