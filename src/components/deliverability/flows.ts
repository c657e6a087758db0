/** Every diagram of the teaching pages, by the name a page gives it (`<Diagram name="spf" />`). */
import type { T } from '../../i18n/types.ts';
import type { Flow } from './flow-layout.ts';
import { dkimFlow, dmarcFlow, spfFlow } from './flows-auth.ts';
import { daneFlow, mtaStsFlow, tlsRptFlow } from './flows-transport.ts';
import { overviewFlow, reverseDnsFlow } from './flows-overview.ts';

export const FLOWS = {
  overview: overviewFlow,
  spf: spfFlow,
  dkim: dkimFlow,
  dmarc: dmarcFlow,
  'mta-sts': mtaStsFlow,
  'tls-rpt': tlsRptFlow,
  dane: daneFlow,
  'reverse-dns': reverseDnsFlow,
} satisfies Record<string, (t: T) => Flow>;

export type DiagramName = keyof typeof FLOWS;

export function isDiagramName(name: string): name is DiagramName {
  return Object.hasOwn(FLOWS, name);
}
