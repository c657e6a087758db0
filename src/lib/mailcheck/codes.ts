/**
 * Every finding code each mechanism can emit, and those with a fix. The texts are the dictionary entries
 * `mailcheck.<mechanism>.<code>` and `mailcheck.<mechanism>.<code>.fix`; a unit test checks both locales have each.
 * The checks can only emit codes listed here (see `collector` in result.ts), so the list is complete by construction.
 */
import type { Mechanism } from './contract.ts';

/** Every mechanism may get no answer: a lookup that failed (not checked, with its reason), or a record not pasted. */
const COMMON = ['lookup-failed', 'paste'] as const;
const own = <const T extends readonly string[]>(...codes: T) => [...codes, ...COMMON] as const;

export const CODES = {
  mx: own('present', 'missing', 'null-mx', 'null-mx-mixed', 'bad-record', 'ip-literal', 'host-cname', 'host-resolves', 'host-unresolved'),
  spf: own(
    'present', 'missing', 'multiple', 'bad-term', 'lookups', 'too-many-lookups', 'void-lookups', 'include-loop',
    'include-missing', 'all-pass', 'all-neutral', 'no-all', 'all-fail', 'all-softfail', 'ptr',
  ),
  dkim: own(
    'no-selector', 'bad-selector', 'missing', 'multiple', 'syntax', 'bad-version', 'unknown-key-type', 'sha1-only',
    'testing', 'revoked', 'no-key', 'bad-base64', 'bad-key', 'rsa-weak', 'rsa-short', 'rsa-ok', 'ed25519',
    'ed25519-bad-key',
  ),
  dmarc: own(
    'present', 'org-domain', 'missing', 'multiple', 'syntax', 'no-policy', 'bad-policy', 'policy', 'policy-none',
    'pct', 'bad-tag', 'no-rua', 'rua', 'alignment', 'sp',
  ),
  'mta-sts': own(
    'no-record', 'multiple', 'bad-record', 'present', 'policy-missing', 'policy-error', 'paste-policy',
    'policy-syntax', 'policy-version', 'policy-mode', 'mode-enforce', 'mode-testing', 'mode-none', 'max-age',
    'max-age-short', 'mx-covered', 'mx-uncovered',
  ),
  'tls-rpt': own('missing', 'multiple', 'syntax', 'present', 'no-rua', 'bad-rua'),
  dane: own('missing', 'usable', 'pkix-usage', 'bad-record', 'bad-length', 'dnssec-not-checked'),
  rdns: own('bad-address', 'no-ptr', 'not-confirmed', 'confirmed'),
} as const satisfies Record<Mechanism, readonly string[]>;

export type Code<M extends Mechanism> = (typeof CODES)[M][number];

/** The codes whose dictionary entry has a `.fix`: the record to publish, in generic form. */
export const FIXES: { [M in Mechanism]: readonly Code<M>[] } = {
  mx: ['missing', 'null-mx', 'null-mx-mixed', 'bad-record', 'ip-literal', 'host-cname', 'host-unresolved'],
  spf: [
    'missing', 'multiple', 'bad-term', 'too-many-lookups', 'void-lookups', 'include-loop', 'include-missing',
    'all-pass', 'all-neutral', 'no-all', 'ptr',
  ],
  dkim: [
    'missing', 'multiple', 'syntax', 'bad-version', 'unknown-key-type', 'sha1-only', 'testing', 'revoked', 'no-key',
    'bad-base64', 'bad-key', 'rsa-weak', 'rsa-short', 'ed25519-bad-key',
  ],
  dmarc: ['missing', 'multiple', 'syntax', 'no-policy', 'bad-policy', 'policy-none', 'pct', 'bad-tag', 'no-rua'],
  'mta-sts': [
    'no-record', 'multiple', 'bad-record', 'policy-missing', 'policy-syntax', 'policy-version', 'policy-mode',
    'mode-testing', 'mode-none', 'max-age', 'max-age-short', 'mx-uncovered',
  ],
  'tls-rpt': ['missing', 'multiple', 'syntax', 'no-rua', 'bad-rua'],
  dane: ['missing', 'pkix-usage', 'bad-record', 'bad-length'],
  rdns: ['no-ptr', 'not-confirmed'],
};

/** The dictionary key of a finding's one-line why. */
export const messageKey = (mechanism: Mechanism, code: string) => `mailcheck.${mechanism}.${code}`;
/** The dictionary key of a finding's fix (present only for the codes of FIXES). */
export const fixKey = (mechanism: Mechanism, code: string) => `mailcheck.${mechanism}.${code}.fix`;
/** Whether a finding has a fix text. */
export const hasFix = (mechanism: Mechanism, code: string) => (FIXES[mechanism] as readonly string[]).includes(code);
