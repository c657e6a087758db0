/**
 * One fact of an offer as words (and a link where the fact is a URL). Unknown is always "not specified",
 * never "no". Pure, so every page words a fact the same way.
 */
import type { FactField, ProviderEntry } from '../schemas/provider.ts';
import { countryName, gigabytes, languageName, priceText, serverText } from './format.ts';

type T = (key: string, vars?: Record<string, string | number>) => string;
export interface FactText {
  text: string;
  href?: string;
  unknown: boolean;
}

export function factText(p: ProviderEntry, field: FactField, lang: string, intl: string, t: T): FactText {
  const v = p[field];
  if (v === undefined || v === 'unknown') return { text: t('value.unknown'), unknown: true };
  const known = (text: string, href?: string): FactText => ({ text, href, unknown: false });
  switch (field) {
    case 'chatons':
      return known(t(`chatons.${p.chatons}`));
    case 'organisation_type':
      return known(t(`orgtype.${v}`));
    case 'registration':
      return known(t(`registration.${v}`));
    case 'load':
      return known(t(`load.${v}`));
    case 'country':
      return known(countryName(v as string, lang));
    case 'area_served_first':
      return known(v === 'none' ? t('value.none') : (v as string));
    case 'price':
      return known(priceText(p.price as Exclude<typeof p.price, 'unknown'>, intl, t));
    case 'quota_gb':
      return known(gigabytes(v as number, intl, t));
    case 'imap_server':
    case 'smtp_server':
      return known(serverText(v as Exclude<typeof p.imap_server, 'unknown'>));
    case 'audiences': {
      const a = p.audiences;
      const yes = (Object.keys(a) as (keyof typeof a)[]).filter((k) => a[k] === 'yes').map((k) => t(`audience.${k}`));
      const no = (Object.keys(a) as (keyof typeof a)[]).filter((k) => a[k] === 'no').map((k) => t(`audience.${k}`));
      if (!yes.length && !no.length) return { text: t('value.unknown'), unknown: true };
      return known([yes.join(', '), no.length ? t('value.notFor', { list: no.join(', ') }) : ''].filter(Boolean).join(' · '));
    }
    case 'support_channels':
      return known((v as string[]).map((c) => t(`channel.${c}`)).join(', '));
    case 'support_languages':
      return known((v as string[]).map((c) => languageName(c, lang)).join(', '));
    case 'extra_services':
      return known((v as string[]).length ? (v as string[]).map((c) => t(`extra.${c}`)).join(', ') : t('value.no'));
    case 'chatons_page':
    case 'signup_url':
    case 'docs_url':
      return known(new URL(v as string).host + new URL(v as string).pathname.replace(/\/$/, ''), v as string);
    default:
      if (v === 'yes' || v === 'no') return known(t(`value.${v}`));
      return known(String(v));
  }
}
