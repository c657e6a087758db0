/**
 * One fact of an offer as words (and a link where the fact is a URL). Unknown is always "not specified",
 * never "no". Pure, so every page words a fact the same way.
 */
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import { countryName, gigabytes, languageName, priceText, serverText } from '../shared/format.ts';
import { MECHANISMS } from '../mailcheck/contract.ts';
import { measured, mechanismVerdict } from './mail-security.ts';
import { STORED_RULES } from '../../schemas/mail-names.ts';
import type { T } from '../shared/translate.ts';

export interface FactText {
  text: string;
  href?: string;
  unknown: boolean;
}

const UNKNOWN_TEXT = (t: T): FactText => ({ text: t('value.unknown'), unknown: true });
const known = (text: string, href?: string): FactText => ({ text, href, unknown: false });
const link = (url: string) => known(new URL(url).host + new URL(url).pathname.replace(/\/$/, ''), url);
const yesNo = (v: 'yes' | 'no', t: T) => known(t(`value.${v}`));

export function factText(p: ProviderEntry, field: FactField, lang: string, intl: string, t: T): FactText {
  switch (field) {
    case 'chatons':
      return known(t(`chatons.${p.chatons}`));
    case 'audiences': {
      const a = p.audiences;
      const keys = Object.keys(a) as (keyof typeof a)[];
      const yes = keys.filter((k) => a[k] === 'yes').map((k) => t(`audience.${k}`));
      const no = keys.filter((k) => a[k] === 'no').map((k) => t(`audience.${k}`));
      if (!yes.length && !no.length) return UNKNOWN_TEXT(t);
      return known([yes.join(', '), no.length ? t('value.notFor', { list: no.join(', ') }) : ''].filter(Boolean).join(' · '));
    }
  }
  const v = p[field];
  if (v === undefined || v === 'unknown') return UNKNOWN_TEXT(t);
  switch (field) {
    case 'organisation_type':
      return known(t(`orgtype.${p.organisation_type as Exclude<typeof p.organisation_type, 'unknown'>}`));
    case 'status':
      return known(t(`status.${p.status as 'active' | 'closing' | 'closed'}`));
    case 'registration':
      return known(t(`registration.${p.registration as Exclude<typeof p.registration, 'unknown'>}`));
    case 'load':
      return known(t(`load.${p.load as Exclude<typeof p.load, 'unknown'>}`));
    case 'country':
      return known(countryName(p.country, lang));
    case 'area_served_first':
      return known(p.area_served_first === 'none' ? t('value.none') : p.area_served_first);
    case 'price':
      return known(priceText(p.price as Exclude<typeof p.price, 'unknown'>, intl, t));
    case 'quota_gb':
      return known(gigabytes(p.quota_gb as number, intl, t));
    case 'imap_server':
    case 'smtp_server':
      return known(serverText(p[field] as Exclude<typeof p.imap_server, 'unknown'>));
    case 'support_channels':
      return known((p.support_channels as Exclude<typeof p.support_channels, 'unknown'>).map((c) => t(`channel.${c}`)).join(', '));
    case 'support_languages':
      return known((p.support_languages as string[]).map((c) => languageName(c, lang)).join(', '));
    case 'extra_services': {
      const list = p.extra_services as Exclude<typeof p.extra_services, 'unknown'>;
      return known(list.length ? list.map((c) => t(`extra.${c}`)).join(', ') : t('value.no'));
    }
    case 'signup_url':
    case 'docs_url':
      return link(v as string);
    case 'contact':
      return String(v).startsWith('https:') ? link(String(v)) : known(String(v), `mailto:${String(v)}`);
    case 'mail_domains':
      return known((v as string[]).join(', '));
    case 'mail_security':
      return mailSecurityText(p, t);
  }
  return v === 'yes' || v === 'no' ? yesNo(v, t) : known(String(v));
}

/** The measured verdicts in one line ("SPF: pass, DKIM: not checked…"); the offer page shows them as a list. */
function mailSecurityText(p: ProviderEntry, t: T): FactText {
  const sep = t('offer.mailsec.colon');
  const mechanisms = MECHANISMS.flatMap((m) => {
    const v = mechanismVerdict(p, m);
    return v === 'unknown' ? [] : [`${t(`offer.mailsec.mechanism.${m}`)}${sep}${t(`offer.mailsec.status.${v}`)}`];
  });
  const rules = STORED_RULES.flatMap((r) => {
    const v = measured(p)?.rules?.[r] ?? 'unknown';
    return v === 'unknown' ? [] : [`${t(`offer.mailsec.rule.${r}`)}${sep}${t(`offer.mailsec.ruleStatus.${v}`)}`];
  });
  const parts = [...mechanisms, ...rules];
  return parts.length ? known(parts.join(', ')) : UNKNOWN_TEXT(t);
}
