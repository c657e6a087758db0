/**
 * The analyser's two small fields, read as the command line reads its arguments: a domain (optional: the paste can
 * tell it) and DKIM selectors (optional: the paste's `<selector>._domainkey.<domain>` names tell them). Pure.
 */

/** "  Example.ORG. " → "example.org"; empty → undefined. The checks judge the name itself. */
export function domainName(value: string): string | undefined {
  const name = value.trim().toLowerCase().replace(/\.+$/, '');
  return name || undefined;
}

/** "s1, s2  s3" → ["s1", "s2", "s3"], without repeats. */
export function splitSelectors(value: string): string[] {
  return [...new Set(value.split(/[\s,;]+/).filter(Boolean))];
}

/**
 * The selectors of the pasted `<selector>._domainkey.<domain>` names, in the order they were pasted. A relative name
 * (a zone file without `$ORIGIN`, a control panel's `s1._domainkey`) is read under the domain.
 */
export function guessSelectors(names: readonly { name: string; relative?: boolean }[], domain: string): string[] {
  const d = domain.toLowerCase();
  const full = (n: { name: string; relative?: boolean }) => {
    const name = n.name.toLowerCase().replace(/\.$/, '');
    return n.relative && !name.endsWith(`.${d}`) ? `${name}.${d}` : name;
  };
  const suffix = `._domainkey.${d}`;
  const found = names.map(full).filter((n) => n.endsWith(suffix) && n.length > suffix.length);
  return [...new Set(found.map((n) => n.slice(0, -suffix.length)))];
}
