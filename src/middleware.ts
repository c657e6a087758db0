/**
 * Puts the page's locale and its translator on `Astro.locals`, so components read `Astro.locals.t` instead of taking
 * a `lang` prop only to translate. The locale comes from the URL (`/fr/…`, `/en/…`); pages outside a locale folder
 * (the 404, `/`) get the default one.
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, intlLocale, isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/index.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  context.locals.lang = lang;
  context.locals.intl = intlLocale(lang);
  context.locals.t = useTranslations(lang);
  return next();
});
