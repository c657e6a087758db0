/**
 * The search page's state in its URL: `q` (the words) and `f` (one `name:value` per checked filter), so a search
 * can be bookmarked and shared. Pure, so it is tested without a browser; the page and its element share it.
 */

export interface SearchState {
  q: string;
  /** Checked values per filter name, e.g. { type: ["Guide", "FAQ"] }. */
  filters: Record<string, string[]>;
}

/** Reads the state from a query string; unreadable parts are dropped, never thrown on. */
export function readSearch(params: URLSearchParams): SearchState {
  const filters: Record<string, string[]> = {};
  for (const raw of params.getAll('f')) {
    const at = raw.indexOf(':');
    if (at < 1 || at === raw.length - 1) continue;
    const name = raw.slice(0, at);
    const value = raw.slice(at + 1);
    const list = (filters[name] ??= []);
    if (!list.includes(value)) list.push(value);
  }
  return { q: (params.get('q') ?? '').trim().slice(0, 200), filters };
}

/** The query string for a state, in a stable order (words first, then filters as given). */
export function writeSearch(state: SearchState): string {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const [name, values] of Object.entries(state.filters)) for (const v of values) p.append('f', `${name}:${v}`);
  return p.toString();
}

/** Pagefind's filter object: any checked value within a filter, every filter at once. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(state.filters)) if (values.length) out[name] = { any: values };
  return out;
}

/**
 * Splits a pagefind excerpt ("…the <mark>Gmail</mark> box…") into plain text and highlighted parts, so the page
 * builds text nodes and never parses the excerpt as HTML.
 */
export function excerptParts(excerpt: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" })[e] ?? _);
  return excerpt
    .split(/(<mark>.*?<\/mark>)/s)
    .filter((s) => s !== '')
    .map((s) => (s.startsWith('<mark>') ? { text: decode(s.slice(6, -7)), mark: true } : { text: decode(s.replace(/<[^>]*>/g, '')), mark: false }));
}
