/**
 * Moving one's own domain name: publish the records the new host gives, wait out the old records' TTL with the old
 * box still open, and have the host confirm. Only for people who have or want their own domain. No host name is
 * written here: the records come from the new host. Facts from the standards and Gmail's sender rules.
 */
import type { Ctx, Step } from './types.ts';

/** The public documents behind the step's facts. */
export const DOMAIN_SOURCES = {
  mx: 'https://www.rfc-editor.org/rfc/rfc5321',
  spf: 'https://www.rfc-editor.org/rfc/rfc7208',
  dkim: 'https://www.rfc-editor.org/rfc/rfc6376',
  dmarc: 'https://www.rfc-editor.org/rfc/rfc7489',
  gmailSenders: 'https://support.google.com/mail/answer/81126',
  ttl: 'https://www.rfc-editor.org/rfc/rfc1035',
} as const;

export function domainStep(c: Ctx): Step | null {
  if (c.answers.domain !== true) return null;
  const name = c.offer?.name ?? c.t('plan.domain.theHost');
  return {
    id: 'domain',
    title: c.t('plan.step.domain.title'),
    items: [c.t('plan.domain.records', { offer: name }), c.t('plan.domain.why'), c.t('plan.domain.ttl'), c.t('plan.domain.confirm', { offer: name })],
    links: [
      c.source(c.t('plan.src.rfc5321'), DOMAIN_SOURCES.mx),
      c.source(c.t('plan.src.rfc7208'), DOMAIN_SOURCES.spf),
      c.source(c.t('plan.src.rfc6376'), DOMAIN_SOURCES.dkim),
      c.source(c.t('plan.src.rfc7489'), DOMAIN_SOURCES.dmarc),
      c.source(c.t('plan.src.gmailSenders'), DOMAIN_SOURCES.gmailSenders),
      c.source(c.t('plan.src.rfc1035'), DOMAIN_SOURCES.ttl),
    ],
  };
}
