/** Paths and locales: getStaticPaths for pages that exist once per locale, and a page's path without its locale. */
import { LOCALE_CODES } from '../i18n/locales.ts';

export function localePaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}

/** "/degmail/fr/providers/nubo/" → "providers/nubo/"; "" outside a locale folder. */
export function pathInLocale(pathname: string, base: string, locale: string | undefined): string {
  const inSite = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return locale && inSite.startsWith(`${locale}/`) ? inSite.slice(locale.length + 1) : '';
}
