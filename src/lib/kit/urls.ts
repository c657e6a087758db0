/**
 * The addresses a kit visual prints: the QR code's absolute URL (SITE + BASE + the page's path, nothing added, so no
 * one is tracked by scanning a poster) and the same address written for people, without its scheme.
 */

/** `https://example.org` + `/degmail/` + `fr/providers/x/` → `https://example.org/degmail/fr/providers/x/`. */
export function kitUrl(site: string, base: string, pagePath: string): string {
  const b = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return new URL(`${b}${pagePath.replace(/^\/+/, '')}`, site).href;
}

/** The address without its scheme: what people type, and what a poster can print in a short line. */
export function urlLabel(url: string): string {
  return url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

/** The page a campaign visual leads to: the message's page (`path`) in that language, else the locale's home. */
export function campaignPath(lang: string, path = ''): string {
  return `${lang}/${path}`;
}

/** The page an offer's visual leads to: the offer's own page, in that language. */
export function offerPath(lang: string, id: string): string {
  return `${lang}/providers/${id}/`;
}
