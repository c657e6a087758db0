/**
 * The questionnaire's URL parameters: the one table of the public contract. parseAnswers and toSearchParams walk
 * it, the wizard's form names its fields after it, the page and the README document it (a test keeps the README's
 * table equal to `paramRows()`). A result is fully described by its URL, so it can be shared and linked to.
 */
import { isIsoDay } from '../../schemas/iso-date.ts';
import { FROM, MOVE, PREFS, WEIGHTS, WHO, type Answers, type Pref, type Weight } from './answers.ts';

type Key = Exclude<keyof Answers, 'seed'> | 'seed';

export interface Param<K extends Key = Key> {
  name: K;
  /** The values it takes, as the README writes them (code in backticks). */
  values: string;
  /** The answer from the raw parameter; undefined when it is missing or unreadable. */
  parse: (raw: string) => Answers[K] | undefined;
  format: (value: NonNullable<Answers[K]>) => string;
}

const code = (list: readonly (string | number)[]) => list.map((v) => `\`${v}\``).join(', ');
const oneOf = <T extends string>(list: readonly T[]) => (v: string) => ((list as readonly string[]).includes(v) ? (v as T) : undefined);

function num(min: number, max: number, integer = false) {
  return (v: string) => {
    if (v.trim() === '') return undefined;
    const n = Number(v.replace(',', '.'));
    return !Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n)) ? undefined : n;
  };
}

const yesNo = (v: string) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const yn = (b: boolean) => (b ? 'yes' : 'no');

function parsePrefs(v: string): Partial<Record<Pref, Weight>> | undefined {
  const prefs: Partial<Record<Pref, Weight>> = {};
  for (const part of v.split(',')) {
    const [name, w] = part.split(':');
    const pref = oneOf(PREFS)(name?.trim() ?? '');
    const weight = WEIGHTS.find((x) => String(x) === w?.trim());
    if (pref && weight !== undefined) prefs[pref] = weight;
  }
  return Object.keys(prefs).length ? prefs : undefined;
}

function param<K extends Key>(p: Param<K>): Param<K> {
  return p;
}

/** In URL order. */
export const PARAMS = [
  param({ name: 'who', values: code(WHO), parse: oneOf(WHO), format: String }),
  param({ name: 'accounts', values: 'number of mailboxes', parse: num(1, 10_000, true), format: String }),
  param({ name: 'from', values: code(FROM), parse: oneOf(FROM), format: String }),
  param({ name: 'keep', values: '`yes` / `no`: keeps the internet contract whose address they leave', parse: yesNo, format: yn }),
  param({
    name: 'move',
    values: `comma list of ${code(MOVE)}`,
    parse: (v) => [...new Set(v.split(',').map((m) => oneOf(MOVE)(m.trim())).filter((m) => m !== undefined))],
    format: (v) => v.join(','),
  }),
  param({ name: 'size', values: 'current mailbox size in GB (the biggest one)', parse: num(0, 100_000), format: String }),
  param({ name: 'budget', values: 'total euros per year for all mailboxes, membership included; `0` = free only', parse: num(0, 1_000_000), format: String }),
  param({ name: 'member', values: '`yes` / `no`: would join an association', parse: yesNo, format: yn }),
  param({ name: 'domain', values: '`yes` / `no`: needs their own domain name', parse: yesNo, format: yn }),
  param({ name: 'app', values: '`yes` / `no`: uses a mail app or a phone (needs IMAP)', parse: yesNo, format: yn }),
  param({ name: 'country', values: 'ISO 3166-1 code, e.g. `FR`', parse: (v) => (/^[A-Z]{2}$/.test(v.toUpperCase()) ? v.toUpperCase() : undefined), format: String }),
  param({ name: 'region', values: 'region name', parse: (v) => v.trim().slice(0, 80) || undefined, format: String }),
  param({ name: 'support', values: 'language code for help, e.g. `fr`', parse: (v) => (/^[a-z]{2}$/.test(v.toLowerCase()) ? v.toLowerCase() : undefined), format: String }),
  param({ name: 'help', values: '`yes` / `no`: wants help in person', parse: yesNo, format: yn }),
  param({
    name: 'prefs',
    values: `comma list of \`name:weight\` (2 important, 1 nice), names ${code(PREFS)}`,
    parse: parsePrefs,
    format: (v) => PREFS.filter((k) => v[k] !== undefined).map((k) => `${k}:${v[k]}`).join(','),
  }),
  param({ name: 'ispEnd', values: 'end of the internet provider contract, `YYYY-MM-DD`', parse: (v) => (isIsoDay(v) ? v : undefined), format: String }),
  param({ name: 'seed', values: 'tie rotation seed (0 when missing)', parse: num(0, 2 ** 31 - 1, true), format: String }),
] as const;

export type ParamName = (typeof PARAMS)[number]['name'];

export function parseAnswers(params: URLSearchParams): Answers {
  const a: Record<string, unknown> = {};
  for (const p of PARAMS as readonly Param[]) {
    const raw = params.get(p.name);
    const v = raw === null ? undefined : p.parse(raw);
    if (v !== undefined) a[p.name] = v;
  }
  return { ...a, seed: (a.seed as number | undefined) ?? 0 } as Answers;
}

/** The canonical URL form: parameters in table order, unknown answers left out, seed 0 left out. */
export function toSearchParams(a: Answers): URLSearchParams {
  const out = new URLSearchParams();
  for (const p of PARAMS as readonly Param[]) {
    const v = a[p.name];
    if (v === undefined || (p.name === 'seed' && v === 0)) continue;
    const text = p.format(v as never);
    if (text !== '' || p.name === 'move') out.set(p.name, text);
  }
  return out;
}

/** The README's table rows: `| \`name\` | values |`. */
export function paramRows(): string[] {
  return PARAMS.map((p) => `| \`${p.name}\` | ${p.values} |`);
}
