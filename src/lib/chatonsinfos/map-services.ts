/**
 * The facts an organisation's mail services give together: who can sign up, whether accounts are open, the user
 * guide, the webmail. One organisation is one offer, so several mail services (a webmail and a mail server, say)
 * must agree: when they disagree the fact is reported and left unknown rather than picked at random.
 */
import type { FactField } from '../../schemas/provider.ts';
import { prop, type Properties } from './properties.ts';
import type { ImportedFact, Problem } from './types.ts';
import { accepted, https } from './values.ts';

/** A mail service file, with the id of the source it becomes and the webmail it runs (if any). */
export interface MailService {
  url: string;
  props: Properties;
  sourceId: string;
  webmail?: string;
}

const REGISTRATION = ['None', 'Free', 'Member', 'Client'] as const;
const LOAD = ['OPEN', 'FULL'] as const;

/** The facts of the mail services of one organisation, and what could not be used. */
export function mailFacts(services: readonly MailService[]): { facts: Partial<Record<FactField, ImportedFact>>; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: Partial<Record<FactField, ImportedFact>> = {};
  const agreed = (field: FactField, key: string, read: (s: MailService, raw: string) => string | undefined) => {
    const found = services.flatMap((s) => {
      const raw = prop(s.props, key);
      const value = raw === undefined ? undefined : read(s, raw);
      return value === undefined ? [] : [{ value, service: s }];
    });
    const values = [...new Set(found.map((f) => f.value))];
    if (values.length === 1) facts[field] = { value: values[0], sources: found.map((f) => f.service.sourceId) };
    else if (values.length > 1)
      problems.push({
        url: found[0]!.service.url,
        reason: `${key}: the mail services of this organisation disagree (${found.map((f) => `${f.value} in ${f.service.url}`).join(', ')}), so it is left unknown`,
      });
  };

  agreed('registration', 'service.registration', (s, raw) => {
    const value = REGISTRATION.find((r) => r.toLowerCase() === raw.toLowerCase());
    if (value === 'None') problems.push({ url: s.url, reason: 'service.registration: "None" (no sign-up) cannot be true of a mail service, so it is left unknown' });
    else if (!value) problems.push({ url: s.url, reason: `service.registration: expected ${REGISTRATION.join(', ')}, got "${raw}"` });
    return value === 'None' ? undefined : value;
  });
  agreed('load', 'service.registration.load', (s, raw) => {
    const value = LOAD.find((l) => l === raw.toUpperCase());
    if (!value) problems.push({ url: s.url, reason: `service.registration.load: expected OPEN or FULL, got "${raw}"` });
    return value;
  });

  // Each service may have its own guide: the webmail's is the one people read first.
  const guides = [...services].sort((a, b) => Number(!a.webmail) - Number(!b.webmail))
    .map((s) => ({ s, url: accepted('docs_url', https(prop(s.props, 'service.guide.user'))) }))
    .filter((g) => g.url);
  if (guides[0]) facts.docs_url = { value: guides[0].url, sources: [guides[0].s.sourceId] };

  const webmails = services.filter((s) => s.webmail);
  if (webmails.length) {
    const ids = webmails.map((s) => s.sourceId);
    facts.webmail = { value: 'yes', sources: ids };
    facts.webmail_software = { value: [...new Set(webmails.map((s) => s.webmail))].join(', '), sources: ids };
  }
  return { facts, problems };
}
