/**
 * Turns the files of one organisation (its organisation file and its service files) into the facts of one offer.
 * Only what ChatonsInfos carries is mapped; a value outside the field's vocabulary is reported, not guessed.
 * Each fact remembers the file it came from, which becomes its source.
 */
import { COUNTRY_CODES } from '../../schemas/countries.ts';
import { ORG_TYPES, type FactField } from '../../schemas/provider.ts';
import { fileDate } from './file-date.ts';
import { isMailService, webmailSoftware } from './mail.ts';
import { mailFacts } from './map-services.ts';
import { slugify } from './match.ts';
import { prop } from './properties.ts';
import type { FetchedFile, ImportedFact, ImportedOffer, ImportedSource, OrganisationFiles, Problem } from './types.ts';
import { contactOf, coordinates } from './values.ts';

export interface MappedOrganisation {
  /** Absent when the organisation has no mail service, or when its organisation file cannot be used. */
  offer?: ImportedOffer;
  mailServices: number;
  problems: Problem[];
}

const ORG_SOURCE_ID = 'chatonsinfos-org';

/** Maps one organisation and its service files to an offer; every value it cannot use becomes a problem. */
export function mapOrganisation(files: OrganisationFiles, today: string): MappedOrganisation {
  const { org } = files;
  const problems: Problem[] = [];
  const mail = files.services.filter((s) => isMailService(s.props));
  const name = prop(org.props, 'organization.name');
  if (!name) return { mailServices: mail.length, problems: [{ url: org.url, reason: 'organization.name: missing, so this is not an organisation file' }] };
  if (!mail.length) return { mailServices: 0, problems };
  const orgDate = fileDate(prop(org.props, 'file.datetime'), today);
  if ('reason' in orgDate) return { mailServices: mail.length, problems: [{ url: org.url, reason: orgDate.reason }] };

  const website = prop(org.props, 'organization.website');
  const facts: Partial<Record<FactField, ImportedFact>> = {};
  const sources: ImportedSource[] = [{ id: ORG_SOURCE_ID, url: org.url, title: `ChatonsInfos: ${name} (organisation file)`, checked: orgDate.date }];
  const fromOrg = (value: unknown) => ({ value, sources: [ORG_SOURCE_ID] });
  const bad = (key: string, expected: string, got: string) => problems.push({ url: org.url, reason: `${key}: expected ${expected}, got "${got}"` });

  const type = prop(org.props, 'organization.type');
  if (type && (ORG_TYPES as readonly string[]).includes(type.toUpperCase())) facts.organisation_type = fromOrg(type.toUpperCase());
  else if (type) bad('organization.type', ORG_TYPES.join(', '), type);
  const country = prop(org.props, 'organization.country.code');
  if (country && COUNTRY_CODES.includes(country.toUpperCase())) facts.country = fromOrg(country.toUpperCase());
  else if (country) bad('organization.country.code', 'an ISO 3166-1 alpha-2 code such as FR', country);
  const place = coordinates(org.props);
  if ('reason' in place) problems.push({ url: org.url, reason: place.reason });
  else if (place.latitude !== undefined) Object.assign(facts, { latitude: fromOrg(place.latitude), longitude: fromOrg(place.longitude) });
  const contact = contactOf(org.props);
  if (contact) facts.contact = fromOrg(contact);
  const level = prop(org.props, 'organization.memberof.chatons.status.level')?.toUpperCase();
  // Only an active membership is a claim; an idle or away member is one we cannot confirm.
  if (level === 'ACTIVE') facts.chatons = fromOrg('member');
  else if (level === 'IDLE' || level === 'AWAY') facts.chatons = { value: 'unverified', sources: [] };
  else if (level) bad('organization.memberof.chatons.status.level', 'ACTIVE, IDLE or AWAY', level);

  const used = new Set([ORG_SOURCE_ID]);
  const dated: { file: FetchedFile; source: ImportedSource }[] = [];
  for (const file of mail) {
    const date = fileDate(prop(file.props, 'file.datetime'), today);
    if ('reason' in date) {
      problems.push({ url: file.url, reason: date.reason });
      continue;
    }
    const serviceName = prop(file.props, 'service.name') ?? prop(file.props, 'software.name') ?? 'mail';
    const id = uniqueId(`chatonsinfos-${slugify(serviceName) || 'mail'}`, used);
    dated.push({ file, source: { id, url: file.url, title: `ChatonsInfos: ${name}, ${serviceName} (service file)`, checked: date.date } });
  }
  const services = mailFacts(dated.map(({ file, source }) => ({ url: file.url, props: file.props, sourceId: source.id, webmail: webmailSoftware(file.props) })));
  problems.push(...services.problems);
  Object.assign(facts, services.facts);
  sources.push(...dated.map((d) => d.source));

  const offer: ImportedOffer = {
    orgUrl: org.url,
    ...(org.named && org.named !== org.url ? { orgNamed: org.named } : {}),
    name,
    id: slugify(name) || slugify(new URL(org.url).hostname),
    ...(website ? { website } : {}),
    facts,
    sources,
    // A service file whose date is unusable counts as unread: what it backed before stays.
    complete: files.complete && dated.length === mail.length,
  };
  return { offer, mailServices: mail.length, problems };
}

function uniqueId(base: string, used: Set<string>): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
