/** getStaticPaths helpers: one page per locale (params must be strings). */
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';

export function localePaths() {
  return LOCALE_CODES.map((lang) => ({ params: { lang }, props: { lang } }));
}

export type LocaleProps = { lang: Locale };
