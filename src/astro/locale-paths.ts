/** getStaticPaths for pages that exist once per locale (params must be strings); the middleware sets the locale. */
import { LOCALE_CODES } from '../i18n/locales.ts';

export function localePaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang } }));
}
