/** The overview's diagram (a message's way to a big provider) and the reverse DNS one: words from the dictionary. */
import type { T } from '../../i18n/types.ts';
import type { Flow } from './flow-layout.ts';

export function overviewFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.overview.title'),
    desc: t('deliverability.diagram.overview.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.overview.sender'), text: t('deliverability.diagram.overview.senderText') }], next: t('deliverability.diagram.overview.deliver') },
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.overview.receiver'), text: t('deliverability.diagram.overview.receiverText') }], next: t('deliverability.diagram.overview.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.overview.dns'), code: ['MX · SPF · DKIM · DMARC', 'MTA-STS · TLS-RPT · DANE · PTR'] }], next: t('deliverability.diagram.overview.decide') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.overview.inbox') }, { kind: 'fail', title: t('deliverability.diagram.overview.spam') }] },
    ],
  };
}

export function reverseDnsFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.reverse-dns.title'),
    desc: t('deliverability.diagram.reverse-dns.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.reverse-dns.sender'), text: t('deliverability.diagram.reverse-dns.senderText') }], next: t('deliverability.diagram.reverse-dns.ptr') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.reverse-dns.ptrBox'), code: ['10.2.0.192.in-addr.arpa', 'PTR mx1.example.org'] }], next: t('deliverability.diagram.reverse-dns.forward') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.reverse-dns.aBox'), code: ['mx1.example.org', 'A 192.0.2.10'] }], next: t('deliverability.diagram.reverse-dns.compare') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.reverse-dns.pass') }, { kind: 'fail', title: t('deliverability.diagram.reverse-dns.fail') }] },
    ],
  };
}
