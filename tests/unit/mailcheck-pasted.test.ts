/** The analyser's paste: zone-file lines and dig output become records, and a lookup that answers from them alone. */
import { describe, expect, it } from 'vitest';
import { guessDomain, parsePasted, pastedLookup, pastedPolicy } from '../../src/lib/mailcheck/pasted.ts';
import { checkDomain } from '../../src/lib/mailcheck/run.ts';

const ZONE = `$ORIGIN example.org.
$TTL 3600
@       IN  SOA ns1.example.org. hostmaster.example.org. (
            2024010101 ; serial
            3600 900 604800 300 )
@           MX   10 mx           ; relative: mx.example.org
            TXT  "v=spf1 mx " "-all"
mx      300 IN   A    192.0.2.25
mx          AAAA 2001:DB8::25
s1._domainkey IN TXT ( "v=DKIM1; k=rsa; "
                       "p=MIIBIjAN" )
_dmarc      TXT  "v=DMARC1; p=none; rua=mailto:dmarc@example.org"
_25._tcp.mx TLSA 3 1 1 ( ABCDEF0123
                         456789 )
www         CNAME @
`;

const DIG = `; <<>> DiG 9.18.24 <<>> example.net TXT
;; global options: +cmd
;; Got answer:
;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 4242
;; flags: qr rd ra; QUERY: 1, ANSWER: 2, AUTHORITY: 0, ADDITIONAL: 1

;; QUESTION SECTION:
;example.net.			IN	TXT

;; ANSWER SECTION:
example.net.		300	IN	TXT	"v=spf1 ip4:192.0.2.0/24 -all"
example.net.		300	IN	TXT	"unrelated \\"quoted\\" text"
_25._tcp.mx.example.net. 300	IN	TYPE52	\\# 7 03010 1abcdef
s1._domainkey.example.net. 300 IN TXT "v=DKIM1; p=AAAA" "BBBB"

;; Query time: 3 msec
`;

const view = (text: string) => parsePasted(text).records.map((r) => `${r.relative ? '~' : ''}${r.name} ${r.type} ${r.dataRelative ? '~' : ''}${r.data}`);

describe('parsePasted', () => {
  it('reads a zone file: $ORIGIN, @, omitted owners, TTL and class in any order, parentheses, several strings', () => {
    expect(view(ZONE)).toEqual([
      'example.org SOA ns1.example.org. hostmaster.example.org. 2024010101 3600 900 604800 300',
      'example.org MX 10 mx.example.org',
      'example.org TXT v=spf1 mx -all',
      'mx.example.org A 192.0.2.25',
      'mx.example.org AAAA 2001:db8::25',
      's1._domainkey.example.org TXT v=DKIM1; k=rsa; p=MIIBIjAN',
      '_dmarc.example.org TXT v=DMARC1; p=none; rua=mailto:dmarc@example.org',
      '_25._tcp.mx.example.org TLSA 3 1 1 abcdef0123456789',
      'www.example.org CNAME example.org',
    ]);
    expect(parsePasted(ZONE).problems).toEqual([]);
    expect(parsePasted(ZONE).records[2]!.line).toBe(7);
  });

  it('reads dig output: comments ignored, escapes in strings, the generic \\# form of TLSA', () => {
    const { records, problems } = parsePasted(DIG.replace('03010 1abcdef', '030101 abcdef01'));
    expect(problems).toEqual([]);
    expect(records.map((r) => `${r.name} ${r.type} ${r.data}`)).toEqual([
      'example.net TXT v=spf1 ip4:192.0.2.0/24 -all',
      'example.net TXT unrelated "quoted" text',
      '_25._tcp.mx.example.net TLSA 3 1 1 abcdef01',
      's1._domainkey.example.net TXT v=DKIM1; p=AAAABBBB',
    ]);
  });

  it('keeps relative names relative without $ORIGIN, and takes a lowercase type name as a name when it must', () => {
    expect(view('@ MX 10 mx\nmx IN A 192.0.2.25\n  _dmarc TXT "v=DMARC1; p=none"')).toEqual(['~ MX ~10 mx', '~mx A 192.0.2.25', '~_dmarc TXT v=DMARC1; p=none']);
  });

  it('reports what it cannot read, with its line: dig +short output, bad data, unclosed quotes and parentheses', () => {
    const text = ['"v=spf1 -all"', '10 mx.example.org.', '192.0.2.1', 'example.org. A 192.0.2.300', 'example.org. MX mx.example.org.',
      'example.org. TXT "open', 'example.org. TXT ( "a"', ''].join('\n');
    const { records, problems } = parsePasted(text);
    expect(records).toEqual([]);
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(problems[0]).toEqual({ line: 1, text: '"v=spf1 -all"' });
  });
});

describe('pastedLookup', () => {
  const { records } = parsePasted(ZONE);
  const lookup = pastedLookup(records);

  it('answers what was pasted, follows pasted CNAMEs, and never says NXDOMAIN', async () => {
    expect(await lookup('EXAMPLE.org.', 'MX')).toEqual({ status: 'ok', records: ['10 mx.example.org'] });
    expect(await lookup('www.example.org', 'TXT')).toEqual({ status: 'ok', records: ['v=spf1 mx -all'] });
    expect(await lookup('_dmarc.example.net', 'TXT')).toEqual({ status: 'not-provided' });
    expect(await lookup('mx.example.org', 'PTR')).toEqual({ status: 'not-provided' });
  });

  it('says a name with other pasted records has no CNAME, and reports a pasted CNAME loop', async () => {
    expect(await lookup('mx.example.org', 'CNAME')).toEqual({ status: 'nodata' });
    expect(await lookup('elsewhere.example.org', 'CNAME')).toEqual({ status: 'not-provided' });
    const loop = pastedLookup(parsePasted('a.example.org. CNAME b.example.org.\nb.example.org. CNAME a.example.org.').records);
    expect(await loop('a.example.org', 'A')).toEqual({ status: 'cname-loop', reason: 'a.example.org → b.example.org → a.example.org' });
  });

  it('places relative names under the domain checked, and takes names already under it as written', async () => {
    const rel = pastedLookup(parsePasted('@ MX 10 mx\n_dmarc.example.org TXT "v=DMARC1; p=none"').records, 'example.org');
    expect(await rel('example.org', 'MX')).toEqual({ status: 'ok', records: ['10 mx.example.org'] });
    expect(await rel('_dmarc.example.org', 'TXT')).toEqual({ status: 'ok', records: ['v=DMARC1; p=none'] });
  });

  it('counts a record pasted twice once (an RRset is a set)', async () => {
    const twice = pastedLookup(parsePasted('example.org. TXT "v=spf1 -all"\nexample.org. 300 IN TXT "v=spf1 -all"').records);
    expect(await twice('example.org', 'TXT')).toEqual({ status: 'ok', records: ['v=spf1 -all'] });
  });
});

describe('guessDomain and pastedPolicy', () => {
  it('guesses the domain from SPF or MX owners, else from _dmarc-like names, never from relative names', () => {
    expect(guessDomain(parsePasted(ZONE).records)).toBe('example.org');
    expect(guessDomain(parsePasted('_dmarc.example.net. TXT "v=DMARC1; p=none"').records)).toBe('example.net');
    expect(guessDomain(parsePasted('s1._domainkey.example.net. TXT "p="').records)).toBe('example.net');
    expect(guessDomain(parsePasted('@ MX 10 mx').records)).toBeUndefined();
  });

  it('gives the pasted policy, or not-provided', async () => {
    expect(await pastedPolicy('version: STSv1')('example.org')).toEqual({ status: 'ok', text: 'version: STSv1' });
    expect(await pastedPolicy('  ')('example.org')).toEqual({ status: 'not-provided' });
    expect(await pastedPolicy(undefined)('example.org')).toEqual({ status: 'not-provided' });
  });

  it('lets the checks run on a paste and say what to paste for the rest', async () => {
    const { records } = parsePasted(ZONE);
    const report = await checkDomain({ domain: 'example.org', dkimSelectors: [], lookup: pastedLookup(records, 'example.org'), fetchPolicy: pastedPolicy(undefined) });
    const paste = report.results.flatMap((r) => r.findings.filter((f) => f.code === 'paste').map((f) => f.params!.record));
    expect(paste).toEqual(expect.arrayContaining(['TXT _mta-sts.example.org', 'TXT _smtp._tls.example.org', 'PTR 25.2.0.192.in-addr.arpa']));
    expect(report.results.find((r) => r.mechanism === 'spf')!.status).toBe('pass');
    expect(report.results.find((r) => r.mechanism === 'dmarc')!.status).toBe('warn');
  });
});
