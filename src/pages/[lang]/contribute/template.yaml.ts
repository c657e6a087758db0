/**
 * The blank provider file in each language (`/fr/contribute/template.yaml`): every field "unknown", each explained
 * in a comment in that language. What the contribution page offers without JavaScript.
 */
import type { APIRoute } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { localePaths } from '../../../astro/locale-paths.ts';
import { isLocale, DEFAULT_LOCALE } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/index.ts';
import { templateYaml } from '../../../lib/content/yaml-template.ts';
import { SITE_CONFIG } from '../../../site.config.ts';
import { today } from '../../../env.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = ({ params }) => {
  const lang = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
  const text = templateYaml({
    t: useTranslations(lang),
    lang,
    email: SITE_CONFIG.contactEmail,
    repositoryUrl: SITE_CONFIG.repositoryUrl,
    formUrl: getAbsoluteLocaleUrl(lang, 'contribute/'),
    today: today(),
  });
  return new Response(text, { headers: { 'content-type': 'text/yaml; charset=utf-8' } });
};
