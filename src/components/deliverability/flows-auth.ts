/**
 * The diagrams of the three authentication mechanisms (SPF, DKIM, DMARC): words from the dictionary, records in
 * generic form (example.org, 192.0.2.x, selector s1), the same in every language.
 */
import type { T } from '../../i18n/types.ts';
import type { Flow } from './flow-layout.ts';

export function spfFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.spf.title'),
    desc: t('deliverability.diagram.spf.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.spf.sender'), text: t('deliverability.diagram.spf.senderText') }], next: t('deliverability.diagram.spf.deliver') },
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.spf.receiver'), text: t('deliverability.diagram.spf.receiverText') }], next: t('deliverability.diagram.spf.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.spf.dns'), code: ['v=spf1 ip4:192.0.2.10 -all'] }], next: t('deliverability.diagram.spf.compare') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.spf.pass') }, { kind: 'fail', title: t('deliverability.diagram.spf.fail') }] },
    ],
  };
}

export function dkimFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.dkim.title'),
    desc: t('deliverability.diagram.dkim.desc'),
    rows: [
      { boxes: [{ kind: 'server', title: t('deliverability.diagram.dkim.sender'), text: t('deliverability.diagram.dkim.senderText') }], next: t('deliverability.diagram.dkim.send') },
      { boxes: [{ kind: 'message', title: t('deliverability.diagram.dkim.message'), code: ['DKIM-Signature: v=1; d=example.org; s=s1; b=kX3q…'] }], next: t('deliverability.diagram.dkim.lookup') },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.dkim.dns'), code: ['s1._domainkey.example.org', 'v=DKIM1; k=rsa; p=MIIBIjAN…'] }], next: t('deliverability.diagram.dkim.verify') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.dkim.pass') }, { kind: 'fail', title: t('deliverability.diagram.dkim.fail') }] },
    ],
  };
}

export function dmarcFlow(t: T): Flow {
  return {
    title: t('deliverability.diagram.dmarc.title'),
    desc: t('deliverability.diagram.dmarc.desc'),
    rows: [
      { boxes: [{ kind: 'message', title: t('deliverability.diagram.dmarc.message'), code: ['From: alice@example.org'] }], next: t('deliverability.diagram.dmarc.compare') },
      {
        boxes: [
          { kind: 'server', title: t('deliverability.diagram.dmarc.spf'), code: ['example.org'] },
          { kind: 'server', title: t('deliverability.diagram.dmarc.dkim'), code: ['d=example.org'] },
        ],
        next: t('deliverability.diagram.dmarc.lookup'),
      },
      { boxes: [{ kind: 'record', title: t('deliverability.diagram.dmarc.dns'), code: ['_dmarc.example.org', 'v=DMARC1; p=quarantine; rua=mailto:dmarc@example.org'] }], next: t('deliverability.diagram.dmarc.apply') },
      { boxes: [{ kind: 'pass', title: t('deliverability.diagram.dmarc.pass') }, { kind: 'fail', title: t('deliverability.diagram.dmarc.fail') }] },
    ],
  };
}
