/**
 * Reads one ChatonsInfos file, over HTTP(S) or from disk, within the crawl's limits: a timeout per request, a size
 * cap, a counted number of redirects (followed here, so loops are caught), and a bounded number of requests at once.
 * It never throws: a file that cannot be read is a reason, reported with its URL.
 */
import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { showBytes, type Limiter, type Limits } from './limits.ts';

export type FileResult = { ok: true; url: string; bytes: Uint8Array } | { ok: false; url: string; reason: string };
type Attempt = FileResult | { ok: false; url: string; reason: string; missing: true };

const WELL_KNOWN = /\/\.well[-_]known\//;

/**
 * Reads `url` (http:, https: or file:). A missing file under `/.well-known/` is looked for under `/.well_known/` (the
 * YunoHost package's spelling), and the other way round. The result's `url` is where the file was read.
 */
export async function fetchFile(url: string, limits: Limits, limit: Limiter): Promise<FileResult> {
  const first = await attempt(url, limits, limit);
  if (first.ok || !('missing' in first) || !WELL_KNOWN.test(url)) return strip(first);
  const other = url.replace(WELL_KNOWN, (m) => (m.includes('-') ? '/.well_known/' : '/.well-known/'));
  const second = await attempt(other, limits, limit);
  if (second.ok) return second;
  return { ok: false, url, reason: `${first.reason}, and ${'missing' in second ? 'not found either' : second.reason} at ${other}` };
}

function strip(r: Attempt): FileResult {
  return r.ok ? r : { ok: false, url: r.url, reason: r.reason };
}

function attempt(url: string, limits: Limits, limit: Limiter): Promise<Attempt> {
  return url.startsWith('file:') ? limit(() => readLocal(url, limits)) : fetchHttp(url, limits, limit);
}

async function readLocal(url: string, limits: Limits): Promise<Attempt> {
  try {
    const file = fileURLToPath(url);
    const size = (await stat(file)).size;
    if (size > limits.maxBytes) return { ok: false, url, reason: `larger than ${showBytes(limits.maxBytes)} (${size} bytes): not read` };
    return { ok: true, url, bytes: new Uint8Array(await readFile(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, url, reason: 'not found (ENOENT)', missing: true };
    return { ok: false, url, reason: `cannot read the file (${code ?? (e as Error).message})` };
  }
}

async function fetchHttp(start: string, limits: Limits, limit: Limiter): Promise<Attempt> {
  const chain = [start];
  let url = start;
  for (;;) {
    const step = await limit(() => request(url, limits));
    if (!('location' in step)) return step.ok ? { ...step, url } : { ...step, url: start };
    let next: URL;
    try {
      next = new URL(step.location, url);
    } catch {
      return { ok: false, url: start, reason: `redirected to an invalid URL (${step.location})` };
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:')
      return { ok: false, url: start, reason: `redirected to ${next.href}, not an http(s) URL: not followed` };
    if (chain.includes(next.href)) return { ok: false, url: start, reason: `redirect loop (${[...chain, next.href].join(' → ')})` };
    if (chain.length > limits.maxRedirects) return { ok: false, url: start, reason: `more than ${limits.maxRedirects} redirects (${chain.join(' → ')} → …)` };
    chain.push(next.href);
    url = next.href;
  }
}

type Step = { ok: true; bytes: Uint8Array } | { ok: false; reason: string; missing?: true } | { location: string };

/** One HTTP request within the limits: a redirect to follow, the body, or a reason. */
async function request(url: string, limits: Limits): Promise<Step> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const res = await fetch(url, { redirect: 'manual', signal, headers: { accept: 'text/plain, */*' } });
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      await res.body?.cancel();
      return { location };
    }
    if (!res.ok) {
      await res.body?.cancel();
      return res.status === 404 || res.status === 410
        ? { ok: false, reason: `not found (HTTP ${res.status})`, missing: true }
        : { ok: false, reason: `HTTP ${res.status}${res.statusText ? ' ' + res.statusText : ''}` };
    }
    return await readBody(res, limits.maxBytes);
  } catch (e) {
    return { ok: false, reason: failure(e, limits) };
  }
}

/** The body, up to `max` bytes: reading stops (and the connection is dropped) as soon as it goes beyond. */
async function readBody(res: Response, max: number): Promise<Step> {
  const declared = Number(res.headers.get('content-length'));
  if (declared > max) {
    await res.body?.cancel();
    return { ok: false, reason: `larger than ${showBytes(max)} (Content-Length ${declared}): not read` };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = res.body?.getReader();
  for (;;) {
    const chunk = reader ? await reader.read() : { done: true as const, value: undefined };
    if (chunk.done) break;
    size += chunk.value.byteLength;
    if (size > max) {
      await reader!.cancel();
      return { ok: false, reason: `larger than ${showBytes(max)}: stopped reading` };
    }
    chunks.push(chunk.value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, bytes };
}

function failure(e: unknown, limits: Limits): string {
  const err = e as Error & { cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no complete answer within ${limits.timeoutMs / 1000} s`;
  const cause = err?.cause?.code ?? err?.cause?.message;
  return `cannot connect (${cause ?? err?.message ?? String(e)})`;
}
