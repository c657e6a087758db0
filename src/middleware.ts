/**
 * Puts the page's locale, its translator and its path without the locale on `Astro.locals`, so components read them
 * instead of taking props only to pass them on. The locale comes from the URL (`/fr/…`, `/en/…`); pages outside a
 * locale folder (the 404, `/`) get the default one and the path "".
 */
import { defineMiddleware } from 'astro:middleware';
import { DEFAULT_LOCALE, intlLocale, isLocale } from './i18n/locales.ts';
import { useTranslations } from './i18n/index.ts';
import { pathInLocale } from './astro/locale-paths.ts';


export const onRequest = defineMiddleware((context, next) => {
  const lang = isLocale(context.currentLocale) ? context.currentLocale : DEFAULT_LOCALE;
  context.locals.lang = lang;
  context.locals.intl = intlLocale(lang);
  context.locals.t = useTranslations(lang);
  context.locals.path = pathInLocale(context.url.pathname, import.meta.env.BASE_URL, context.currentLocale);
  return next();
});
