/** Each locale's news as RSS 2.0, newest first. Links are absolute (the site may live under a sub-path). */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getAbsoluteLocaleUrl } from 'astro:i18n';
import { localePaths } from '../../../astro/locale-paths.ts';
import { entriesIn } from '../../../astro/localized.ts';
import { isLocale, intlLocale } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/index.ts';

export const getStaticPaths = localePaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang;
  if (!isLocale(lang)) throw new Error(`unknown locale ${String(lang)}`);
  const t = useTranslations(lang);
  const posts = (await entriesIn('news', lang)).sort((a, b) => b.data.date.localeCompare(a.data.date));
  return rss({
    title: `${t('site.name')} · ${t('news.title')}`,
    description: t('news.description'),
    site: site ?? getAbsoluteLocaleUrl(lang, ''),
    customData: `<language>${intlLocale(lang)}</language>`,
    items: posts.map((p) => ({
      title: p.data.title,
      description: p.data.description,
      pubDate: new Date(`${p.data.date}T00:00:00Z`),
      link: getAbsoluteLocaleUrl(lang, `news/${p.id.slice(p.id.indexOf('/') + 1)}/`),
    })),
  });
};
