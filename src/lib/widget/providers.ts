/**
 * Whether an e-mail address is at one of the big providers listed in big-providers.json, from the typed text alone.
 * Nothing is looked up (no DNS, no request): an own domain whose mail Google or Microsoft hosts is deliberately not
 * noticed, and the address never leaves the visitor's browser.
 */
import list from './big-providers.json' with { type: 'json' };

/** The list's domains, for the configurator's documentation. */
export const BIG_PROVIDER_DOMAINS: readonly string[] = list.domains;

/**
 * What a final `.*` stands for: a top-level domain of two or three letters (fr, com, de), or a country's second
 * level (co.uk, com.br). Longer labels are left out so that `live.*` is not `live.example` or `live.evil.example`.
 */
const ANY_TLD = '(?:[a-z]{2,3}|(?:co|com|ne|net|or|org)\\.[a-z]{2})';

/** One anchored expression for the list: a listed domain, or a subdomain of one, and nothing else. */
export function providerPattern(domains: readonly string[] = BIG_PROVIDER_DOMAINS): RegExp {
  const one = (d: string) => {
    const wild = d.endsWith('.*');
    const name = (wild ? d.slice(0, -2) : d).replace(/\./g, '\\.');
    return wild ? `${name}\\.${ANY_TLD}` : name;
  };
  return new RegExp(`^(?:[^.@]+\\.)*(?:${domains.map(one).join('|')})$`);
}

/** The domain of a typed address, lower case, without a final dot; null when it is not (yet) an address. */
export function domainOf(address: string): string | null {
  const value = address.trim();
  const at = value.lastIndexOf('@');
  if (at < 1) return null;
  const domain = value.slice(at + 1).toLowerCase().replace(/\.$/, '');
  return domain && !/[\s@]/.test(domain) ? domain : null;
}

let pattern: RegExp | undefined;

/** True when the address is at a big provider: `Alice@GMail.com`, `bob@hotmail.co.uk`; not `x@gmail.com.evil.example`. */
export function isBigProvider(address: string): boolean {
  const domain = domainOf(address);
  return !!domain && (pattern || (pattern = providerPattern())).test(domain);
}
