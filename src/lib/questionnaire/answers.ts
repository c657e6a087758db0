/**
 * The questionnaire's answers and their types. The URL form of the answers (one table of parameters) is in
 * params.ts; a missing or unreadable parameter means "I don't know", and the engine then does not require that fact.
 */

import { AUDIENCE_OF, type Who } from '../offers/capabilities.ts';

export const WHO = Object.keys(AUDIENCE_OF) as Who[];
export const FROM = ['gmail', 'outlook', 'yahoo', 'orange', 'sfr', 'free-fr', 'bouygues', 'laposte', 'other'] as const;
export const MOVE = ['mail', 'contacts', 'calendar'] as const;
export const PREFS = ['country', 'region', 'coop', 'price', 'aliases', '2fa', 'extras'] as const;
export const WEIGHTS = [0, 1, 2] as const;

export type { Who };
export type From = (typeof FROM)[number];
export type Move = (typeof MOVE)[number];
export type Pref = (typeof PREFS)[number];
/** 2 = important, 1 = nice to have, 0 = indifferent. */
export type Weight = (typeof WEIGHTS)[number];

/** Internet access providers: French law keeps their addresses readable for 6 months after the contract ends. */
export const ISP_SOURCES: readonly From[] = ['orange', 'sfr', 'free-fr', 'bouygues'];

/** True when the old address belongs to an Internet access provider (La Poste and Yahoo are not ISPs). */
export function isIspSource(from: From | undefined): boolean {
  return from !== undefined && ISP_SOURCES.includes(from);
}

export interface Answers {
  who?: Who;
  /** Number of mailboxes wanted. */
  accounts?: number;
  from?: From;
  /** An internet provider's address only: will they keep that internet contract (and so the address)? */
  keep?: boolean;
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
  /** Do they want help in person (meetings, help sessions). */
  help?: boolean;
  prefs?: Partial<Record<Pref, Weight>>;
  /** Date the ISP contract ends, YYYY-MM-DD. */
  ispEnd?: string;
  /** Tie rotation seed; missing means 0. */
  seed: number;
}
