/**
 * Walks a ChatonsInfos federation: the federation file names organisation files (`subs.*`), each organisation file
 * names its service files. Every file that cannot be read or parsed is reported with its URL and the walk goes on.
 * A remote file may only lead to http(s) URLs: a `file:` URL in a file served by someone else is never opened.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProperties, ParsePropertiesError, subs } from '../../lib/chatonsinfos/properties.ts';
import type { FetchedFile, OrganisationFiles, Problem } from '../../lib/chatonsinfos/types.ts';
import { fetchFile } from './fetch-file.ts';
import { DEFAULT_LIMITS, limiter, type Limits } from './limits.ts';

export interface Progress {
  done: number;
  total: number;
  errors: number;
}

export interface CrawlOptions extends Partial<Limits> {
  /** Called each time a file is done. */
  onProgress?: (p: Progress) => void;
}

export interface CrawlResult {
  organisations: OrganisationFiles[];
  /** Service files read. */
  services: number;
  problems: Problem[];
}

/** A command-line argument as a URL: http(s) and file: URLs as they are, anything else a path from the cwd. */
export function toUrl(arg: string): string {
  return /^(https?|file):/i.test(arg) ? new URL(arg).href : pathToFileURL(path.resolve(arg)).href;
}

/** Reads the federation at `start` (a path or a URL) and every organisation and service file it leads to. */
export async function crawlFederation(start: string, options: CrawlOptions = {}): Promise<CrawlResult> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...definedOnly(options) };
  const limit = limiter(limits.concurrency);
  const problems: Problem[] = [];
  const progress: Progress = { done: 0, total: 1, errors: 0 };
  const report = (p: Problem) => {
    problems.push(p);
    progress.errors++;
  };

  const tick = () => options.onProgress?.({ ...progress });
  // Progress is told once the files a file names are counted in the total, so done never reaches a total still growing.
  const read = async (url: string): Promise<FetchedFile | undefined> => {
    const got = await fetchFile(url, limits, limit);
    progress.done++;
    let file: FetchedFile | undefined;
    if (!got.ok) report({ url: got.url, reason: got.reason });
    else {
      try {
        file = { url: got.url, ...(got.url !== url ? { named: url } : {}), props: parseProperties(got.bytes) };
      } catch (e) {
        if (!(e instanceof ParsePropertiesError)) throw e;
        report({ url: got.url, reason: `malformed: ${e.message}` });
      }
    }
    return file;
  };

  const federation = await read(toUrl(start));
  const orgUrls = federation ? follow(federation, report).urls : [];
  if (federation && !orgUrls.length) report({ url: federation.url, reason: 'names no organisation file (no subs.* key): is it a federation file?' });
  progress.total += orgUrls.length;
  tick();
  if (!federation) return { organisations: [], services: 0, problems };

  let services = 0;
  const organisations = await Promise.all(
    orgUrls.map(async (orgUrl): Promise<OrganisationFiles | undefined> => {
      const org = await read(orgUrl);
      const named = org ? follow(org, report) : { urls: [], refused: 0 };
      progress.total += named.urls.length;
      tick();
      if (!org) return undefined;
      const results = await Promise.all(named.urls.map(async (url) => {
        const file = await read(url);
        tick();
        return file;
      }));
      const found = results.filter((s): s is FetchedFile => s !== undefined);
      services += found.length;
      // A file not followed or not read may hold facts an earlier import took: the merge must not forget them.
      return { org, services: found, complete: !named.refused && found.length === named.urls.length };
    }),
  );
  return { organisations: organisations.filter((o): o is OrganisationFiles => o !== undefined), services, problems };
}

/**
 * The URLs a file names in its `subs.*` keys, resolved against the file's own URL, each once. From a remote file
 * only http(s) URLs are followed; from a local file, local paths and http(s) URLs.
 */
function follow(file: FetchedFile, report: (p: Problem) => void): { urls: string[]; refused: number } {
  const local = file.url.startsWith('file:');
  const out: string[] = [];
  let refused = 0;
  for (const { id, ref } of subs(file.props)) {
    let url: URL;
    try {
      url = new URL(ref, file.url);
    } catch {
      report({ url: file.url, reason: `subs.${id}: expected a URL or a relative path, got "${ref}"` });
      refused++;
      continue;
    }
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    if (!web && !(local && url.protocol === 'file:')) {
      const allowed = local ? 'an http(s) URL or a local path' : 'an http(s) URL (a file served over the network may not open local files)';
      report({ url: file.url, reason: `subs.${id}: expected ${allowed}, got ${url.href}: not followed` });
      refused++;
      continue;
    }
    if (!out.includes(url.href)) out.push(url.href);
  }
  return { urls: out, refused };
}

function definedOnly(o: CrawlOptions): Partial<Limits> {
  const { timeoutMs, maxBytes, maxRedirects, concurrency } = o;
  return Object.fromEntries(Object.entries({ timeoutMs, maxBytes, maxRedirects, concurrency }).filter(([, v]) => v !== undefined));
}
