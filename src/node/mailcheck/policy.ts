/**
 * The checks' `PolicyFetch` over HTTPS: GET https://mta-sts.<domain>/.well-known/mta-sts.txt as a sending server
 * would (RFC 8461 §3.3): certificate checked for `mta-sts.<domain>`, redirects not followed, `text/plain` only, the
 * body capped.
 *
 * Tests connect to a loopback server instead (`host`, `port`) while SNI, the certificate check and the Host header
 * stay `mta-sts.<domain>`, and pass that server's CA. Reasons are the protocol's own words (HTTP status, error
 * code): the translated texts around them say what they mean.
 */
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import type { Lookup, PolicyAnswer, PolicyFetch } from '../../lib/mailcheck/contract.ts';
import { hostLookup } from './host-lookup.ts';

export interface PolicyFetchOptions {
  /** Connect here instead of `mta-sts.<domain>` (tests). */
  host?: string;
  port?: number;
  /** Trust these CAs instead of Node's (tests). */
  ca?: string | Buffer;
  timeoutMs?: number;
  /** Resolve `mta-sts.<domain>` with the check's own DNS (so `--dns` applies to it too). */
  lookup?: Lookup;
}

export const POLICY_PATH = '/.well-known/mta-sts.txt';
export const DEFAULT_POLICY_TIMEOUT_MS = 10_000;
/** RFC 8461 §3.3 lets senders refuse bigger policies; a real one is a few lines. */
export const MAX_POLICY_BYTES = 64 * 1024;

export function httpsPolicyFetch(opts: PolicyFetchOptions = {}): PolicyFetch {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_POLICY_TIMEOUT_MS;
  return (domain) =>
    new Promise<PolicyAnswer>((resolve) => {
      const name = `mta-sts.${domain}`;
      const req = https.request(
        {
          host: opts.host ?? name,
          port: opts.port ?? 443,
          path: POLICY_PATH,
          servername: name,
          headers: { host: name, accept: 'text/plain' },
          ...(opts.ca ? { ca: opts.ca } : {}),
          ...(opts.lookup ? { lookup: hostLookup(opts.lookup) } : {}),
          agent: false,
          signal: AbortSignal.timeout(timeoutMs),
        },
        (res) => void read(res).then(resolve, (e: unknown) => resolve(failed(e, timeoutMs))),
      );
      req.on('error', (e) => resolve(failed(e, timeoutMs)));
      req.end();
    });
}

async function read(res: IncomingMessage): Promise<PolicyAnswer> {
  const status = res.statusCode ?? 0;
  const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (status !== 200 || type !== 'text/plain') {
    res.destroy();
    if (status >= 300 && status < 400) return { status: 'missing', reason: `HTTP ${status} → ${res.headers.location ?? '?'} (redirects are not followed)` };
    return { status: 'missing', reason: status === 200 ? `Content-Type: ${type || '(none)'}` : `HTTP ${status}` };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res) {
    size += (chunk as Buffer).length;
    if (size > MAX_POLICY_BYTES) {
      res.destroy();
      return { status: 'missing', reason: `> ${MAX_POLICY_BYTES} bytes` };
    }
    chunks.push(chunk as Buffer);
  }
  return { status: 'ok', text: Buffer.concat(chunks).toString('utf8') };
}

/** No such host: the policy is missing. Anything else (timeout, TLS, refused connection): could not tell. */
function failed(e: unknown, timeoutMs: number): PolicyAnswer {
  const err = e as NodeJS.ErrnoException;
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return { status: 'error', reason: `ETIMEDOUT (${timeoutMs} ms)` };
  if (err?.code === 'ENOTFOUND') return { status: 'missing', reason: 'ENOTFOUND' };
  return { status: 'error', reason: err?.code ?? err?.message ?? String(e) };
}
