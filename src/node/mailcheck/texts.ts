/**
 * The check's words in every locale, from the site's own dictionaries (src/i18n/<locale>.json, read from disk so a
 * locale added to the table is picked up), with i18next's `{{name}}` interpolation and French as the fallback.
 * Finding texts are `mailcheck.<mechanism>.<code>` and their fix `….fix`; explanation links point to the teaching
 * pages on the site's public address (SITE and BASE, src/env.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '../../env.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import type { Dict, UiKey } from '../../i18n/types.ts';
import { EXPLANATION_PATHS, type Finding, type Mechanism } from '../../lib/mailcheck/contract.ts';
import { makeT } from '../../lib/shared/translate.ts';
import { ROOT } from '../paths.ts';

const dicts = new Map<Locale, Dict>();
function dict(lang: Locale): Dict {
  let d = dicts.get(lang);
  if (!d) dicts.set(lang, (d = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/i18n', `${lang}.json`), 'utf8')) as Dict));
  return d;
}

/** The text of `key` in `lang`, its `{{params}}` filled; undefined when no dictionary has the key. */
export function text(lang: Locale, key: string, params?: Record<string, string | number>): string | undefined {
  const k = key as UiKey;
  if (dict(lang)[k] === undefined && dict(DEFAULT_LOCALE)[k] === undefined) return undefined;
  return makeT(dict(lang), dict(DEFAULT_LOCALE))(k, params);
}

/** Like `text`, but a missing key shows as itself (a gap in the dictionaries stays visible, never a blank). */
export const say = (lang: Locale, key: string, params?: Record<string, string | number>): string => text(lang, key, params) ?? key;

/** The same text in every locale. */
export function inEveryLocale(f: (lang: Locale) => string): Record<Locale, string> {
  return Object.fromEntries(LOCALE_CODES.map((l) => [l, f(l)])) as Record<Locale, string>;
}

/** A finding's one-line why, and its fix when the dictionaries have one. */
export function findingWhy(lang: Locale, mechanism: Mechanism, f: Finding): string {
  return say(lang, `mailcheck.${mechanism}.${f.code}`, f.params);
}
export function findingFix(lang: Locale, mechanism: Mechanism, f: Finding): string | undefined {
  return text(lang, `mailcheck.${mechanism}.${f.code}.fix`, f.params);
}

/** The teaching page that explains `mechanism`, on the site's public address. */
export function explanationUrl(lang: Locale, mechanism: Mechanism): string {
  const { site, base } = readEnv();
  return `${site.replace(/\/+$/, '')}${base}${lang}/${EXPLANATION_PATHS[mechanism]}`;
}
