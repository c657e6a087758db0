/**
 * How an offer page groups its facts, in reading order: sign-up terms, the mailbox, its addresses and their measured
 * mail security, help, the organisation.
 */
import type { FactField } from '../../schemas/provider.ts';

export interface FactGroup {
  /** Heading key: `offer.section.<key>`. */
  key: 'terms' | 'mailbox' | 'mail' | 'help' | 'structure';
  fields: FactField[];
}

export const FACT_GROUPS: readonly FactGroup[] = [
  { key: 'terms', fields: ['status', 'registration', 'load', 'audiences', 'price', 'area_served_first', 'signup_url', 'contact'] },
  {
    key: 'mailbox',
    fields: ['quota_gb', 'quota_shared_accounts', 'quota_shared_services', 'custom_domain', 'aliases', 'webmail',
      'webmail_software', 'imap', 'imap_server', 'smtp_server', 'pop', 'caldav', 'carddav', 'two_factor',
      'encryption_at_rest', 'extra_services'],
  },
  { key: 'mail', fields: ['mail_domains', 'mail_security'] },
  { key: 'help', fields: ['support_channels', 'support_languages', 'in_person_help', 'migration_help', 'docs_url'] },
  { key: 'structure', fields: ['chatons', 'organisation_type', 'founded', 'country', 'region', 'city', 'latitude', 'longitude'] },
];
