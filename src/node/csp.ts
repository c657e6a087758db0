/**
 * CSP hashes of the few inline elements the build writes itself (generated filter CSS, the questionnaire's JSON
 * data): Astro hashes what it emits, these must be added by hand.
 */
import { createHash } from 'node:crypto';

/** `sha256-…` of an element's exact text, as script-src and style-src take it. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
