/**
 * The diagrams of the mechanisms that protect the connection to a domain's mail servers (MTA-STS, TLS-RPT, DANE):
 * words from the dictionary, records in generic form, the same in every language.
 */
import type { T } from '../../i18n/types.ts';
import type { Flow } from './flow-layout.ts';

export function mtaStsFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.mta-sts.title'),
    desc: t('deliverability.diagram.mta-sts.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.mta-sts.sender'), text: t('deliverability.diagram.mta-sts.senderText') }], next: t('deliverability.diagram.mta-sts.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.mta-sts.dns'), code: ['_mta-sts.example.org', 'v=STSv1; id=20240601'] }], next: t('deliverability.diagram.mta-sts.fetch') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.mta-sts.policy'), code: ['version: STSv1', 'mode: enforce', 'mx: mx1.example.org', 'max_age: 604800'] }], next: t('deliverability.diagram.mta-sts.connect') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.mta-sts.pass') }, { kind: 'fail', title: t('deliverability.diagram.mta-sts.fail') }] },
    ],
  };
}

export function tlsRptFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.tls-rpt.title'),
    desc: t('deliverability.diagram.tls-rpt.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.tls-rpt.senders'), text: t('deliverability.diagram.tls-rpt.sendersText') }], next: t('deliverability.diagram.tls-rpt.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.tls-rpt.dns'), code: ['_smtp._tls.example.org', 'v=TLSRPTv1; rua=mailto:tls-reports@example.org'] }], next: t('deliverability.diagram.tls-rpt.report') },
      { boxes: [{ kind: 'message', title: t('deliverability.diagram.tls-rpt.inbox'), text: t('deliverability.diagram.tls-rpt.inboxText') }] },
    ],
  };
}

export function daneFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.dane.title'),
    desc: t('deliverability.diagram.dane.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.dane.sender'), text: t('deliverability.diagram.dane.senderText') }], next: t('deliverability.diagram.dane.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.dane.dns'), code: ['_25._tcp.mx1.example.org', 'TLSA 3 1 1 0a1b2c3d…'] }], next: t('deliverability.diagram.dane.compare') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.dane.pass') }, { kind: 'fail', title: t('deliverability.diagram.dane.fail') }] },
    ],
  };
}
