/** The offers of the real content, read and checked as the build reads them, so tests derive what they expect. */
import fs from 'node:fs';
import { checkProviders } from '../../src/lib/content/check.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

/** Published offers (drafts left out), in file order. */
export function realOffers(): ProviderEntry[] {
  const dir = 'content/providers';
  const files = fs.readdirSync(dir).sort().map((f) => ({ path: `${dir}/${f}`, text: fs.readFileSync(`${dir}/${f}`, 'utf8') }));
  return checkProviders(files).entries.filter((o) => o.draft !== true);
}
