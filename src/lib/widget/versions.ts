/**
 * Release versions (X.Y.Z) and the manifest's order: the moving alias serves the latest release of its major
 * version, and the configurator offers the latest release.
 */
import type { WidgetRelease } from './contract.ts';

export function isVersion(v: string): boolean {
  return /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(v);
}

/** Negative, zero or positive, as Array.sort wants: 1.10.0 comes after 1.9.0. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if (x![i] !== y![i]) return x![i]! - y![i]!;
  return 0;
}

/** The newest release, of one major version when given; undefined when there is none. */
export function latestRelease(releases: readonly WidgetRelease[], major?: number): WidgetRelease | undefined {
  return releases
    .filter((r) => major === undefined || Number(r.version.split('.')[0]) === major)
    .reduce<WidgetRelease | undefined>((best, r) => (!best || compareVersions(r.version, best.version) > 0 ? r : best), undefined);
}
