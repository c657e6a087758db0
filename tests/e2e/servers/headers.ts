/**
 * The one table of what every deployment must send, shared by the three servers of the deploy test (and, for the
 * headers it can set, by the check of public/_headers).
 */
import fs from 'node:fs';
import path from 'node:path';
import { WIDGET } from './site.ts';
import { realOffers } from '../real-offers.ts';
import { isListed } from '../../../src/lib/offers/order.ts';
import { embedPath } from '../../../src/lib/widget/contract.ts';

/** A real provider card (the first listed offer's): the one kind of page other sites may frame. */
export const EMBED_SAMPLE = embedPath('fr', realOffers().filter(isListed)[0]!.id);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const HSTS = 'max-age=31536000';
/** What the site never uses, so Permissions-Policy must deny it. */
export const DENIED_FEATURES = ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'browsing-topics'];

export const SECURITY = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const HTML = /^text\/html; charset=utf-8$/i;
const JS = /^(text|application)\/javascript(; charset=utf-8)?$/i;
const CSS = /^text\/css(; charset=utf-8)?$/i;
const JSON_TYPE = /^application\/json(; charset=utf-8)?$/i;

export interface Sample {
  /** Under BASE; `*.css` picks a file of that folder. */
  path: string;
  status: 200 | 404;
  type: RegExp;
  /** `short`: no-cache, or a max-age of 10 minutes at most, never immutable. */
  cache: 'immutable' | 'short';
  /** `none`: frame-ancestors 'none'; `any`: no frame-ancestors, or `*`. */
  framing: 'none' | 'any';
  cors: boolean;
  /** Compressed when the client accepts it (`yes`), never (`no`), or not checked (small or error bodies). */
  compressed: 'yes' | 'no' | 'any';
}

export const SAMPLES: Sample[] = [
  { path: 'fr/', status: 200, type: HTML, cache: 'short', framing: 'none', cors: false, compressed: 'yes' },
  { path: 'en/providers/', status: 200, type: HTML, cache: 'short', framing: 'none', cors: false, compressed: 'yes' },
  { path: 'no-such-page/', status: 404, type: HTML, cache: 'short', framing: 'none', cors: false, compressed: 'any' },
  { path: EMBED_SAMPLE, status: 200, type: HTML, cache: 'short', framing: 'any', cors: false, compressed: 'yes' },
  { path: WIDGET.alias, status: 200, type: JS, cache: 'short', framing: 'none', cors: true, compressed: 'yes' },
  { path: WIDGET.release, status: 200, type: JS, cache: 'immutable', framing: 'none', cors: true, compressed: 'yes' },
  { path: '_astro/*.css', status: 200, type: CSS, cache: 'immutable', framing: 'none', cors: false, compressed: 'yes' },
  { path: '_astro/*.woff2', status: 200, type: /^font\/woff2$/, cache: 'immutable', framing: 'none', cors: false, compressed: 'no' },
  // The kit customiser's TrueType fonts: uncompressed by nature, so the servers compress them.
  { path: '_astro/*.ttf', status: 200, type: /^font\/ttf$/, cache: 'immutable', framing: 'none', cors: false, compressed: 'yes' },
  { path: 'api/v1/providers.json', status: 200, type: JSON_TYPE, cache: 'short', framing: 'none', cors: false, compressed: 'yes' },
  { path: 'favicon.svg', status: 200, type: /^image\/svg\+xml/, cache: 'short', framing: 'none', cors: false, compressed: 'any' },
  { path: 'pagefind/pagefind.js', status: 200, type: JS, cache: 'short', framing: 'none', cors: false, compressed: 'yes' },
  { path: 'pagefind/*.pf_meta', status: 200, type: /^application\/octet-stream$/, cache: 'short', framing: 'none', cors: false, compressed: 'no' },
];

/** A sample's path with its `*.ext` resolved to a real file of `site` (the served folder). */
export function resolveSample(site: string, p: string): string {
  const star = /^(.*\/)\*(\.[a-z0-9_]+)$/.exec(p);
  if (!star) return p;
  const file = fs.readdirSync(path.join(site, star[1]!)).sort().find((f) => f.endsWith(star[2]!));
  if (!file) throw new Error(`no ${star[2]} file in ${star[1]}`);
  return `${star[1]}${file}`;
}

export function isShortCache(v: string | null): boolean {
  if (!v || /immutable/.test(v)) return false;
  const age = /max-age=(\d+)/.exec(v);
  return /\bno-cache\b/.test(v) || (!!age && Number(age[1]) <= 600);
}

/**
 * Everything wrong with the headers that `s` asks for. For a _headers file (`host: 'headers-file'`), only what it
 * sets: no type, and framing on documents only (frame-ancestors means nothing elsewhere).
 */
export function headerProblems(h: Headers, s: Sample, opts: { hsts: boolean; host: 'server' | 'headers-file' }): string[] {
  const bad: string[] = [];
  const get = (k: string) => h.get(k);
  const want = (k: string, ok: boolean, what: string) => ok || bad.push(`${k}: expected ${what}, got ${JSON.stringify(get(k))}`);
  for (const [k, v] of Object.entries(SECURITY)) want(k, get(k) === v, v);
  const pp = get('permissions-policy') ?? '';
  for (const f of DENIED_FEATURES) want('permissions-policy', new RegExp(`(^|[ ,])${f}=\\(\\)`).test(pp), `${f}=()`);
  if (opts.hsts) want('strict-transport-security', get('strict-transport-security') === HSTS, HSTS);
  const csp = get('content-security-policy');
  const framed = opts.host === 'server' || s.type === HTML;
  if (framed && s.framing === 'none') want('content-security-policy', csp === "frame-ancestors 'none'", "frame-ancestors 'none' alone");
  if (framed && s.framing === 'any') want('content-security-policy', csp === null || /^frame-ancestors \*$/.test(csp), 'nothing, or frame-ancestors *');
  want('access-control-allow-origin', get('access-control-allow-origin') === (s.cors ? '*' : null), s.cors ? '*' : 'nothing');
  const cache = get('cache-control');
  if (s.cache === 'immutable') want('cache-control', cache === IMMUTABLE, IMMUTABLE);
  // A _headers file leaves short caching to the host's default (max-age=0, must-revalidate on such hosts).
  else if (opts.host === 'server' || cache !== null) want('cache-control', isShortCache(cache), 'no-cache or a short max-age');
  if (opts.host === 'server') {
    want('content-type', s.type.test(get('content-type') ?? ''), String(s.type));
    // Cache-Control is the one cache policy: no Expires to contradict it.
    want('expires', get('expires') === null, 'nothing');
  }
  return bad;
}
