/**
 * SPF record syntax (RFC 7208 §4.6, §5, §6, §7): the record's terms, and the terms a receiver would reject (one bad
 * term makes the whole record a "permerror", so each is reported). Total: any text gives a result.
 */
import { expandIPv6, parseIPv4 } from './ip.ts';
import { isDomainName } from './names.ts';

export type Qualifier = '+' | '-' | '~' | '?';
export const SPF_MECHANISMS = ['all', 'include', 'a', 'mx', 'ptr', 'ip4', 'ip6', 'exists'] as const;
export type SpfMechanism = (typeof SPF_MECHANISMS)[number];

export type SpfTerm =
  /** `domain` is the domain-spec when one is written (it may hold macros such as `%{i}`). */
  | { kind: 'mechanism'; qualifier: Qualifier; name: SpfMechanism; domain?: string; text: string }
  /** `redirect=`, `exp=`, or an unknown modifier (allowed, and ignored by receivers). */
  | { kind: 'modifier'; name: string; value: string; text: string };

export interface SpfRecord {
  terms: SpfTerm[];
  /** The terms that are not valid SPF, as written. */
  errors: string[];
}

/** Whether a TXT record is an SPF record: `v=spf1` alone or followed by a space (so `v=spf10` is not). */
export function isSpfRecord(text: string): boolean {
  return /^v=spf1(\s|$)/i.test(text.trim());
}

const MACRO = /%\{[slodiphcrtv]\d*r?[.\-+,/_=]*\}|%[%_-]/gi;

/** Whether a domain-spec holds macros: then its name is only known for a given message, and is not followed. */
export const hasMacro = (spec: string) => spec.replace(MACRO, '') !== spec;

/** A macro-string: visible characters, and every `%` starts a well-formed macro (RFC 7208 §7.1). */
function isMacroString(text: string): boolean {
  const literal = text.replace(MACRO, 'x');
  return !literal.includes('%') && /^[\x21-\x7e]*$/.test(literal);
}

/** A domain-spec: a domain name, or a macro-string with macros (expanded by receivers for each message). */
export function isDomainSpec(spec: string): boolean {
  return spec !== '' && isMacroString(spec) && (hasMacro(spec) || isDomainName(spec));
}

const cidrOk = (bits: string | undefined, max: number) => bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);

/** One mechanism's text after its name, checked against the mechanism's grammar; its domain-spec, or null if bad. */
function mechanismArgs(name: SpfMechanism, rest: string): { domain?: string } | null {
  if (name === 'all') return rest === '' ? {} : null;
  if (name === 'ip4' || name === 'ip6') {
    const m = /^:([^/]+)(?:\/(\d+))?$/.exec(rest);
    const ok = m && (name === 'ip4' ? parseIPv4(m[1]!) : expandIPv6(m[1]!)) && cidrOk(m[2], name === 'ip4' ? 32 : 128);
    return ok ? {} : null;
  }
  if (name === 'include' || name === 'exists') return /^:/.test(rest) && isDomainSpec(rest.slice(1)) ? { domain: rest.slice(1) } : null;
  // a, mx: [":" domain-spec] ["/" ip4-cidr] ["//" ip6-cidr]; ptr: [":" domain-spec].
  const m = /^(?::((?:%\{[^}]*\}|[^/])+))?(?:\/(\d+))?(?:\/\/(\d+))?$/.exec(rest);
  if (!m || (m[1] !== undefined && !isDomainSpec(m[1]))) return null;
  if (name === 'ptr' ? m[2] !== undefined || m[3] !== undefined : !cidrOk(m[2], 32) || !cidrOk(m[3], 128)) return null;
  return m[1] === undefined ? {} : { domain: m[1] };
}

function parseTerm(text: string): SpfTerm | null {
  const modifier = /^([a-z][a-z0-9_.-]*)=(.*)$/i.exec(text);
  if (modifier) {
    const [name, value] = [modifier[1]!.toLowerCase(), modifier[2]!];
    // Unknown modifiers are allowed, but their value must still be a macro-string.
    const ok = name === 'redirect' || name === 'exp' ? isDomainSpec(value) : isMacroString(value);
    return ok ? { kind: 'modifier', name, value, text } : null;
  }
  const m = /^([+\-~?]?)([a-z0-9]+)(.*)$/i.exec(text);
  const name = m?.[2]!.toLowerCase() as SpfMechanism | undefined;
  if (!m || !name || !SPF_MECHANISMS.includes(name)) return null;
  const args = mechanismArgs(name, m[3]!);
  return args ? { kind: 'mechanism', qualifier: (m[1] || '+') as Qualifier, name, ...args, text } : null;
}

export function parseSpf(text: string): SpfRecord {
  const words = text.trim().split(/\s+/).filter((w) => w !== '');
  const terms: SpfTerm[] = [];
  const errors: string[] = [];
  if (!/^v=spf1$/i.test(words[0] ?? '')) errors.push(words[0] ?? '');
  const seen = new Set<string>();
  for (const word of words.slice(1)) {
    const term = parseTerm(word);
    // redirect= and exp= may each appear once (RFC 7208 §6).
    const twice = term?.kind === 'modifier' && (term.name === 'redirect' || term.name === 'exp') && seen.has(term.name);
    if (!term || twice) errors.push(word);
    else terms.push(term);
    if (term?.kind === 'modifier') seen.add(term.name);
  }
  return { terms, errors };
}
