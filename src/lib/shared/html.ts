/** Escaping for the few HTML strings built outside Astro templates (shared by build and browser). */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => MAP[c]!);
}

/** Only http(s) and mailto links are ever written; anything else becomes a dead "#". */
export function safeHref(url: string): string {
  return /^(https?:|mailto:|\/|\?|#)/i.test(url) ? esc(url) : '#';
}
