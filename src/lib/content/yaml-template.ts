/**
 * The blank provider file offered to people without JavaScript (and to anyone who prefers a file): every field
 * written, "unknown" everywhere, and above each field its explanation from the dictionaries (`field.<path>.help`) as
 * a YAML comment, in the page's language, with examples for the fields that take several values.
 */
import type { T, UiKey } from '../../i18n/types.ts';
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { helpKey } from './field-help.ts';
import { PRICE_MODELS, TIER_KEYS } from './contribute-fields.ts';
import { blankEntry } from './contribute-values.ts';
import { emitYaml, yamlLines } from './yaml-emit.ts';

export interface TemplateContext {
  t: T;
  /** The maintainers' address (src/site.config.ts). */
  email: string;
  repositoryUrl: string;
  /** The contribution form's absolute URL in this language. */
  formUrl: string;
  /** Today, `YYYY-MM-DD`, for the example source. */
  today: string;
  /** The page's locale, to name languages (a note's text in each). */
  lang: string;
}

/** A field's explanation; a note's text names its language (`{{lang}}`) in the page's language. */
function help(t: T, path: string[], lang = 'en'): string {
  const code = path.at(-1) ?? '';
  const named = (LOCALE_CODES as string[]).includes(code) ? (new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code) : code;
  return t(helpKey(path) as UiKey, { lang: named });
}

/** "key: explanation" lines for the keys of a nested value. */
function keyHelp(t: T, path: string[], keys: string[], lang?: string): string[] {
  return keys.map((key) => t('contribute.yaml.sub', { key, help: help(t, [...path, key], lang) }));
}

/** An example, indented, as comment lines that keep their layout. */
function example(t: T, value: Record<string, unknown>): string {
  return [t('contribute.yaml.example'), ...yamlLines(value).map((l) => `   ${l}`)].join('\n');
}

function comments(ctx: TemplateContext): (path: string[]) => string | undefined {
  const { t } = ctx;
  const priceKeys = [...new Set(PRICE_MODELS.flatMap((m) => m.keys.map((k) => k.key)))];
  const source = {
    id: 'home', url: 'https://example.org/', title: t('contribute.yaml.exampleTitle'), checked: ctx.today.slice(0, 7), backs: ['price', 'quota_gb'],
  };
  const extra: Record<string, () => string[]> = {
    website: () => ['', help(t, ['chatonsinfos']), `   ${yamlLines({ chatonsinfos: 'https://example.org/chatonsinfos.properties' })[0]}`],
    price: () => [
      ...keyHelp(t, ['price'], ['model', ...priceKeys]),
      ...keyHelp(t, ['price', 'tiers'], TIER_KEYS.map((k) => k.key)),
      example(t, { price: { model: 'subscription', amount: 1, period: 'month' } }),
    ],
    imap_server: () => [...keyHelp(t, ['imap_server'], ['host', 'port', 'security']), example(t, { imap_server: { host: 'mail.example.org', port: 993, security: 'ssl' } })],
    smtp_server: () => [example(t, { smtp_server: { host: 'mail.example.org', port: 465, security: 'ssl' } })],
    sources: () => [
      ...keyHelp(t, ['sources'], ['id', 'url', 'title', 'checked', 'secondary', 'backs']),
      example(t, { sources: [source] }),
    ],
  };
  return (path) => {
    if (path.length > 2 || (path.length === 2 && path[0] !== 'audiences')) return undefined;
    return [help(t, path), ...(path.length === 1 ? (extra[path[0]!]?.() ?? []) : [])].join('\n');
  };
}

/** The blank provider file, commented in the language of `ctx.t`. */
export function templateYaml(ctx: TemplateContext): string {
  const { t } = ctx;
  const note = { ...Object.fromEntries(LOCALE_CODES.map((l) => [l, t('contribute.yaml.exampleNote')])), source: 'home' };
  return emitYaml(blankEntry(), {
    header: [
      t('contribute.yaml.title'),
      t('contribute.yaml.how'),
      t('contribute.yaml.send', { email: ctx.email, repo: ctx.repositoryUrl }),
      t('contribute.yaml.form', { url: ctx.formUrl }),
      '',
    ],
    comment: comments(ctx),
    footer: ['', help(t, ['notes']), ...keyHelp(t, ['notes'], [...LOCALE_CODES, 'source'], ctx.lang), example(t, { notes: [note] })],
  });
}
