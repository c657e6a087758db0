/**
 * A small static server for dist/: what `npm start` runs and what the end-to-end tests start on a random port.
 * It honours BASE (the site may live under a sub-path), serves 404.html for unknown paths, and sends the same
 * caching headers a real deployment would (immutable hashed assets, revalidated HTML), with CORS on /widget/ (other
 * sites load the widgets with Subresource Integrity), as the configurations in deploy/ do.
 */
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '../../src/env.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

export interface ServeOptions {
  root?: string;
  port?: number;
  host?: string;
  base?: string;
}

export function startServer(opts: ServeOptions = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = path.resolve(opts.root ?? readEnv().outDir);
  const base = opts.base ?? readEnv().base;
  const prefix = '/' + base.replace(/^\/+|\/+$/g, '');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let p = decodeURIComponent(url.pathname);
    if (prefix !== '/' && p.startsWith(prefix)) p = p.slice(prefix.length) || '/';
    else if (prefix !== '/') return send(res, 404, path.join(root, '404.html'));
    let file = path.join(root, path.normalize(p));
    if (!file.startsWith(root)) return send(res, 403);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) {
      if (!p.endsWith('/')) {
        res.writeHead(301, { location: `${prefix === '/' ? '' : prefix}${p}/${url.search}` });
        return res.end();
      }
      file = path.join(file, 'index.html');
    }
    if (!fs.existsSync(file)) return send(res, 404, path.join(root, '404.html'));
    send(res, 200, file, p.startsWith('/widget/') ? { 'access-control-allow-origin': '*' } : {});
  });
  return new Promise((resolve) => {
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const addr = server.address() as { port: number; address: string };
      resolve({
        url: `http://${opts.host ?? '127.0.0.1'}:${addr.port}${prefix === '/' ? '' : prefix}`,
        close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
      });
    });
  });
}

function send(res: http.ServerResponse, status: number, file?: string, extra: http.OutgoingHttpHeaders = {}): void {
  if (!file || !fs.existsSync(file)) {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(String(status));
    return;
  }
  // Fingerprinted assets and released widget versions never change under their name (deploy/ does the same).
  const hashed = file.includes(`${path.sep}_astro${path.sep}`) || /[\\/]widget[\\/]v\d+\.\d+\.\d+[\\/]/.test(file);
  res.writeHead(status, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    // As the real servers do for a static file: downloads show their size and progress.
    'content-length': fs.statSync(file).size,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...extra,
  });
  fs.createReadStream(file).pipe(res);
}
