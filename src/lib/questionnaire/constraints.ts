/**
 * The questionnaire's hard constraints. Each one either passes, fails (a known violation) or is unknown (a fact to
 * check); an unknown fact is never a failure. A constraint whose answer is missing ("I don't know") is not checked.
 */
import type { Answers } from './answers.ts';
import type { FactField, ProviderEntry } from '../../schemas/provider.ts';
import { yearlyCost, type YearlyCost } from '../offers/price.ts';
import { AUDIENCE_OF, quotaCap } from '../offers/capabilities.ts';

/** Constraint names: a stable public contract (HTML `data-failed`, i18n keys `q.constraint.<name>`). */
export const CONSTRAINTS = ['load', 'who', 'member', 'budget', 'size', 'app', 'move', 'domain', 'support', 'help'] as const;
export type Constraint = (typeof CONSTRAINTS)[number];
export type Verdict = 'pass' | 'fail' | 'unknown';

/** The constraints the answers ask to check, in the fixed order of CONSTRAINTS. `load` is always checked. */
export function checkedConstraints(a: Answers): Constraint[] {
  const on: Record<Constraint, boolean> = {
    load: true,
    who: a.who !== undefined,
    member: a.member !== undefined,
    budget: a.budget !== undefined,
    size: a.size !== undefined,
    app: a.app === true,
    move: !!a.move && (a.move.includes('contacts') || a.move.includes('calendar')),
    domain: a.domain === true,
    support: a.support !== undefined,
    help: a.help === true,
  };
  return CONSTRAINTS.filter((c) => on[c]);
}

/**
 * The provider fields a constraint reads, for the "checked long ago" caveat. `tieredPrice`: the offer's price is
 * tiered, so the size constraint reads the price too (extra GB can be bought).
 */
export function constraintFields(c: Constraint, a: Answers, tieredPrice: boolean): FactField[] {
  switch (c) {
    case 'load':
      return ['load'];
    case 'who':
      return ['audiences'];
    case 'member':
      return ['registration'];
    case 'budget':
      return ['price'];
    case 'size':
      return tieredPrice ? ['quota_gb', 'quota_shared_accounts', 'price'] : ['quota_gb', 'quota_shared_accounts'];
    case 'app':
      return ['imap'];
    case 'move':
      return [...(a.move?.includes('contacts') ? ['carddav' as const] : []), ...(a.move?.includes('calendar') ? ['caldav' as const] : [])];
    case 'domain':
      return ['custom_domain'];
    case 'support':
      return ['support_languages'];
    case 'help':
      return ['in_person_help'];
  }
}

function tri(v: 'yes' | 'no' | 'unknown'): Verdict {
  return v === 'yes' ? 'pass' : v === 'no' ? 'fail' : 'unknown';
}

function checkSize(offer: ProviderEntry, size: number, accounts: number): Verdict {
  const cap = quotaCap(offer);
  if (cap === null) return 'unknown';
  const all = size * accounts;
  if (offer.quota_shared_accounts === 'yes') return cap >= all ? 'pass' : 'fail';
  if (offer.quota_shared_accounts === 'no' || cap >= all) return cap >= size ? 'pass' : 'fail';
  // Shared or not is unknown and the quota only fits one mailbox: it may not fit all of them.
  return cap >= size ? 'unknown' : 'fail';
}

function checkBudget(offer: ProviderEntry, a: Answers, budget: number, cost: YearlyCost | null): Verdict {
  if (cost === null) return 'unknown';
  if (cost.total <= budget) return 'pass';
  if (!cost.surchargeAssumed) return 'fail';
  // The person did not say whether they would join: without the non-member surcharge it may still fit.
  const asMember = yearlyCost(offer.price, { accounts: a.accounts ?? 1, member: true, sizeGb: a.size });
  return asMember !== null && asMember.total <= budget ? 'unknown' : 'fail';
}

function checkMove(offer: ProviderEntry, move: readonly string[]): Verdict {
  const needs = [move.includes('contacts') ? offer.carddav : 'yes', move.includes('calendar') ? offer.caldav : 'yes'];
  return needs.includes('no') ? 'fail' : needs.includes('unknown') ? 'unknown' : 'pass';
}

/**
 * The verdict of one checked constraint for one offer. `cost` is the offer's yearly cost for these answers
 * (computed once by the caller, as the result shows it too).
 */
export function checkConstraint(c: Constraint, offer: ProviderEntry, a: Answers, cost: YearlyCost | null): Verdict {
  switch (c) {
    case 'load':
      return offer.load === 'FULL' ? 'fail' : offer.load === 'OPEN' ? 'pass' : 'unknown';
    case 'who':
      return tri(offer.audiences[AUDIENCE_OF[a.who!]]);
    case 'member':
      // Someone ready to join can sign up anywhere; someone who won't is refused where sign-up is for members.
      if (a.member === true) return 'pass';
      return offer.registration === 'Member' ? 'fail' : offer.registration === 'unknown' ? 'unknown' : 'pass';
    case 'budget':
      return checkBudget(offer, a, a.budget!, cost);
    case 'size':
      return checkSize(offer, a.size!, a.accounts ?? 1);
    case 'app':
      return tri(offer.imap);
    case 'move':
      return checkMove(offer, a.move ?? []);
    case 'domain':
      return tri(offer.custom_domain);
    case 'support':
      if (offer.support_languages === 'unknown') return 'unknown';
      return offer.support_languages.includes(a.support!) ? 'pass' : 'fail';
    case 'help':
      return tri(offer.in_person_help);
  }
}
