/** The closing report of a ChatonsInfos import, as the command line prints it. */
import type { Problem } from './types.ts';

export interface Counts {
  organisations: number;
  services: number;
  mailServices: number;
  created: readonly string[];
  updated: readonly string[];
  errors: readonly Problem[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The summary: counts, then each file created or updated, then each error with its URL and reason. */
export function formatSummary(c: Counts, dryRun: boolean): string {
  const would = dryRun ? ' (dry run: nothing written)' : '';
  const lines = [
    `chatonsinfos: ${plural(c.organisations, 'organisation')}, ${plural(c.services, 'service')}, ${plural(c.mailServices, 'mail service')}` +
      `; offers created: ${c.created.length}, offers updated: ${c.updated.length}, ${plural(c.errors.length, 'error')}${would}`,
    ...c.created.map((f) => `  created: ${f}`),
    ...c.updated.map((f) => `  updated: ${f}`),
    ...c.errors.map((e) => `  error: ${e.url}: ${e.reason}`),
  ];
  return lines.join('\n') + '\n';
}
