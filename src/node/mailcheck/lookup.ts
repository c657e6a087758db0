/**
 * The checks' `Lookup` over real DNS: node:dns's Resolver (c-ares), pointed at one server when `--dns` gives one,
 * else at the system's resolvers.
 *
 * - Each question has a deadline: c-ares retries within it, and a timer answers `timeout` at the deadline whatever
 *   c-ares is doing (a server that drops queries must not hang the check).
 * - CNAMEs are followed for every type but CNAME, with a seen set and a maximum length: a loop is an answer
 *   (`cname-loop`, with the chain), not a hang.
 * - Each question is asked once per lookup (SPF often asks the same name twice).
 */
import { promises as dns } from 'node:dns';
import type { Lookup, LookupAnswer, RecordType } from '../../lib/mailcheck/contract.ts';
import { normalizeName } from '../../lib/mailcheck/names.ts';
import { failure, query } from './records.ts';

export interface DnsLookupOptions {
  /** The DNS server, `host:port` or `host` (an IP address; `[v6]:port` for IPv6 with a port). */
  server?: string;
  /** The whole time one question may take, retries included. */
  timeoutMs?: number;
  /** How many times c-ares sends a question before giving up. */
  tries?: number;
}

export const DEFAULT_DNS_TIMEOUT_MS = 5000;
/** Longer chains than this are treated as loops (resolvers stop around here too). */
export const MAX_CNAME_CHAIN = 8;

export function dnsLookup(opts: DnsLookupOptions = {}): Lookup {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_DNS_TIMEOUT_MS;
  const tries = opts.tries ?? 2;
  // c-ares doubles its wait at each try: split the deadline so that all tries fit in it.
  const perTry = Math.max(1, Math.floor(timeoutMs / (2 ** tries - 1)));
  const resolver = () => {
    const r = new dns.Resolver({ timeout: perTry, tries, maxTimeout: timeoutMs });
    // Throws on anything but an IP address with an optional port (the CLI checks --dns before).
    if (opts.server) r.setServers([opts.server]);
    return r;
  };
  resolver(); // a bad server throws here, at once, rather than at the first question
  const asked = new Map<string, Promise<LookupAnswer>>();
  const ask = (name: string, type: RecordType): Promise<LookupAnswer> => {
    const key = `${type} ${name}`;
    let answer = asked.get(key);
    if (!answer) {
      // One resolver per question, so that the deadline can cancel this question alone (and leave nothing
      // running that would keep the process alive).
      const r = resolver();
      answer = within(timeoutMs, query(r, name, type).then(ok, failure), () => r.cancel());
      asked.set(key, answer);
    }
    return answer;
  };
  return (name, type) => follow(ask, normalizeName(name), type);
}

const ok = (records: string[]): LookupAnswer => ({ status: 'ok', records });

/** `answer`, or `timeout` if it has not come when the deadline passes (then `cancel` is called). */
async function within(ms: number, answer: Promise<LookupAnswer>, cancel: () => void): Promise<LookupAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<LookupAnswer>((resolve) => {
    timer = setTimeout(() => {
      resolve({ status: 'timeout', reason: `ETIMEOUT (${ms} ms)` });
      cancel();
    }, ms);
  });
  try {
    return await Promise.race([answer, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Asks `type` at `name`, following CNAMEs. c-ares gives an empty list (not ENODATA) when the answer held only a
 * CNAME chain: the name is an alias whose target the server did not resolve, or whose target has no such record.
 * The chain is then walked one hop at a time.
 */
async function follow(ask: (name: string, type: RecordType) => Promise<LookupAnswer>, name: string, type: RecordType): Promise<LookupAnswer> {
  if (type === 'CNAME') return ask(name, 'CNAME');
  const chain = [name];
  for (;;) {
    const at = chain[chain.length - 1]!;
    const answer = await ask(at, type);
    if (answer.status !== 'ok' || answer.records.length > 0) return answer;
    const alias = await ask(at, 'CNAME');
    if (alias.status === 'nodata' || alias.status === 'nxdomain' || (alias.status === 'ok' && alias.records.length === 0)) return { status: 'nodata' };
    if (alias.status !== 'ok') return alias;
    const next = alias.records[0]!;
    if (chain.includes(next) || chain.length > MAX_CNAME_CHAIN) return { status: 'cname-loop', reason: [...chain, next].join(' → ') };
    chain.push(next);
  }
}
