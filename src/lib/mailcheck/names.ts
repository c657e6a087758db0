/** Domain names as the checks compare them: lower case, without the final dot. */

export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * A domain name the checks can ask about: labels of letters, digits, hyphens and underscores (for `_dmarc`,
 * `_domainkey`…), 1 to 63 characters each, 253 in all, at least two labels. Stricter than DNS itself, which allows
 * any byte, but every mail name is of this form.
 */
export function isDomainName(name: string): boolean {
  const n = normalizeName(name);
  if (n.length === 0 || n.length > 253) return false;
  const labels = n.split('.');
  return labels.length >= 2 && labels.every((l) => /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/.test(l));
}

/**
 * The organisational domain DMARC falls back to: here simply the last two labels. Without the Public Suffix List
 * (which the browser bundle should not carry) this is an approximation, wrong under suffixes such as `co.uk`; the
 * DMARC result always says which name it read, so a reader can tell.
 */
export function orgDomain(domain: string): string {
  return normalizeName(domain).split('.').slice(-2).join('.');
}
