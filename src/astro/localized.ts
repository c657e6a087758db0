/**
 * Long-form content kept once per locale (content/<collection>/<lang>/<slug>.mdx): static paths for every
 * (locale, slug), and a build error naming the file when a slug exists in one locale and not in another, since
 * every page has the same slug in every language (the language switch and hreflang rely on it).
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { LOCALE_CODES, isLocale, type Locale } from '../i18n/locales.ts';

type Localized = 'pages' | 'guides' | 'news' | 'deliverability';

/** "fr/faq" → { lang: "fr", slug: "faq" }. */
function split(id: string): { lang: string; slug: string } {
  const at = id.indexOf('/');
  return { lang: id.slice(0, at), slug: id.slice(at + 1) };
}

/** Every entry of a collection in one locale. */
export async function entriesIn<C extends Localized>(collection: C, lang: Locale): Promise<CollectionEntry<C>[]> {
  const all = await getCollection(collection);
  return all.filter((e) => split(e.id).lang === lang);
}

/** Static paths { lang, slug } with the entry as a prop; fails the build on a slug missing from a locale. */
export async function localizedPaths<C extends Localized>(collection: C, reserved: readonly string[] = []) {
  const all = await getCollection(collection);
  const slugs = new Map<string, Set<string>>();
  for (const e of all) {
    const { lang, slug } = split(e.id);
    if (!isLocale(lang)) throw new Error(`content/${collection}/${lang}/: "${lang}" is not a locale (${LOCALE_CODES.join(', ')})`);
    if (reserved.includes(slug)) throw new Error(`content/${collection}/${e.id}: the slug "${slug}" is taken by a page of the site`);
    slugs.set(slug, (slugs.get(slug) ?? new Set()).add(lang));
  }
  for (const [slug, langs] of slugs) {
    const missing = LOCALE_CODES.filter((l) => !langs.has(l));
    if (missing.length) {
      throw new Error(`content/${collection}/${[...langs][0]}/${slug}: no translation in ${missing.map((l) => `content/${collection}/${l}/`).join(', ')} (every page needs the same slug in each locale)`);
    }
  }
  return all.map((entry) => ({ params: split(entry.id), props: { entry } }));
}
