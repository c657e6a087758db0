/// <reference types="astro/client" />

declare namespace App {
  /** Set by src/middleware.ts for every page. */
  interface Locals {
    lang: import('./i18n/locales.ts').Locale;
    /** The Intl locale of `lang`, e.g. fr-FR, for numbers and dates. */
    intl: string;
    t: import('./i18n/types.ts').T;
    /** The page's path without base and locale, e.g. "providers/nubo/" ("" for a home page or the 404). */
    path: string;
  }
}
