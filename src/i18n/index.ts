/**
 * UI strings through i18next, built from the locale table and the flat JSON dictionaries. French is the
 * fallback for any missing key (the i18n test makes sure none is missing).
 */
import i18next, { type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';
import fr from './fr.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };

/** Every key of the default dictionary: `t()` only takes these. */
export type UiKey = keyof typeof fr;
export const DICTIONARIES: Record<Locale, Record<string, string>> = { fr, en };

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

export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** A translator fixed to one locale. */
export function useTranslations(lang: Locale): Translate {
  const t: TFunction = instance.getFixedT(lang);
  return (key, vars) => t(key, vars ?? {}) as string;
}

/**
 * The same translator typed for the pure modules in src/lib/, which build keys at run time (`field.${name}`);
 * the i18n test guarantees those keys exist in every dictionary.
 */
export type LooseTranslate = (key: string, vars?: Record<string, string | number>) => string;
export const looseTranslations = (lang: Locale): LooseTranslate => useTranslations(lang) as LooseTranslate;
