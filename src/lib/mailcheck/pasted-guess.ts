/**
 * The domain a paste is about, when its names say it: the owner of its SPF or MX records, else the parent of its
 * `_dmarc.`, `_mta-sts.`, `_smtp._tls.` or `<selector>._domainkey.` names. Relative names (no `$ORIGIN`) say nothing.
 */
import type { PastedRecord } from './pasted-rdata.ts';
import { isSpfRecord } from './spf-parse.ts';

const PREFIXES = [/^_dmarc\.(.+)$/, /^_mta-sts\.(.+)$/, /^_smtp\._tls\.(.+)$/, /^[^.]+\._domainkey\.(.+)$/];

export function guessDomain(records: readonly PastedRecord[]): string | undefined {
  const named = records.filter((r) => !r.relative && r.name !== '');
  const owner = named.find((r) => r.type === 'MX' || (r.type === 'TXT' && isSpfRecord(r.data)));
  if (owner) return owner.name;
  for (const re of PREFIXES) {
    for (const r of named) {
      const m = re.exec(r.name);
      if (m) return m[1];
    }
  }
  return undefined;
}
