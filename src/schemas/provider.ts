/**
 * The one definition of a mail offer. Content files, pages, JSON exports, scripts and tests all import it.
 * Stored shape only: no transforms, dates as ISO strings, so `z.toJSONSchema()` can describe it for editors.
 * Every fact may be "unknown"; unknown is never treated as "no".
 */
import { z } from 'astro/zod';
import { COUNTRY_CODES } from './countries.ts';
import { httpsUrl, language, orUnknown, tri, UNKNOWN } from './primitives.ts';
import { priceSchema } from './price.ts';
import { mailDomainsSchema, mailSecuritySchema } from './mail-security.ts';
import { measuredIssues, sourceSchema } from './source.ts';
import { LOCALE_CODES, type Locale } from '../i18n/locales.ts';

export { UNKNOWN };
export { sourceSchema, isMeasured, MEASURED_FIELDS, type Source, type PageSource, type MeasuredSource } from './source.ts';

/** Server settings for one protocol, as a mail app wants them. */
export const serverSchema = z.strictObject({
  /** Host name, e.g. `mail.example.org`. */
  host: z.string().regex(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { error: 'expected a host name like mail.example.org' }),
  /** TCP port. */
  port: z.int({ error: 'expected a port number' }).min(1).max(65535),
  /** `ssl` (implicit TLS) or `starttls`. */
  security: z.enum(['ssl', 'starttls'], { error: 'expected "ssl" or "starttls"' }),
});

/** A short note in every locale of the table, backed by a source, for facts that fit no field. */
export const noteSchema = z.strictObject({
  /** The text in each locale (`fr`, `en`…). Shown as text, never as HTML. */
  ...(Object.fromEntries(LOCALE_CODES.map((code) => [code, z.string().min(1, { error: `expected the note's text in ${code}` })])) as Record<
    Locale,
    z.ZodString
  >),
  /** Id of the source that backs it. */
  source: z.string().min(1, { error: 'expected the id of a source' }),
});

const ORG_TYPES = ['ASSOCIATION', 'COOPERATIVE', 'INFORMAL', 'MICROCOMPANY', 'COMPANY', 'INDIVIDUAL', 'OTHER'] as const;
const SUPPORT_CHANNELS = ['email', 'ticket', 'forum', 'chat', 'phone', 'in-person', 'documentation'] as const;
const EXTRA_SERVICES = ['cloud', 'calendar', 'contacts', 'office', 'chat', 'video', 'pad', 'vpn', 'web-hosting'] as const;
const thisYear = new Date().getFullYear();

export const providerFields = {
  /** Display name of the offer (the organisation, and the offer name if it has one). */
  name: z.string().min(1, { error: 'expected the name of the offer' }),
  /** Home page of the organisation (https). Two files may not share a website. */
  website: httpsUrl,
  /** True while a maintainer has not reviewed the entry: it is not published. */
  draft: z.boolean({ error: 'expected true or false' }).optional(),
  /** The organisation's ChatonsInfos `.properties` file (https): a link the importer follows, not a fact. */
  chatonsinfos: httpsUrl.optional(),
  /** Whether the offer is running: `active`, `closing`, `closed`; absent or `unknown` makes no claim. */
  status: orUnknown(z.enum(['active', 'closing', 'closed']), 'active, closing or closed').optional(),
  /** CHATONS membership: `member` (a source confirms it), `unverified`, or `not-member`. */
  chatons: z.enum(['member', 'unverified', 'not-member'], { error: 'expected "member", "unverified" or "not-member"' }),
  /** The organisation's page on chatons.org: a link (seen, not read), so it needs no source and backs no fact. */
  chatons_page: orUnknown(httpsUrl, 'an https URL').optional(),
  /** Organisation type, in the ChatonsInfos vocabulary. */
  organisation_type: orUnknown(z.enum(ORG_TYPES), `one of ${ORG_TYPES.join(', ')}`),
  /** Year the organisation was founded. */
  founded: orUnknown(z.int().min(1970).max(thisYear), `a year between 1970 and ${thisYear}`),
  /** Country of the organisation (ISO 3166-1 alpha-2, upper case). */
  country: orUnknown(z.enum(COUNTRY_CODES), 'an ISO 3166-1 country code such as FR or BE'),
  /** Region, as people there name it. */
  region: orUnknown(z.string().min(1), 'a region name'),
  /** City or town. */
  city: orUnknown(z.string().min(1), 'a city name'),
  /** Latitude of the organisation, in decimal degrees. */
  latitude: orUnknown(z.number().min(-90).max(90), 'a latitude in decimal degrees').optional(),
  /** Longitude of the organisation, in decimal degrees. */
  longitude: orUnknown(z.number().min(-180).max(180), 'a longitude in decimal degrees').optional(),
  /** Area served first when sign-up is restricted by place (e.g. "Alsace"); `none` when it is not. */
  area_served_first: orUnknown(z.string().min(1), 'an area name, "none" or "unknown"'),
  /** Who can sign up (ChatonsInfos `service.registration`). */
  registration: orUnknown(z.enum(['None', 'Free', 'Member', 'Client']), 'None, Free, Member or Client'),
  /** Whether new accounts are accepted now (ChatonsInfos `service.registration.load`). */
  load: orUnknown(z.enum(['OPEN', 'FULL']), 'OPEN or FULL'),
  /** Who the offer is meant for. */
  audiences: z.strictObject({
    /** Individuals. */
    individuals: tri,
    /** Families (several personal mailboxes). */
    families: tri,
    /** Associations and collectives. */
    associations: tri,
    /** Professionals and businesses. */
    professionals: tri,
  }),
  /** What a mailbox costs. */
  price: priceSchema,
  /** Mailbox quota in GB, per account unless shared. */
  quota_gb: orUnknown(z.number().positive(), 'a number of GB'),
  /** Whether the quota is shared between the accounts of one subscription. */
  quota_shared_accounts: tri,
  /** Whether the quota is shared with other services (cloud storage…). */
  quota_shared_services: tri,
  /** The domains of the offer's mailbox addresses (what comes after the @), from a source; absent means unknown. */
  mail_domains: mailDomainsSchema.optional(),
  /** Mail at your own domain name. */
  custom_domain: tri,
  /** Extra addresses (aliases) delivering to the same mailbox. */
  aliases: tri,
  /** Webmail in the browser. */
  webmail: tri,
  /** Webmail software (Roundcube, SOGo…). */
  webmail_software: orUnknown(z.string().min(1), 'a software name'),
  /** IMAP access for mail apps. */
  imap: tri,
  /** IMAP server settings. */
  imap_server: orUnknown(serverSchema, 'host, port and security'),
  /** SMTP server settings for sending. */
  smtp_server: orUnknown(serverSchema, 'host, port and security'),
  /** POP3 access. */
  pop: tri,
  /** CalDAV (calendars). */
  caldav: tri,
  /** CardDAV (contacts). */
  carddav: tri,
  /** Two-factor authentication on the account. */
  two_factor: tri,
  /** Mail stored encrypted on the server. */
  encryption_at_rest: tri,
  /** Ways to get help. */
  support_channels: orUnknown(z.array(z.enum(SUPPORT_CHANNELS)).min(1), `a list of ${SUPPORT_CHANNELS.join(', ')}`),
  /** Languages help is given in (ISO 639-1 codes). */
  support_languages: orUnknown(z.array(language).min(1), 'a list of language codes such as fr, en'),
  /** Help in person (meetings, help sessions). */
  in_person_help: tri,
  /** Help moving old mail, contacts and calendars. */
  migration_help: tri,
  /** Other services that come with the account. */
  extra_services: orUnknown(z.array(z.enum(EXTRA_SERVICES)), `a list of ${EXTRA_SERVICES.join(', ')}`),
  /** Where to sign up (https). */
  signup_url: orUnknown(httpsUrl, 'an https URL'),
  /** User documentation (https). */
  docs_url: orUnknown(httpsUrl, 'an https URL'),
  /** How to write to the host before signing up: an e-mail address or an https contact page. Absent means unknown. */
  contact: orUnknown(z.union([z.email(), httpsUrl]), 'an e-mail address or an https:// contact page').optional(),
  /** Verdicts measured on the mail domains by `npm run check:mail -- --offers`, never typed by hand; absent means unknown. */
  mail_security: mailSecuritySchema.optional(),
  /** Facts that fit no field, each with its source. */
  notes: z.array(noteSchema).optional(),
  /** The sources, each with the fields it backs and when it was read. */
  sources: z.array(sourceSchema),
};

/** Fields that say what the entry is rather than a fact about the organisation: they need no source. */
const ENTRY_FIELDS = ['name', 'website', 'draft', 'chatonsinfos', 'chatons_page', 'notes', 'sources'] as const;
/** A field that states a fact about the organisation and so needs a source when known. */
export type FactField = Exclude<keyof typeof providerFields, (typeof ENTRY_FIELDS)[number]>;
export const FACT_FIELDS = Object.keys(providerFields).filter((k) => !(ENTRY_FIELDS as readonly string[]).includes(k)) as FactField[];

export function isFactField(name: string): name is FactField {
  return (FACT_FIELDS as string[]).includes(name);
}

export type ExtraService = (typeof EXTRA_SERVICES)[number];

export const providerSchema = z.strictObject(providerFields).superRefine((p, ctx) => {
  const ids = new Set<string>();
  p.sources.forEach((s, i) => {
    if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
    ids.add(s.id);
    s.backs.forEach((f, j) => {
      if (!isFactField(f))
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'backs', j], message: `expected a field name, got "${f}"` });
    });
  });
  const backed = new Set(p.sources.flatMap((s) => s.backs));
  for (const f of FACT_FIELDS) {
    if (isKnown(p[f], f) && !backed.has(f))
      ctx.addIssue({ code: 'custom', path: [f], message: 'a known fact needs a source: list this field in the "backs" of a source' });
  }
  if (p.in_person_help === 'no' && Array.isArray(p.support_channels) && p.support_channels.includes('in-person'))
    ctx.addIssue({ code: 'custom', path: ['in_person_help'], message: 'expected "yes" or "unknown": support_channels lists in-person help, got "no"' });
  (p.notes ?? []).forEach((n, i) => {
    if (!ids.has(n.source)) ctx.addIssue({ code: 'custom', path: ['notes', i, 'source'], message: `expected the id of a source, got "${n.source}"` });
  });
  for (const issue of measuredIssues(p.sources, p.notes)) ctx.addIssue({ code: 'custom', ...issue });
});

/**
 * True when a field states a fact that needs a source. Only `chatons: member` is a claim about membership:
 * `unverified` says we could not confirm it, and `not-member` only files the offer outside the CHATONS list.
 */
export function isKnown(v: unknown, field: string): boolean {
  if (v === undefined || v === UNKNOWN) return false;
  if (field === 'chatons') return v === 'member';
  // An object is known when any part is (a nested one too, such as the measured rules).
  if (v && typeof v === 'object' && !Array.isArray(v)) return Object.values(v).some((x) => isKnown(x, ''));
  return true;
}

export type Provider = z.infer<typeof providerSchema>;
export type ProviderEntry = Provider & { id: string };
export type Server = z.infer<typeof serverSchema>;
export { ORG_TYPES, SUPPORT_CHANNELS, EXTRA_SERVICES };
