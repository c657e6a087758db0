/**
 * SPF (RFC 7208): exactly one `v=spf1` record; every term valid; at most 10 DNS-querying terms (include, a, mx, ptr,
 * exists, redirect) counted through includes and redirects (§4.6.4), at most 2 of them "void" (no answer); no include
 * loop; and an ending that says what to do with the rest of the world: `-all` or `~all`, never `+all`.
 */
import type { CheckResult, Lookup } from './contract.ts';
import { normalizeName } from './names.ts';
import { collector, recordsOf, type Collector } from './result.ts';
import { hasMacro, isSpfRecord, parseSpf, type Qualifier, type SpfTerm } from './spf-parse.ts';

export { isSpfRecord, parseSpf } from './spf-parse.ts';

const MAX_LOOKUPS = 10;
const MAX_VOIDS = 2;
/** Past this many queries the walk stops following (the count is then a lower bound, shown as "40+"). */
const MAX_QUERIES = 40;
const QUERYING = new Set(['include', 'a', 'mx', 'ptr', 'exists']);

interface Walk {
  c: Collector<'spf'>;
  lookup: Lookup;
  lookups: number;
  voids: number;
  queries: number;
}

export async function checkSpf(domain: string, lookup: Lookup): Promise<CheckResult> {
  const c = collector('spf');
  const answer = await lookup(domain, 'TXT');
  const records = recordsOf(answer).filter(isSpfRecord);
  const done = () => c.result(domain, records);
  if (c.unanswered(answer, domain, 'TXT')) return done();
  if (records.length === 0) c.add('fail', 'missing', { domain });
  // Two records make every receiver answer "permerror" (§4.5): nothing else matters until one is removed.
  if (records.length > 1) c.add('fail', 'multiple', { domain, count: records.length });
  if (records.length !== 1) return done();
  c.add('pass', 'present', { domain });
  const w: Walk = { c, lookup, lookups: 0, voids: 0, queries: 0 };
  const all = await walk(w, domain, records[0]!, [domain]);
  const count = w.queries >= MAX_QUERIES ? `${w.lookups}+` : w.lookups;
  c.add(w.lookups > MAX_LOOKUPS ? 'fail' : 'pass', w.lookups > MAX_LOOKUPS ? 'too-many-lookups' : 'lookups', { domain, count });
  if (w.voids > MAX_VOIDS) c.add('fail', 'void-lookups', { domain, count: w.voids });
  if (all === '+') c.add('fail', 'all-pass', { domain });
  else if (all === '?') c.add('warn', 'all-neutral', { domain });
  else if (all === '-') c.add('pass', 'all-fail', { domain });
  else if (all === '~') c.add('pass', 'all-softfail', { domain });
  else if (all === null) c.add('warn', 'no-all', { domain });
  return done();
}

/** Asks one question, counting it; null once the walk has asked too many. */
async function ask(w: Walk, name: string, type: 'TXT' | 'A' | 'AAAA' | 'MX') {
  if (w.queries >= MAX_QUERIES) return null;
  w.queries++;
  const answer = await w.lookup(name, type);
  return w.c.unanswered(answer, name, type) ? null : answer;
}

/** The qualifier of the record's `all` (through its redirect), null without one, 'unknown' when it could not be read. */
async function walk(w: Walk, domain: string, text: string, chain: string[]): Promise<Qualifier | null | 'unknown'> {
  const { terms, errors } = parseSpf(text);
  for (const term of errors) w.c.add('fail', 'bad-term', { domain, term });
  let redirect: string | undefined;
  for (const t of terms) {
    if (t.kind === 'modifier') {
      if (t.name === 'redirect') redirect = t.value;
      continue;
    }
    // Terms after `all` are never evaluated (§5.1), and neither is a redirect.
    if (t.name === 'all') return t.qualifier;
    if (t.name === 'ptr') w.c.add('warn', 'ptr', { domain });
    if (QUERYING.has(t.name)) {
      w.lookups++;
      await follow(w, domain, t, chain);
    }
  }
  if (redirect === undefined) return null;
  w.lookups++;
  return hasMacro(redirect) ? 'unknown' : include(w, normalizeName(redirect), chain);
}

/** Walks an included (or redirected-to) record; its `all`, as `walk` gives it. */
async function include(w: Walk, target: string, chain: string[]): Promise<Qualifier | null | 'unknown'> {
  if (chain.includes(target)) {
    w.c.add('fail', 'include-loop', { domain: chain[0]!, chain: [...chain, target].join(' → ') });
    return 'unknown';
  }
  const answer = await ask(w, target, 'TXT');
  if (!answer) return 'unknown';
  const records = recordsOf(answer);
  if (records.length === 0) w.voids++;
  const spf = records.filter(isSpfRecord);
  // An include of a name without exactly one SPF record is a "permerror" (§5.2).
  if (spf.length === 0) w.c.add('fail', 'include-missing', { domain: target });
  if (spf.length > 1) w.c.add('fail', 'multiple', { domain: target, count: spf.length });
  return spf.length === 1 ? walk(w, target, spf[0]!, [...chain, target]) : 'unknown';
}

/** Follows one DNS-querying mechanism, to count void lookups and walk includes. */
async function follow(w: Walk, domain: string, t: Extract<SpfTerm, { kind: 'mechanism' }>, chain: string[]): Promise<void> {
  const target = normalizeName(t.domain ?? domain);
  // Names with macros depend on each message; ptr depends on the sender's address: neither can be followed here.
  if ((t.domain !== undefined && hasMacro(t.domain)) || t.name === 'ptr') return;
  if (t.name === 'include') {
    await include(w, target, chain);
    return;
  }
  // A void lookup is one that finds nothing (§4.6.4). For `a`, AAAA is asked only when A finds nothing: a receiver
  // asks one or the other, so the mechanism is void only when both are empty.
  const first = await ask(w, target, t.name === 'mx' ? 'MX' : 'A');
  if (!first || recordsOf(first).length > 0) return;
  const second = t.name === 'a' ? await ask(w, target, 'AAAA') : first;
  if (second && recordsOf(second).length === 0) w.voids++;
}
