/**
 * A pasted record's data in the contract's presentation form (LookupAnswer): what a DNS answer for it would give.
 * Host names in the data may be relative to an origin not yet known; they are marked so, and placed later.
 */
import { expandIPv6, parseIPv4 } from './ip.ts';
import { joinTxt } from './txt.ts';
import type { Token } from './pasted-tokens.ts';

export interface PastedRecord {
  /** The owner name, lower case, without the final dot; when `relative`, relative to the domain checked ('' for @). */
  name: string;
  relative: boolean;
  /** Upper case: A, TXT, MX… (also types the checks never ask for, such as SOA or NS). */
  type: string;
  /** The record as a DNS answer gives it (LookupAnswer's presentation form). */
  data: string;
  /** The host name at the end of `data` (MX, CNAME, PTR) is relative to the domain checked. */
  dataRelative: boolean;
  /** The line of the paste it was read from, from 1. */
  line: number;
}

export interface PasteProblem {
  line: number;
  text: string;
}

export interface Rdata {
  data: string;
  /** The host name in the data (MX, CNAME, PTR) is relative: `data` ends with it, to be put under the origin. */
  relative?: boolean;
}

/** A host name token: absolute (final dot, dropped), `@` (the origin: relative and empty), or relative. */
export function hostToken(text: string, origin: string | undefined): { name: string; relative: boolean } {
  const t = text.toLowerCase();
  if (t === '@') return origin === undefined ? { name: '', relative: true } : { name: origin, relative: false };
  if (t.endsWith('.')) return { name: t.slice(0, -1), relative: false };
  return origin === undefined ? { name: t, relative: true } : { name: origin === '' ? t : `${t}.${origin}`, relative: false };
}

/** RFC 3597's `\# <length> <hex>` form, which dig uses for types it does not know (old versions print TLSA so). */
function generic(words: string[]): number[] | null {
  if (words[0] !== '\\#' || !/^\d+$/.test(words[1] ?? '')) return null;
  const hex = words.slice(2).join('');
  if (!/^([0-9a-f]{2})*$/i.test(hex) || hex.length !== Number(words[1]) * 2) return null;
  return hex.match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
}

function tlsa(words: string[]): string | null {
  const bytes = generic(words);
  if (bytes) {
    if (bytes.length < 4) return null;
    const hex = bytes.slice(3).map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${bytes[0]} ${bytes[1]} ${bytes[2]} ${hex}`;
  }
  if (words.length < 4 || !words.slice(0, 3).every((w) => /^\d{1,3}$/.test(w))) return null;
  const hex = words.slice(3).join('');
  return /^[0-9a-f]+$/i.test(hex) ? `${words.slice(0, 3).map(Number).join(' ')} ${hex.toLowerCase()}` : null;
}

/** The data of a record of `type`, or null when it does not read as one. Types the checks never ask for are kept as written. */
export function rdataOf(type: string, tokens: readonly Token[], origin: string | undefined): Rdata | null {
  const words = tokens.map((t) => t.text);
  const bare = tokens.every((t) => !t.quoted);
  switch (type) {
    case 'A':
      return words.length === 1 && bare && parseIPv4(words[0]!) ? { data: words[0]! } : null;
    case 'AAAA':
      return words.length === 1 && bare && expandIPv6(words[0]!) ? { data: words[0]!.toLowerCase() } : null;
    case 'TXT':
      return words.length > 0 ? { data: joinTxt(words) } : null;
    case 'CNAME':
    case 'PTR': {
      if (words.length !== 1 || !bare) return null;
      const host = hostToken(words[0]!, origin);
      return { data: host.name, relative: host.relative };
    }
    case 'MX': {
      if (words.length !== 2 || !bare || !/^\d{1,5}$/.test(words[0]!) || Number(words[0]) > 65535) return null;
      if (words[1] === '.') return { data: `${Number(words[0])} .` };
      const host = hostToken(words[1]!, origin);
      return { data: `${Number(words[0])} ${host.name}`, relative: host.relative };
    }
    case 'TLSA': {
      const data = bare ? tlsa(words) : null;
      return data === null ? null : { data };
    }
    default:
      return { data: words.join(' ') };
  }
}
