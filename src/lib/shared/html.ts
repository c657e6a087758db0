/** Escaping for the few HTML strings built outside Astro templates (shared by build and browser). */
const MAP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(s: string | number): string {
  return String(s).replace(/[&<>"']/g, (c) => MAP[c]!);
}

/** Only http(s) and mailto links are ever written; anything else becomes a dead "#". */
export function safeHref(url: string): string {
  return /^(https?:|mailto:|\/|\?|#)/i.test(url) ? esc(url) : '#';
}

/** JSON for a `<script type="application/json">` block: `<` escaped, so no text inside can close the element. */
export function dataBlock(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
