/**
 * The one table of locales. It feeds Astro's i18n config, i18next, <html lang>, hreflang alternates and pagefind.
 * Adding a locale: add a row here, a `src/i18n/<code>.json` dictionary and a `content/pages/<code>/` folder.
 */
export const LOCALES = [
  { code: 'fr', name: 'Français', intl: 'fr-FR' },
  { code: 'en', name: 'English', intl: 'en-GB' },
] as const;

export type Locale = (typeof LOCALES)[number]['code'];
export const DEFAULT_LOCALE: Locale = 'fr';
export const LOCALE_CODES = LOCALES.map((l) => l.code) as Locale[];

export function isLocale(x: string | undefined): x is Locale {
  return !!x && (LOCALE_CODES as string[]).includes(x);
}

export function intlLocale(lang: Locale): string {
  return LOCALES.find((l) => l.code === lang)!.intl;
}
