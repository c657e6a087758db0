/**
 * DKIM keys: the RSA modulus read from the DER by hand, checked against keys node:crypto makes at test time (512,
 * 1024, 2048 bits, SubjectPublicKeyInfo and bare PKCS#1), Ed25519, revoked and broken keys.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkDkim, dkimFindings, dkimWithoutSelector } from '../../src/lib/mailcheck/dkim.ts';
import { decodeBase64, rsaModulusBits } from '../../src/lib/mailcheck/dkim-key.ts';
import { fakeLookup } from '../fixtures/mailcheck/fake-lookup.ts';

const rsa = (bits: number, type: 'spki' | 'pkcs1' = 'spki') =>
  generateKeyPairSync('rsa', { modulusLength: bits }).publicKey.export({ type, format: 'der' }).toString('base64');
const ed25519Raw = () => {
  const der = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'der' });
  return { raw: der.subarray(-32).toString('base64'), spki: der.toString('base64') };
};
const NAME = 's1._domainkey.example.org';
const codes = (text: string) => dkimFindings(text, NAME).map((f) => `${f.status} ${f.code}${f.params?.bits ? ` ${f.params.bits}` : ''}`);

describe('the RSA key size, read from DER', () => {
  it.each([512, 1024, 1536, 2048, 3072])('%i bits, in a SubjectPublicKeyInfo and bare', (bits) => {
    expect(rsaModulusBits(decodeBase64(rsa(bits))!)).toBe(bits);
    expect(rsaModulusBits(decodeBase64(rsa(bits, 'pkcs1'))!)).toBe(bits);
  });

  it('refuses what is not an RSA public key', () => {
    expect(rsaModulusBits(decodeBase64(ed25519Raw().spki)!)).toBeNull();
    expect(rsaModulusBits(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x05]))).toBeNull();
    expect(rsaModulusBits(new Uint8Array([0x30, 0x82, 0xff]))).toBeNull();
    expect(rsaModulusBits(new Uint8Array())).toBeNull();
    const key = decodeBase64(rsa(1024))!;
    expect(rsaModulusBits(key.subarray(0, key.length - 1))).toBeNull();
  });

  it('decodes base64 with whitespace and optional padding, and refuses other text', () => {
    expect([...decodeBase64('AQID BA==')!]).toEqual([1, 2, 3, 4]);
    expect([...decodeBase64('AQIDBA')!]).toEqual([1, 2, 3, 4]);
    expect(decodeBase64('AQ*D')).toBeNull();
    expect(decodeBase64('AQIDB')).toBeNull();
  });
});

describe('dkimFindings', () => {
  it('fails a key under 1024 bits, warns 1024 to 2047, passes 2048 and more', () => {
    expect(codes(`v=DKIM1; k=rsa; p=${rsa(512)}`)).toEqual(['fail rsa-weak 512']);
    expect(codes(`v=DKIM1; k=rsa; p=${rsa(1024)}`)).toEqual(['warn rsa-short 1024']);
    expect(codes(`v=DKIM1; p=${rsa(2048, 'pkcs1')}`)).toEqual(['pass rsa-ok 2048']);
  });

  it('passes a 32-byte Ed25519 key and fails one of another length (RFC 8463 wants the raw key)', () => {
    const key = ed25519Raw();
    expect(codes(`v=DKIM1; k=ed25519; p=${key.raw}`)).toEqual(['pass ed25519']);
    expect(dkimFindings(`v=DKIM1; k=ed25519; p=${key.spki}`, NAME)).toEqual([{ status: 'fail', code: 'ed25519-bad-key', params: { name: NAME, bytes: 44 } }]);
  });

  it('fails a revoked key, a record without p=, garbage keys and unknown key types', () => {
    expect(codes('v=DKIM1; k=rsa; p=')).toEqual(['fail revoked']);
    expect(codes('v=DKIM1; k=rsa')).toEqual(['fail no-key']);
    expect(codes('v=DKIM1; p=not*base64')).toEqual(['fail bad-base64']);
    expect(codes('v=DKIM1; p=aGVsbG8gd29ybGQ=')).toEqual(['fail bad-key']);
    expect(codes(`v=DKIM1; k=dsa; p=${rsa(1024)}`)).toEqual(['fail unknown-key-type']);
  });

  it('reads a key split over several strings and lines, and checks v, h and t', () => {
    const key = rsa(2048);
    expect(codes(`v=DKIM1; k=rsa; p=${key.slice(0, 200)} ${key.slice(200)}`)).toEqual(['pass rsa-ok 2048']);
    expect(codes(`v=DKIM2; p=${key}`)).toEqual(['fail bad-version', 'pass rsa-ok 2048']);
    expect(codes(`v=DKIM1; h=sha1; p=${key}`)).toEqual(['fail sha1-only', 'pass rsa-ok 2048']);
    expect(codes(`v=DKIM1; h=sha1:sha256; t=y:s; p=${key}`)).toEqual(['warn testing', 'pass rsa-ok 2048']);
    expect(codes(`garbage; p=${key}`)).toEqual(['fail syntax', 'pass rsa-ok 2048']);
  });
});

describe('checkDkim', () => {
  it('reads the key at <selector>._domainkey.<domain>, through a CNAME, TXT strings already joined', async () => {
    const key = rsa(2048);
    const lookup = fakeLookup({ [NAME]: { CNAME: ['s1.keys.example.net'] }, 's1.keys.example.net': { TXT: [`v=DKIM1; k=rsa; p=${key}`] } });
    const r = await checkDkim('example.org', 's1', lookup);
    expect(r).toMatchObject({ mechanism: 'dkim', subject: NAME, status: 'pass', records: [`v=DKIM1; k=rsa; p=${key}`] });
    expect(lookup.asked).toEqual([`TXT ${NAME}`]);
  });

  it('fails a missing key, several keys and a selector that makes no name', async () => {
    expect((await checkDkim('example.org', 's1', fakeLookup({}))).findings).toEqual([{ status: 'fail', code: 'missing', params: { name: NAME } }]);
    const two = await checkDkim('example.org', 's1', fakeLookup({ [NAME]: { TXT: [`p=${rsa(2048)}`, `p=${rsa(2048)}`] } }));
    expect(two.findings.map((f) => f.code)).toEqual(['multiple', 'rsa-ok']);
    expect((await checkDkim('example.org', 'bad selector', fakeLookup({}))).findings[0]!.code).toBe('bad-selector');
  });

  it('is not checked without a selector, or when the lookup fails', async () => {
    expect(dkimWithoutSelector('example.org')).toMatchObject({ status: 'not-checked', findings: [{ code: 'no-selector' }] });
    const r = await checkDkim('example.org', 's1', fakeLookup({ [NAME]: { TXT: { status: 'refused', reason: 'REFUSED' } } }));
    expect(r.findings).toEqual([{ status: 'not-checked', code: 'lookup-failed', params: { type: 'TXT', name: NAME, status: 'refused', reason: 'REFUSED' } }]);
  });
});
