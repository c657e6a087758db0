/**
 * public/_headers as a Netlify-style host reads it (Codeberg's git-pages, Cloudflare Pages, Netlify…): a path
 * pattern, then indented `Name: value` lines. Such hosts send the headers of every rule whose pattern matches, and
 * join with ", " the values of a header that several matching rules set; `*` matches any characters (slashes
 * included), `:name` one path segment. There is no such host here: this reads the file the way they do.
 */
export interface HeaderRule {
  pattern: string;
  line: number;
  headers: [string, string][];
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (!line.trim() || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line, line: i + 1, headers: [] });
      return;
    }
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!m || !rules.length) throw new Error(`_headers:${i + 1}: expected "  Name: value" under a path, got ${JSON.stringify(line)}`);
    rules.at(-1)!.headers.push([m[1]!, m[2]!]);
  });
  return rules;
}

export function patternMatches(pattern: string, p: string): boolean {
  const re = pattern.split(/(\*|:[A-Za-z]\w*)/).map((part) => {
    if (part === '*') return '.*';
    if (part.startsWith(':')) return '[^/]+';
    return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  }).join('');
  return new RegExp(`^${re}$`).test(p);
}

/** The headers such a host adds to the response for path `p`. */
export function headersFor(rules: HeaderRule[], p: string): Headers {
  const h = new Headers();
  for (const r of rules) if (patternMatches(r.pattern, p)) for (const [k, v] of r.headers) h.append(k, v);
  return h;
}
