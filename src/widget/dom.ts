/**
 * The few DOM helpers both elements share. Elements are built with createElement and text with text nodes, never
 * from markup: a host's attribute holding `<img onerror=…>` shows as those characters.
 */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (className) e.className = className;
  return e;
}

/** A link that sends no referrer (the host page's address is none of our business). */
export function link(href: string, label: string): HTMLAnchorElement {
  const a = el('a');
  a.href = href;
  a.referrerPolicy = 'no-referrer';
  a.textContent = label;
  return a;
}

/** A constructable stylesheet: styles reach the shadow root without any <style> or style attribute for a CSP to block. */
export function sheet(css: string): CSSStyleSheet {
  const s = new CSSStyleSheet();
  s.replaceSync(css);
  return s;
}

/** The host element's attribute reader, for the options parsers. */
export const reader = (e: Element) => (name: string) => e.getAttribute(name);

/** What the options parsers need to know about the page around an element. */
export function pageContext(e: Element, root: string | null) {
  return {
    pageLang: document.documentElement.lang,
    base: document.baseURI,
    root,
    fallbackHref: e.querySelector('a[href]')?.getAttribute('href'),
  };
}
