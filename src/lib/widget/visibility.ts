/**
 * Whether a banner renders at all. A forgotten snippet must fade out on its own: after its `until` day, and after the
 * release's hard end whatever its attributes. `preview` (the configurator's) overrides `until` and an earlier
 * dismissal, but not the hard end: a preview snippet pasted by mistake must not outlive the release either.
 */
import { isDayString } from './dates.ts';

export interface BannerState {
  /** The visitor's day, YYYY-MM-DD. */
  today: string;
  /** The release's hard end, baked in at release time. */
  hardEnd: string;
  /** The `until` attribute as written (null when absent). */
  until: string | null;
  preview: boolean;
  /** Closed by the visitor on this site (localStorage). */
  dismissed: boolean;
  /** The page is inside an iframe. */
  framed: boolean;
  inFrames: boolean;
}

export function bannerVisible(s: BannerState): boolean {
  if (s.today > s.hardEnd) return false;
  if (s.framed && !s.inFrames) return false;
  if (s.preview) return true;
  if (s.dismissed) return false;
  // An unreadable `until` ("31/12/2026") counts as passed: the mistake shows at once, rather than a banner that
  // silently runs until the hard end. Days compare as strings, so the shape is all that matters here.
  if (s.until !== null && (!isDayString(s.until) || s.today > s.until)) return false;
  return true;
}
