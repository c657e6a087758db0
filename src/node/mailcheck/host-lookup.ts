/**
 * A host-name resolver for node:net/https built on the check's `Lookup`, so the MTA-STS policy host is resolved by
 * the same DNS server as everything else (`--dns`), not by the system's.
 */
import type { LookupAddress, LookupOneOptions } from 'node:dns';
import type { LookupFunction } from 'node:net';
import type { Lookup } from '../../lib/mailcheck/contract.ts';

type Callback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export function hostLookup(lookup: Lookup): LookupFunction {
  const resolve = (hostname: string, options: LookupOneOptions & { all?: boolean }, callback: Callback) => {
    void Promise.all([lookup(hostname, 'A'), lookup(hostname, 'AAAA')]).then(([v4, v6]) => {
      const addresses: LookupAddress[] = [
        ...(v4.status === 'ok' ? v4.records.map((address) => ({ address, family: 4 })) : []),
        ...(v6.status === 'ok' ? v6.records.map((address) => ({ address, family: 6 })) : []),
      ].filter((a) => !options.family || a.family === options.family);
      if (!addresses.length) {
        // Both names do not exist (or have no address): "no such host". Else the DNS did not answer.
        const gone = [v4, v6].every((a) => a.status === 'nxdomain' || a.status === 'nodata' || a.status === 'ok');
        const err: NodeJS.ErrnoException = new Error(`${gone ? 'ENOTFOUND' : 'EAI_AGAIN'} ${hostname}`);
        err.code = gone ? 'ENOTFOUND' : 'EAI_AGAIN';
        return callback(err, '');
      }
      if (options.all) callback(null, addresses);
      else callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
  return resolve as unknown as LookupFunction;
}
