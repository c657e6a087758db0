/**
 * The visual kit as the built site serves it (dist/, from `npm run build`): every file the manifest lists is there
 * with its size, with its preview; every locale has its ZIP; every campaign message and every CHATONS member has its
 * files and no other offer has any; and a whole A4 poster, rasterised by pdftoppm, gives a QR code that opens the
 * right page of the site.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readEnv } from '../../src/env.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { PRINT_IDS, SCREEN_IDS } from '../../src/lib/kit/formats.ts';
import type { KitManifest } from '../../src/lib/kit/manifest.ts';
import { OFFER_FORMATS } from '../../src/lib/kit/spec.ts';
import { validateContentDir } from '../../src/node/content-files.ts';
import { kitOffers } from '../../src/node/kit/inputs.ts';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { contentPath } from '../../src/node/paths.ts';
import { decodeQr, rasterisePdf, zipEntries } from '../kit-check.ts';

const DIST = 'dist';
/** The page a campaign message's QR code opens, after the locale, as its content file says. */
const messagePath = (lang: string, id: string) => readKitMessages(readEnv().contentDir, lang).find((m) => m.id === id)?.path ?? '';
const manifestFile = path.join(DIST, 'kit', 'manifest.json');
const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as KitManifest;
const inDist = (p: string) => path.join(DIST, ...p.split('/'));

describe('the kit in the build', () => {
  it('has every file of the manifest, with its size and its preview', () => {
    expect(manifest.files.length).toBeGreaterThan(0);
    const wrong = manifest.files.flatMap((f) => {
      if (!fs.existsSync(inDist(f.path))) return [`${f.path}: missing`];
      const size = fs.statSync(inDist(f.path)).size;
      return [...(size === f.bytes ? [] : [`${f.path}: ${size} bytes, the manifest says ${f.bytes}`]), ...(fs.existsSync(inDist(f.thumb.path)) ? [] : [`${f.thumb.path}: missing`])];
    });
    expect(wrong).toEqual([]);
  });

  it('has a ZIP per locale, with every file of that locale and the licence note', () => {
    expect(manifest.zips.map((z) => z.lang).sort()).toEqual([...LOCALE_CODES].sort());
    for (const z of manifest.zips) {
      const bytes = fs.readFileSync(inDist(z.path));
      expect(bytes.length).toBe(z.bytes);
      const names = Object.keys(zipEntries(bytes)).map((n) => n.replace(/^[^/]+\//, ''));
      const mine = manifest.files.filter((f) => f.lang === z.lang).map((f) => f.path.slice(`kit/${z.lang}/`.length));
      expect(names.sort()).toEqual([...mine, 'LICENCE.txt'].sort());
    }
  });

  it('has every format of every campaign message, in every locale', () => {
    const paths = new Set(manifest.files.map((f) => f.path));
    for (const lang of LOCALE_CODES)
      for (const m of readKitMessages(contentPath(), lang)) {
        const want = [...PRINT_IDS.flatMap((f) => [`${f}-colour.pdf`, `${f}-mono.pdf`]), ...SCREEN_IDS.map((f) => `${f}-colour.png`)];
        for (const w of want) expect(paths).toContain(`kit/${lang}/campaign/${m.id}/${w}`);
      }
  });

  it('has a poster, flyer and card for every CHATONS member, and nothing for the other offers', async () => {
    const { entries } = await validateContentDir(contentPath());
    const members = kitOffers(entries);
    expect(members.length).toBeGreaterThan(0);
    expect(members.length).toBeLessThan(entries.length);
    for (const lang of LOCALE_CODES) {
      for (const o of members) for (const f of OFFER_FORMATS) expect(fs.existsSync(inDist(`kit/${lang}/offers/${o.id}/${f}-colour.pdf`)), `${lang} ${o.id} ${f}`).toBe(true);
      for (const o of entries.filter((e) => !members.includes(e))) expect(fs.existsSync(inDist(`kit/${lang}/offers/${o.id}`)), `${lang} ${o.id}`).toBe(false);
    }
    const offerIds = new Set(manifest.files.filter((f) => f.group === 'offer').map((f) => f.subject));
    expect([...offerIds].sort()).toEqual(members.map((o) => o.id).sort());
  });

  it('serves the files over HTTP with their type', async () => {
    const base = inject('baseUrl');
    for (const type of ['pdf', 'png', 'svg'] as const) {
      const f = manifest.files.find((x) => x.type === type)!;
      const r = await fetch(`${base}/${f.path}`);
      expect(r.status, f.path).toBe(200);
      expect(r.headers.get('content-type'), f.path).toMatch(type === 'pdf' ? /^application\/pdf/ : type === 'png' ? /^image\/png/ : /^image\/svg\+xml/);
      expect((await r.arrayBuffer()).byteLength, f.path).toBe(f.bytes);
    }
  });

  it('prints QR codes that open the right page: whole A4 posters, rasterised at 150 dpi', async () => {
    const env = readEnv();
    const site = `${env.site.replace(/\/+$/, '')}${env.base}`;
    const posters = manifest.files.filter((f) => f.format === 'poster-a4' && f.ink === 'colour' && f.type === 'pdf');
    expect(posters.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const f of posters) {
      const url = f.group === 'campaign' ? `${site}${f.lang}/${messagePath(f.lang, f.subject)}` : `${site}${f.lang}/providers/${f.subject}/`;
      const got = await decodeQr(rasterisePdf(inDist(f.path), 150));
      if (got !== url) wrong.push(`${f.path}: ${got ?? 'no QR code found'}, expected ${url}`);
    }
    expect(wrong).toEqual([]);
  }, 120_000);
});
