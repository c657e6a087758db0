/**
 * The arguments of `npm run check:mail`, checked before any network use: a bad one is a message and exit code 2,
 * never a half-run check.
 */
import { isIP } from 'node:net';
import { domainToASCII } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_LOCALE, isLocale, LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { isDomainName, normalizeName } from '../../lib/mailcheck/names.ts';

export const USAGE = [
  'usage: npm run check:mail -- <domain> [--dkim-selector <selector>]… [--dns <ip>[:<port>]] [--timeout <ms>] [--json] [--lang fr|en]',
  '       npm run check:mail -- --offers [<offer id>…] [--dns <ip>[:<port>]] [--timeout <ms>]',
].join('\n');

interface Network {
  /** For Resolver.setServers: `ip`, `ip:port` or `[ipv6]:port`. */
  dns?: string;
  timeoutMs?: number;
}
export type CliArgs =
  | ({ mode: 'domain'; domain: string; dkimSelectors: string[]; json: boolean; lang: Locale } & Network)
  | ({ mode: 'offers'; ids: string[] } & Network)
  | { mode: 'help' };

const OPTIONS = {
  'dkim-selector': { type: 'string', multiple: true },
  dns: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  offers: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The arguments, or what is wrong with them (one line). */
export function parseCliArgs(argv: string[]): CliArgs | { error: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true });
  } catch (e) {
    return { error: (e as Error).message };
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { mode: 'help' };
  const network: Network = {};
  if (v.dns !== undefined) {
    const dns = dnsServer(v.dns);
    if (!dns) return { error: `--dns: expected an IP address with an optional port (192.0.2.53, 192.0.2.53:5353, [2001:db8::53]:53), got "${v.dns}"` };
    network.dns = dns;
  }
  if (v.timeout !== undefined) {
    const ms = Number(v.timeout);
    if (!Number.isInteger(ms) || ms <= 0) return { error: `--timeout: expected a number of milliseconds, got "${v.timeout}"` };
    network.timeoutMs = ms;
  }
  if (v.offers) {
    const extra = (['dkim-selector', 'json', 'lang'] as const).filter((k) => v[k] !== undefined);
    if (extra.length) return { error: `--offers measures the offers' own domains: --${extra[0]} does not apply` };
    return { mode: 'offers', ids: positionals, ...network };
  }
  if (positionals.length !== 1) return { error: `expected one domain, got ${positionals.length ? positionals.join(' ') : 'none'}` };
  const domain = asDomain(positionals[0]!);
  if (!domain) return { error: `"${positionals[0]}" is not a domain name (expected something like example.org)` };
  const lang = v.lang ?? DEFAULT_LOCALE;
  if (!isLocale(lang)) return { error: `--lang: expected ${LOCALE_CODES.join(' or ')}, got "${lang}"` };
  const dkimSelectors = v['dkim-selector'] ?? [];
  const badSelector = dkimSelectors.find((s) => !isDomainName(`${s}._domainkey.${domain}`) || s.includes('_domainkey'));
  if (badSelector !== undefined) return { error: `--dkim-selector: "${badSelector}" is not a selector (expected something like s1 or mail2024)` };
  return { mode: 'domain', domain, dkimSelectors: dkimSelectors.map(normalizeName), json: v.json ?? false, lang, ...network };
}

/**
 * A mail domain in ASCII (an internationalised name becomes its xn-- form), or null: letters, digits and hyphens,
 * at least two labels, and not an IP address.
 */
export function asDomain(raw: string): string | null {
  const ascii = domainToASCII(raw.trim().replace(/\.$/, ''));
  if (!ascii || isIP(ascii) || ascii.includes('_') || !isDomainName(ascii)) return null;
  return /^\d+$/.test(ascii.split('.').pop()!) ? null : ascii;
}

/** `--dns` as Resolver.setServers wants it, or null. */
export function dnsServer(raw: string): string | null {
  const m = /^\[([^\]]+)\](?::(\d+))?$/.exec(raw) ?? (isIP(raw) ? [raw, raw] : /^([^:]+):(\d+)$/.exec(raw));
  if (!m || !isIP(m[1]!)) return null;
  const port = m[2] === undefined ? 53 : Number(m[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  return isIP(m[1]!) === 6 ? `[${m[1]}]:${port}` : `${m[1]}:${port}`;
}
