/** DMARC: the record at _dmarc.<domain> or the organisational domain, its policy, pct, rua, alignment and sp. */
import { describe, expect, it } from 'vitest';
import { checkDmarc, dmarcFindings, isDmarcRecord } from '../../src/lib/mailcheck/dmarc.ts';
import { fakeLookup } from '../fixtures/mailcheck/fake-lookup.ts';

const N = '_dmarc.example.org';
const codes = (text: string, sub = false) => dmarcFindings(text, N, sub).map((f) => `${f.status} ${f.code}`);

describe('dmarcFindings', () => {
  it.each([
    ['v=DMARC1; p=reject; rua=mailto:d@example.org', ['pass policy', 'pass rua', 'pass alignment']],
    ['v=DMARC1; p=quarantine; pct=50; rua=mailto:d@example.org', ['pass policy', 'warn pct', 'pass rua', 'pass alignment']],
    ['v=DMARC1; p=none', ['warn policy-none', 'warn no-rua', 'pass alignment']],
    ['v=DMARC1; rua=mailto:d@example.org', ['fail no-policy', 'pass rua', 'pass alignment']],
    ['v=DMARC1; p=block', ['fail bad-policy', 'warn no-rua', 'pass alignment']],
    ['v=DMARC1; p=reject; pct=150; rua=d@example.org; adkim=x', ['pass policy', 'fail bad-tag', 'fail bad-tag', 'fail bad-tag', 'pass alignment']],
    ['v=DMARC1; p=reject; sp=none; rua=mailto:d@example.org,https://r.example.net/d!10m', ['pass policy', 'pass sp', 'pass rua', 'pass alignment']],
    ['v=DMARC1; p=reject; rua=; what', ['fail syntax', 'pass policy', 'warn no-rua', 'pass alignment']],
  ])('%s', (text, expected) => expect(codes(text)).toEqual(expected));

  it('reports the alignment modes, relaxed by default', () => {
    const f = dmarcFindings('v=DMARC1; p=none; adkim=s', N).find((x) => x.code === 'alignment');
    expect(f!.params).toEqual({ name: N, adkim: 's', aspf: 'r' });
  });

  it('applies sp to a subdomain that falls back on the organisational record', () => {
    expect(codes('v=DMARC1; p=reject; sp=none; rua=mailto:d@example.org', true)[0]).toBe('warn policy-none');
    expect(codes('v=DMARC1; p=reject; rua=mailto:d@example.org', true)[0]).toBe('pass policy');
  });

  it('tells DMARC records by their first tag', () => {
    expect(isDmarcRecord('v=DMARC1; p=none')).toBe(true);
    expect(isDmarcRecord('p=none; v=DMARC1')).toBe(false);
  });
});

describe('checkDmarc', () => {
  it('reads the record of the domain itself', async () => {
    const r = await checkDmarc('example.org', fakeLookup({ [N]: { TXT: ['v=DMARC1; p=none', 'unrelated'] } }));
    expect(r).toMatchObject({ subject: N, status: 'warn', records: ['v=DMARC1; p=none'] });
    expect(r.findings.map((f) => f.code)).toEqual(['present', 'policy-none', 'no-rua', 'alignment']);
  });

  it('falls back on the organisational domain and says which name it read', async () => {
    const lookup = fakeLookup({ [N]: { TXT: ['v=DMARC1; p=reject; rua=mailto:d@example.org'] } });
    const r = await checkDmarc('mail.example.org', lookup);
    expect(r.subject).toBe(N);
    expect(r.findings[0]).toEqual({ status: 'pass', code: 'org-domain', params: { name: N, domain: 'mail.example.org' } });
    expect(lookup.asked).toEqual(['TXT _dmarc.mail.example.org', `TXT ${N}`]);
  });

  it('fails no record and two records', async () => {
    expect((await checkDmarc('example.org', fakeLookup({}))).findings).toEqual([{ status: 'fail', code: 'missing', params: { name: N } }]);
    const two = await checkDmarc('example.org', fakeLookup({ [N]: { TXT: ['v=DMARC1; p=none', 'v=DMARC1; p=reject'] } }));
    expect(two.findings).toEqual([{ status: 'fail', code: 'multiple', params: { name: N, count: 2 } }]);
  });

  it('is not checked when the lookup fails or the record was not pasted', async () => {
    const r = await checkDmarc('example.org', fakeLookup({ [N]: { TXT: { status: 'timeout', reason: 'ETIMEOUT' } } }));
    expect(r.status).toBe('not-checked');
    const pasted = await checkDmarc('example.org', fakeLookup({ [N]: { TXT: { status: 'not-provided' } } }));
    expect(pasted.findings).toEqual([{ status: 'not-checked', code: 'paste', params: { record: `TXT ${N}` } }]);
  });
});
