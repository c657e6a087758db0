/** A result message in words: its raw variables formatted as MSG_VARS says (reasons.ts), then translated. */
import type { Msg } from './reasons.ts';
import { MSG_VARS } from './reasons.ts';
import { checkedDate, countryName, euros, gigabytes, languageName } from '../shared/format.ts';
import type { ExtraService, FactField } from '../../schemas/provider.ts';
import type { T } from '../shared/translate.ts';

export interface MsgContext {
  t: T;
  lang: string;
  intl: string;
}

export function msgText(m: Msg, c: MsgContext): string {
  const vars: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(m.vars ?? {})) {
    const kind = (MSG_VARS as Record<string, string>)[k];
    vars[k] =
      kind === 'euros' ? euros(Number(v), c.intl)
      : kind === 'gb' ? gigabytes(Number(v), c.intl, c.t)
      // The engine writes these lists from field names and extra-service codes (reasons.ts); the browser bundle
      // must not import the schema itself to check them.
      : kind === 'fields' ? (String(v).split(',') as FactField[]).map((f) => c.t(`field.${f}`)).join(', ')
      : kind === 'extras' ? (String(v).split(',') as ExtraService[]).map((f) => c.t(`extra.${f}`)).join(', ')
      : kind === 'country' ? countryName(String(v), c.lang)
      : kind === 'language' ? languageName(String(v), c.lang)
      : kind === 'date' ? checkedDate(String(v), c.intl)
      : v;
  }
  return c.t(m.key, vars);
}
