import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { excerptParts, pagefindFilters, readSearch, writeSearch } from '../../src/lib/search/query.ts';

describe('search state in the URL', () => {
  it('reads words and filters, dropping what it cannot read', () => {
    const s = readSearch(new URLSearchParams('q=%20gmail%20&f=type:Guide&f=type:FAQ&f=country:France&f=broken&f=:x&f=type:&f=type:Guide'));
    expect(s).toEqual({ q: 'gmail', filters: { type: ['Guide', 'FAQ'], country: ['France'] } });
    expect(readSearch(new URLSearchParams(''))).toEqual({ q: '', filters: {} });
  });

  it('keeps a value with a colon in it', () => {
    expect(readSearch(new URLSearchParams('f=type:a:b')).filters).toEqual({ type: ['a:b'] });
  });

  it('writes what it reads, for any words and filters', () => {
    const name = fc.stringMatching(/^[a-z]{1,8}$/);
    const value = fc.string({ minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zé ]{0,20}$/), fc.dictionary(name, fc.uniqueArray(value, { minLength: 1, maxLength: 3 })), (q, filters) => {
        const state = { q: q.trim(), filters };
        expect(readSearch(new URLSearchParams(writeSearch(state)))).toEqual(state);
      }),
    );
  });

  it('asks pagefind for any checked value within a filter', () => {
    expect(pagefindFilters({ q: '', filters: { type: ['Guide', 'FAQ'], country: [] } })).toEqual({ type: { any: ['Guide', 'FAQ'] } });
  });

  it('splits an excerpt into text and highlights without ever keeping markup', () => {
    expect(excerptParts('leave <mark>Gmail</mark> &amp; <mark>Outlook</mark>.')).toEqual([
      { text: 'leave ', mark: false },
      { text: 'Gmail', mark: true },
      { text: ' & ', mark: false },
      { text: 'Outlook', mark: true },
      { text: '.', mark: false },
    ]);
    expect(excerptParts('a <img src=x onerror=alert(1)> b').map((p) => p.text).join('')).toBe('a  b');
  });
});
