/**
 * The analyser's side of the checks: records pasted as zone-file lines or `dig` output become a Lookup that answers
 * from the paste alone. What was not pasted is `not-provided` (never NXDOMAIN: absence from a paste proves nothing),
 * which the checks turn into "not checked: paste …".
 */
import type { Lookup, LookupAnswer, PolicyFetch } from './contract.ts';
import { normalizeName } from './names.ts';
import { logicalLines, type LogicalLine, type Token } from './pasted-tokens.ts';
import { hostToken, rdataOf, type PastedRecord, type PasteProblem } from './pasted-rdata.ts';

export type { PastedRecord, PasteProblem } from './pasted-rdata.ts';
export { guessDomain } from './pasted-guess.ts';

const TYPES = new Set(['A', 'AAAA', 'MX', 'TXT', 'CNAME', 'PTR', 'TLSA', 'NS', 'SOA', 'SRV', 'CAA', 'SPF', 'DS', 'DNSKEY',
  'RRSIG', 'NSEC', 'NSEC3', 'NSEC3PARAM', 'HTTPS', 'SVCB', 'NAPTR', 'SSHFP', 'HINFO', 'DNAME', 'LOC', 'OPENPGPKEY',
  'SMIMEA', 'CDS', 'CDNSKEY', 'URI', 'ZONEMD']);
const typeOf = (t: Token | undefined) => {
  const u = t && !t.quoted ? t.text.toUpperCase() : '';
  return u === 'TYPE52' ? 'TLSA' : TYPES.has(u) || /^TYPE\d+$/.test(u) ? u : undefined;
};
const isTtlOrClass = (t: Token) => !t.quoted && /^(IN|CH|HS|CS|(\d+[smhdw]?)+)$/i.test(t.text);

/** The type and data of a line read with or without an owner name first; null when it does not read so. */
function readRr(tokens: Token[], withOwner: boolean) {
  let i = withOwner ? 1 : 0;
  if (withOwner && tokens[0]!.quoted) return null;
  for (let n = 0; n < 2 && tokens[i] && isTtlOrClass(tokens[i]!); n++) i++;
  const type = typeOf(tokens[i]);
  return type === undefined ? null : { type, rdata: tokens.slice(i + 1) };
}

export function parsePasted(text: string): { records: PastedRecord[]; problems: PasteProblem[] } {
  const source = text.split('\n');
  const records: PastedRecord[] = [];
  const problems: PasteProblem[] = [];
  let origin: string | undefined;
  let owner: { name: string; relative: boolean } | undefined;
  const problem = (l: LogicalLine) => problems.push({ line: l.line, text: (source[l.line - 1] ?? '').trim() });
  for (const l of logicalLines(text)) {
    const first = l.tokens[0];
    if (l.broken || !first) problem(l);
    else if (!first.quoted && /^\$ORIGIN$/i.test(first.text) && l.tokens.length === 2 && !l.tokens[1]!.quoted) {
      origin = hostToken(l.tokens[1]!.text, origin).name;
    } else if (!first.quoted && /^\$TTL$/i.test(first.text)) continue;
    else {
      // Indented lines belong to the previous owner, unless they only read with a name of their own (pasted indented).
      const tries = l.indented && owner ? [false, true] : owner ? [true, false] : [true];
      const read = tries.map((withOwner) => {
        const rr = readRr(l.tokens, withOwner);
        const data = rr && rdataOf(rr.type, rr.rdata, origin);
        return rr && data ? { withOwner, type: rr.type, data } : null;
      }).find((x) => x !== null);
      if (!read) problem(l);
      else {
        if (read.withOwner) owner = hostToken(first.text, origin);
        records.push({ ...owner!, type: read.type, data: read.data.data, dataRelative: read.data.relative ?? false, line: l.line });
      }
    }
  }
  return { records, problems };
}

/**
 * A relative name placed under the domain checked. A relative name that already ends with it is taken as written in
 * full: control panels show `_dmarc.example.org` without the final dot a zone file would need.
 */
function place(name: string, relative: boolean, origin: string | undefined): string | undefined {
  if (!relative) return name;
  if (origin === undefined) return undefined;
  return name === '' ? origin : name === origin || name.endsWith(`.${origin}`) ? name : `${name}.${origin}`;
}

function placedData(r: PastedRecord, origin: string | undefined): string | undefined {
  if (!r.dataRelative) return r.data;
  const at = r.type === 'MX' ? r.data.indexOf(' ') + 1 : 0;
  const host = place(r.data.slice(at), true, origin);
  return host === undefined ? undefined : r.data.slice(0, at) + host;
}

export function pastedLookup(records: readonly PastedRecord[], origin?: string): Lookup {
  const o = origin === undefined ? undefined : normalizeName(origin);
  const index = new Map<string, Set<string>>();
  const names = new Set<string>();
  for (const r of records) {
    const [name, data] = [place(r.name, r.relative, o), placedData(r, o)];
    if (name === undefined || data === undefined) continue;
    names.add(name);
    // A record set is a set: the same record pasted twice (zone file and dig output) is one record.
    const key = `${name} ${r.type}`;
    index.set(key, (index.get(key) ?? new Set()).add(data));
  }
  return async (asked, type): Promise<LookupAnswer> => {
    const chain = [normalizeName(asked)];
    for (;;) {
      const name = chain[chain.length - 1]!;
      const own = index.get(`${name} ${type}`);
      if (own) return { status: 'ok', records: [...own] };
      // A name with other records has no CNAME (RFC 1034 §3.6.2): that much the paste does prove.
      if (type === 'CNAME') return names.has(name) ? { status: 'nodata' } : { status: 'not-provided' };
      const alias = [...(index.get(`${name} CNAME`) ?? [])][0];
      if (alias === undefined) return { status: 'not-provided' };
      if (chain.includes(alias) || chain.length > 16) return { status: 'cname-loop', reason: [...chain, alias].join(' → ') };
      chain.push(alias);
    }
  };
}

/** The policy text the host pasted, if any. */
export function pastedPolicy(text: string | undefined): PolicyFetch {
  return async () => (text === undefined || text.trim() === '' ? { status: 'not-provided' } : { status: 'ok', text });
}
