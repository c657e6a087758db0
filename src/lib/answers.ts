/**
 * The questionnaire's answers and their stable URL form (documented in the README). A missing or unreadable
 * parameter means "I don't know": the answer is left out and the engine does not require that fact.
 */

export const WHO = ['individual', 'family', 'association', 'pro'] as const;
export const FROM = ['gmail', 'outlook', 'yahoo', 'orange', 'sfr', 'free-fr', 'bouygues', 'laposte', 'other'] as const;
export const MOVE = ['mail', 'contacts', 'calendar'] as const;
export const PREFS = ['country', 'region', 'coop', 'price', 'aliases', '2fa', 'extras'] as const;

export type Who = (typeof WHO)[number];
export type From = (typeof FROM)[number];
export type Move = (typeof MOVE)[number];
export type Pref = (typeof PREFS)[number];
/** 2 = important, 1 = nice to have, 0 = indifferent. */
export type Weight = 0 | 1 | 2;

export interface Answers {
  who?: Who;
  /** Number of mailboxes wanted. */
  accounts?: number;
  from?: From;
  /** What they move; an empty list is "just new mail". */
  move?: Move[];
  /** Size of the current mailbox in GB (the biggest one if several). */
  size?: number;
  /** Total euros per year for all mailboxes, membership included; 0 = free only. */
  budget?: number;
  /** Would they join an association to get a mailbox. */
  member?: boolean;
  /** Do they need mail at their own domain. */
  domain?: boolean;
  /** Do they use a mail app or a phone (needs IMAP). */
  app?: boolean;
  /** ISO 3166-1 alpha-2, upper case. */
  country?: string;
  region?: string;
  /** Language code they want help in. */
  support?: string;
  prefs?: Partial<Record<Pref, Weight>>;
  /** Date the ISP contract ends, YYYY-MM-DD. */
  ispEnd?: string;
  /** Tie rotation seed; missing means 0. */
  seed: number;
}

function oneOf<T extends string>(list: readonly T[], v: string | null): T | undefined {
  return v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;
}

function num(v: string | null, min: number, max: number, integer = false): number | undefined {
  if (v === null || v.trim() === '') return undefined;
  const n = Number(v.replace(',', '.'));
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) return undefined;
  return n;
}

function yesNo(v: string | null): boolean | undefined {
  return v === 'yes' ? true : v === 'no' ? false : undefined;
}

function isIsoDay(v: string | null): v is string {
  return !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v + 'T00:00:00Z'))
    && new Date(v + 'T00:00:00Z').toISOString().startsWith(v);
}

export function parseAnswers(params: URLSearchParams): Answers {
  const a: Answers = { seed: num(params.get('seed'), 0, 2 ** 31 - 1, true) ?? 0 };
  a.who = oneOf(WHO, params.get('who'));
  a.accounts = num(params.get('accounts'), 1, 10_000, true);
  a.from = oneOf(FROM, params.get('from'));
  const move = params.get('move');
  if (move !== null) a.move = [...new Set(move.split(',').map((m) => oneOf(MOVE, m.trim())).filter((m) => m !== undefined))];
  a.size = num(params.get('size'), 0, 100_000);
  a.budget = num(params.get('budget'), 0, 1_000_000);
  a.member = yesNo(params.get('member'));
  a.domain = yesNo(params.get('domain'));
  a.app = yesNo(params.get('app'));
  const country = params.get('country')?.toUpperCase();
  if (country && /^[A-Z]{2}$/.test(country)) a.country = country;
  const region = params.get('region')?.trim();
  if (region) a.region = region.slice(0, 80);
  const support = params.get('support')?.toLowerCase();
  if (support && /^[a-z]{2}$/.test(support)) a.support = support;
  const prefs = params.get('prefs');
  if (prefs) {
    a.prefs = {};
    for (const part of prefs.split(',')) {
      const [name, w] = part.split(':');
      const pref = oneOf(PREFS, name?.trim() ?? null);
      const weight = Number(w);
      if (pref && (weight === 0 || weight === 1 || weight === 2)) a.prefs[pref] = weight;
    }
    if (!Object.keys(a.prefs).length) delete a.prefs;
  }
  const ispEnd = params.get('ispEnd');
  if (isIsoDay(ispEnd)) a.ispEnd = ispEnd;
  for (const k of Object.keys(a) as (keyof Answers)[]) if (a[k] === undefined) delete a[k];
  return a;
}

/** The canonical URL form: parameters in a fixed order, unknown answers left out. */
export function toSearchParams(a: Answers): URLSearchParams {
  const p = new URLSearchParams();
  const yn = (b: boolean) => (b ? 'yes' : 'no');
  if (a.who) p.set('who', a.who);
  if (a.accounts !== undefined) p.set('accounts', String(a.accounts));
  if (a.from) p.set('from', a.from);
  if (a.move) p.set('move', a.move.join(','));
  if (a.size !== undefined) p.set('size', String(a.size));
  if (a.budget !== undefined) p.set('budget', String(a.budget));
  if (a.member !== undefined) p.set('member', yn(a.member));
  if (a.domain !== undefined) p.set('domain', yn(a.domain));
  if (a.app !== undefined) p.set('app', yn(a.app));
  if (a.country) p.set('country', a.country);
  if (a.region) p.set('region', a.region);
  if (a.support) p.set('support', a.support);
  if (a.prefs) {
    const list = PREFS.filter((k) => a.prefs![k] !== undefined).map((k) => `${k}:${a.prefs![k]}`);
    if (list.length) p.set('prefs', list.join(','));
  }
  if (a.ispEnd) p.set('ispEnd', a.ispEnd);
  if (a.seed) p.set('seed', String(a.seed));
  return p;
}
