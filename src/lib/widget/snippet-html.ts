/**
 * Writing the HTML of a snippet that webmasters paste into their sites. Every value a person typed in the
 * configurator goes through these functions, so a headline holding `"><script>` stays text. Snippets are code:
 * their delimiters are always straight ASCII quotes, and typographic quotes inside a value are written as character
 * references, so that no quote in a snippet can be mistaken for HTML's own (some editors and CMSs "smarten" quotes).
 *
 * This folder is bundled into the widget's script too: it imports nothing, not even src/lib/shared.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
/** Curly, low-9 and angle quotation marks (‘ ’ ‚ ‛ “ ” „ ‟ « » ‹ ›). */
const TYPOGRAPHIC_QUOTES = /[\u2018-\u201F\u00AB\u00BB\u2039\u203A]/g;

/** Text or a double-quoted attribute value, escaped; typographic quotes as numeric references. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ESCAPES[c]!).replace(TYPOGRAPHIC_QUOTES, (c) => `&#${c.codePointAt(0)};`);
}

/**
 * A person's one-line text (a headline, a link's words): control characters and line breaks become spaces, runs of
 * spaces one space, the ends trimmed. No-break spaces are kept: French typography needs them.
 */
export function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** One attribute: a string value (escaped), `true` for a boolean attribute, `undefined` or `false` to leave it out. */
export type AttributeValue = string | boolean | undefined;

/** Attributes in the given order, each with a leading space, ready to follow a tag's name. */
export function attributes(list: readonly (readonly [name: string, value: AttributeValue])[]): string {
  return list
    .map(([name, value]) => (value === undefined || value === false ? '' : value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

/** An absolute http(s) address as the browser would normalise it, or undefined for anything else (javascript:, data:, a path). */
export function httpUrl(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The site's root, absolute, always ending with a slash: "https://example.org/degmail/". */
export function siteRoot(siteUrl: string): string {
  return siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
}
