/**
 * What a host would paste into the analyser, made from the records a check read: zone-file lines, or the output of
 * `dig` (one query per record set, with dig's comments and sections, long TXT values cut into 255-byte strings and
 * TLSA data in upper-case chunks, as dig prints them). And a recorder that wraps a Lookup and a PolicyFetch to keep
 * every answer, so a test pastes exactly what the command line read.
 */
import type { Lookup, LookupAnswer, PolicyAnswer, PolicyFetch, RecordType } from '../../src/lib/mailcheck/contract.ts';

export interface RecordSet {
  name: string;
  type: RecordType;
  records: string[];
}

export interface Recorded {
  lookup: Lookup;
  fetchPolicy: PolicyFetch;
  /** Every question asked and its answer, in order (repeated questions once). */
  answers: { name: string; type: RecordType; answer: LookupAnswer }[];
  policies: { domain: string; answer: PolicyAnswer }[];
  /** The record sets that had records: what a host can paste. */
  sets: () => RecordSet[];
}

export function record(lookup: Lookup, fetchPolicy: PolicyFetch): Recorded {
  const answers: Recorded['answers'] = [];
  const policies: Recorded['policies'] = [];
  return {
    answers,
    policies,
    lookup: async (name, type) => {
      const answer = await lookup(name, type);
      if (!answers.some((a) => a.name === name && a.type === type)) answers.push({ name, type, answer });
      return answer;
    },
    fetchPolicy: async (domain) => {
      const answer = await fetchPolicy(domain);
      policies.push({ domain, answer });
      return answer;
    },
    sets: () => answers.flatMap(({ name, type, answer }) => (answer.status === 'ok' && answer.records.length ? [{ name, type, records: answer.records }] : [])),
  };
}

/** A TXT value as zone files and dig write it: quoted strings of at most 255 bytes, `"` and `\` escaped. */
export function txtStrings(value: string): string {
  const chunks: string[] = [];
  for (let i = 0; i < value.length || !chunks.length; i += 255) chunks.push(value.slice(i, i + 255));
  return chunks.map((c) => `"${c.replace(/[\\"]/g, (m) => `\\${m}`)}"`).join(' ');
}

/** One record's data in presentation form. */
function rdata(type: RecordType, value: string, dig: boolean): string {
  switch (type) {
    case 'TXT':
      return txtStrings(value);
    case 'CNAME':
    case 'PTR':
      return `${value}.`;
    case 'MX': {
      const [pref, host] = value.split(/\s+/);
      return `${pref} ${host}.`;
    }
    case 'TLSA': {
      if (!dig) return value;
      const [u, s, m, hex = ''] = value.split(/\s+/);
      return `${u} ${s} ${m} ${hex.toUpperCase().match(/.{1,56}/g)!.join(' ')}`;
    }
    default:
      return value;
  }
}

/** Zone-file lines, absolute names, one record a line. */
export function zoneLines(sets: RecordSet[]): string {
  return sets.flatMap((s) => s.records.map((r) => `${s.name}. 3600 IN ${s.type} ${rdata(s.type, r, false)}`)).join('\n');
}

/** The output of one `dig <name> <type>` per record set, as dig 9.18 prints it. */
export function digOutput(sets: RecordSet[]): string {
  return sets.map((s, i) => [
    `; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> ${s.name} ${s.type}`,
    ';; global options: +cmd',
    ';; Got answer:',
    `;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: ${1000 + i}`,
    `;; flags: qr rd ra; QUERY: 1, ANSWER: ${s.records.length}, AUTHORITY: 0, ADDITIONAL: 1`,
    '',
    ';; OPT PSEUDOSECTION:',
    '; EDNS: version: 0, flags:; udp: 1232',
    ';; QUESTION SECTION:',
    `;${s.name}.\t\t\tIN\t${s.type}`,
    '',
    ';; ANSWER SECTION:',
    ...s.records.map((r) => `${s.name}.\t\t3600\tIN\t${s.type}\t${rdata(s.type, r, true)}`),
    '',
    ';; Query time: 1 msec',
    ';; SERVER: 192.0.2.53#53(192.0.2.53) (UDP)',
    ';; WHEN: Mon Nov 30 07:00:00 UTC 2026',
    ';; MSG SIZE  rcvd: 120',
    '',
  ].join('\n')).join('\n');
}
