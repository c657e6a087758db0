/**
 * UI strings through i18next, built from the locale table and the flat JSON dictionaries. French is the
 * fallback for any missing key (the i18n test makes sure none is missing). Build-time only: pages get their
 * translator from the middleware (`Astro.locals.t`); browser code uses src/lib/shared/translate.ts.
 */
import i18next from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import type { Dict, T, UiKey } from './types.ts';

export type { T, UiKey };

// One JSON file per locale of the table: adding a locale adds no line here.
const files = import.meta.glob<Dict>('./*.json', { eager: true, import: 'default' });
export const DICTIONARIES = Object.fromEntries(LOCALES.map((l) => [l.code, files[`./${l.code}.json`] ?? {}])) as Record<Locale, Dict>;

const instance = i18next.createInstance();
await instance.init({
  lng: DEFAULT_LOCALE,
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: LOCALES.map((l) => l.code),
  // Flat dictionaries: "directory.title" is one key, not a path.
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  resources: Object.fromEntries(LOCALES.map((l) => [l.code, { translation: DICTIONARIES[l.code] }])),
});

/** A translator fixed to one locale. */
export function useTranslations(lang: Locale): T {
  const t = instance.getFixedT(lang);
  return (key, vars) => t(key, vars ?? {}) as string;
}
