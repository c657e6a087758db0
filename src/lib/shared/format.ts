/**
 * Human wording of facts, shared by the directory, the offer page and the questionnaire. Pure: it takes a
 * translator, so it runs at build time with i18next and in the browser with the tiny translator.
 */
import type { KnownPrice } from '../../schemas/price.ts';
import type { Server } from '../../schemas/provider.ts';
import type { T } from './translate.ts';


// Intl objects are slow to create and pages format hundreds of values: build each one once.
const cache = new Map<string, { format(x: unknown): string } & Partial<Intl.DisplayNames>>();
function cached<F>(key: string, make: () => F): F {
  let f = cache.get(key);
  if (!f) cache.set(key, (f = make() as never));
  return f as F;
}

/** Euros in the locale's format; fr-FR puts U+202F before the € sign. */
export function euros(amount: number, intl: string): string {
  const whole = Number.isInteger(amount);
  return cached(`eur:${intl}:${whole}`, () => new Intl.NumberFormat(intl, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  })).format(amount);
}

export function gigabytes(gb: number, intl: string, t: T): string {
  return t('unit.gb', { n: cached(`gb:${intl}`, () => new Intl.NumberFormat(intl, { maximumFractionDigits: 1 })).format(gb) });
}

export function priceText(p: KnownPrice, intl: string, t: T): string {
  const e = (n: number) => euros(n, intl);
  switch (p.model) {
    case 'free':
      return t('price.free');
    case 'membership':
      return t(p.period === 'once' ? 'price.membership.once' : 'price.membership', { amount: e(p.amount) });
    case 'subscription': {
      const base = t(`price.subscription.${p.period}`, { amount: e(p.amount) });
      return p.membership_fee ? `${base} ${t('price.plusMembership', { amount: e(p.membership_fee) })}` : base;
    }
    case 'pay-what-you-can':
      return t(`price.pwyc.${p.period}`, { amount: e(p.suggested) });
    case 'pack':
      return t(`price.pack.${p.period}`, { amount: e(p.amount), accounts: p.accounts });
    case 'tiered': {
      const base = t(`price.tiered.${p.period}`, { amount: e(p.amount), gb: gigabytes(p.base_quota_gb, intl, t) });
      return p.non_member_surcharge
        ? `${base} ${t(`price.surcharge.${p.period}`, { amount: e(p.non_member_surcharge) })}`
        : base;
    }
  }
}

export function serverText(s: Server): string {
  return `${s.host}:${s.port} (${s.security === 'ssl' ? 'SSL/TLS' : 'STARTTLS'})`;
}

/** Country name in the page's language, from the ISO code. */
export function countryName(code: string, lang: string): string {
  return cached(`region:${lang}`, () => new Intl.DisplayNames([lang], { type: 'region' })).of(code) ?? code;
}

/** Language name in the page's language, from the ISO 639-1 code. */
export function languageName(code: string, lang: string): string {
  return cached(`language:${lang}`, () => new Intl.DisplayNames([lang], { type: 'language' })).of(code) ?? code;
}

/** "2026-11" → "novembre 2026"; "2026-11-03" → "3 novembre 2026" (any ISO day or month, in UTC). */
export function checkedDate(iso: string, intl: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d ? { dateStyle: 'long', timeZone: 'UTC' } : { month: 'long', year: 'numeric', timeZone: 'UTC' };
  return cached(`date:${intl}:${!!d}`, () => new Intl.DateTimeFormat(intl, opts)).format(date);
}

/** "vérifié le 3 mars 2026" for a day, "vérifié en novembre 2026" for a month. */
export function checkedText(iso: string, intl: string, t: T): string {
  return t(iso.length > 7 ? 'offer.checkedDay' : 'offer.checkedMonth', { date: checkedDate(iso, intl) });
}
