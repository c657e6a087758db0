/**
 * The `<script>` line of the banner and nudge snippets: the latest versioned release with its Subresource Integrity
 * (the browser refuses bytes that differ from the release's), or the moving alias without it (its bytes change with
 * each 1.x release, so no hash could stay valid). Both fetch without credentials and send no referrer.
 */
import { ALIAS_PATH, type WidgetRelease, type WidgetReleases } from './contract.ts';
import { attributes, siteRoot } from './snippet-html.ts';

/** "1.10.0" → [1, 10, 0]; anything unreadable sorts first. */
function versionParts(version: string): number[] {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [-1, -1, -1];
}

function compareVersions(a: string, b: string): number {
  const [x, y] = [versionParts(a), versionParts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

/** The newest release by semantic version (not by its place in the file), or undefined when there is none yet. */
export function latestRelease(manifest: WidgetReleases | undefined): WidgetRelease | undefined {
  return [...(manifest?.releases ?? [])].sort((a, b) => compareVersions(b.version, a.version))[0];
}

/** Where the script is: the release's own file, or the alias. */
export type ScriptSource = { kind: 'release'; release: WidgetRelease } | { kind: 'alias' };

/**
 * The script element. `defer`: it runs after the host's HTML is parsed and never delays its first paint; the
 * elements upgrade whenever it runs, and until then the banner's fallback link shows.
 */
export function scriptTag(siteUrl: string, source: ScriptSource): string {
  const root = siteRoot(siteUrl);
  const src = source.kind === 'release' ? `${root}${source.release.file}` : `${root}${ALIAS_PATH}`;
  return `<script${attributes([
    ['src', src],
    ['integrity', source.kind === 'release' ? source.release.integrity : undefined],
    ['crossorigin', 'anonymous'],
    ['referrerpolicy', 'no-referrer'],
    ['defer', true],
  ])}></script>`;
}
