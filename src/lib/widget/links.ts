/**
 * Where the widgets' links go. Only http(s) addresses are followed (a `javascript:` href is dropped); the default is
 * our questionnaire, at the site that served the script: /widget/vX.Y.Z/degmail.js (or the /widget/v1/ alias) sits
 * under the site's root, so the root is the script's URL without that tail, BASE included.
 */
import type { Lang } from './strings.ts';

/** An absolute http(s) address for `value` read against `base` (the page's address), or null. */
export function safeHref(value: string | null | undefined, base: string): string | null {
  // A blank href would resolve to the page itself.
  if (!value?.trim()) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The site's root for a script served from our release layout: "https://h/degmail/widget/v1.0.0/degmail.js" gives
 * "https://h/degmail/". Null for any other address (a self-hosted copy, which then needs `href` or a fallback link).
 */
export function siteRootOf(scriptUrl: string): string | null {
  try {
    const url = new URL(scriptUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    const m = /^(.*\/)widget\/v\d+(?:\.\d+\.\d+)?\/degmail\.js$/.exec(url.pathname);
    return m ? `${url.origin}${m[1]}` : null;
  } catch {
    return null;
  }
}

/** Our questionnaire in the widget's language, at the script's site. */
export function questionnaireHref(root: string, lang: Lang): string {
  return `${root}${lang}/questionnaire/`;
}
