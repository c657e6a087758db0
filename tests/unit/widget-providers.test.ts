/** The nudge's big-provider detection (src/lib/widget/providers.ts, list in big-providers.json): text only. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import list from '../../src/lib/widget/big-providers.json' with { type: 'json' };
import { BIG_PROVIDER_DOMAINS, domainOf, isBigProvider, providerPattern } from '../../src/lib/widget/providers.ts';

describe('the big-provider list', () => {
  it('holds the issue’s providers, each once, lower case, with a final .* as the only wildcard', () => {
    for (const d of ['gmail.com', 'googlemail.com', 'outlook.*', 'hotmail.*', 'live.*', 'msn.com', 'yahoo.*', 'icloud.com', 'orange.fr', 'wanadoo.fr', 'sfr.fr', 'neuf.fr', 'free.fr', 'bbox.fr', 'laposte.net']) {
      expect(BIG_PROVIDER_DOMAINS).toContain(d);
    }
    expect(new Set(BIG_PROVIDER_DOMAINS).size).toBe(BIG_PROVIDER_DOMAINS.length);
    for (const d of BIG_PROVIDER_DOMAINS) expect(d).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*(\.\*)?$/);
    expect(Object.keys(list)).toEqual(['domains']);
  });
});

describe('isBigProvider', () => {
  it.each([
    'alice@gmail.com', 'Alice.Martin@GMail.COM', '  bob@googlemail.com ', 'x@outlook.fr', 'x@outlook.com', 'x@hotmail.co.uk',
    'x@HOTMAIL.FR', 'x@live.be', 'x@msn.com', 'x@yahoo.com.br', 'x@yahoo.fr', 'x@icloud.com', 'x@orange.fr', 'x@wanadoo.fr',
    'x@sfr.fr', 'x@neuf.fr', 'x@free.fr', 'x@bbox.fr', 'x@laposte.net', 'x@gmail.com.', '"a@b"@gmail.com',
    // A subdomain belongs to its domain's owner.
    'x@mail.orange.fr', 'x@eu.outlook.com',
  ])('notices %s', (address) => {
    expect(isBigProvider(address)).toBe(true);
  });

  it.each([
    // Look-alikes: the listed name inside another domain, or another domain ending like it.
    'x@gmail.com.evil.example', 'x@notgmail.com', 'x@gmailcom', 'x@gmail.co', 'x@g-mail.com', 'x@gmail.com.fr',
    'x@mygmail.com', 'x@orange.fr.example', 'x@free.france', 'x@yahoo.evil.example', 'x@live.example', 'x@outlook.evil.co.uk.example',
    'x@livefr', 'x@sfr.frx', 'x@laposte.fr',
    // Own domains, even when a big provider hosts their mail: nothing is looked up.
    'contact@association.org', 'me@chatons.org', 'x@disroot.org', 'x@zaclys.com',
    // Not (yet) an address.
    'gmail.com', '@gmail.com', 'alice@', 'alice', '', 'x@gmail .com', 'x@ gmail.com@', 'a@gmail.com@evil.example',
  ])('leaves %s alone', (address) => {
    expect(isBigProvider(address)).toBe(false);
  });

  it('reads the domain after the last @, lower case, without a final dot', () => {
    expect(domainOf('Alice@Example.ORG.')).toBe('example.org');
    expect(domainOf('"a@b"@x.fr')).toBe('x.fr');
    expect(domainOf('@x.fr')).toBeNull();
    expect(domainOf('x@')).toBeNull();
  });

  it('matches whole labels only, for any listed domain and any local part', () => {
    const pattern = providerPattern();
    fc.assert(fc.property(fc.constantFrom(...BIG_PROVIDER_DOMAINS.filter((d) => !d.endsWith('.*'))), fc.stringMatching(/^[a-z0-9]{1,8}$/), (domain, junk) => {
      expect(pattern.test(domain)).toBe(true);
      expect(pattern.test(`${junk}.${domain}`)).toBe(true);
      expect(pattern.test(`${junk}${domain}`)).toBe(false);
      expect(pattern.test(`${domain}.${junk}.example`)).toBe(false);
      expect(isBigProvider(`${junk}@${domain.toUpperCase()}`)).toBe(true);
    }));
  });

  it('reads a wildcard as a top-level domain or a country’s second level only', () => {
    const p = providerPattern(['live.*']);
    for (const d of ['live.fr', 'live.com', 'live.co.uk', 'live.com.au']) expect(p.test(d), d).toBe(true);
    for (const d of ['live', 'live.example', 'live.evil.fr', 'live.co.evil', 'lives.fr', 'xlive.fr']) expect(p.test(d), d).toBe(false);
  });
});
