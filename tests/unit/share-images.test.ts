/**
 * Share images, run the way the build's integration runs them but over a small output folder of our own: each page
 * gets a 1200 × 630 PNG of its title, the cache makes a second run draw nothing, and a changed title draws exactly
 * that image again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { readShareTags, writeShareImages, type ShareImageOptions } from '../../src/node/kit/share-images.ts';
import { shareImageLabel, shareImagePath } from '../../src/lib/kit/share-image.ts';
import { scenePng } from '../../src/node/kit/png.ts';
import type { Scene } from '../../src/lib/kit/scene.ts';

const SITE = 'https://example.org';
const BASE = '/degmail/';
const temps: string[] = [];
const temp = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-og-'));
  temps.push(d);
  return d;
};
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A built page as Base.astro writes it (Astro escapes attribute values). */
function page(out: string, sitePath: string, lang: string, title: string, image = `${SITE}${BASE}${shareImagePath(sitePath)}`): void {
  const file = path.join(out, sitePath.endsWith('.html') ? sitePath : `${sitePath}index.html`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  fs.writeFileSync(file, `<!doctype html><html lang="${lang}" dir="ltr"><head><title>x</title><meta property="og:title" content="${attr(title)}"><meta property="og:image" content="${attr(image)}"></head><body></body></html>`);
}

/** Runs the integration's function, counting what it draws. */
async function run(out: string, cacheDir: string, extra: Partial<ShareImageOptions> = {}) {
  const drawn: Scene[] = [];
  const r = await writeShareImages({ outDir: out, site: SITE, base: BASE, cacheDir, draw: (s) => (drawn.push(s), scenePng(s, 1200)), ...extra });
  return { ...r, drawn: drawn.length, scenes: drawn };
}

describe('share images', () => {
  it('names each image after its page, and prints the site address of the page’s language', () => {
    expect(shareImagePath('fr/providers/nubo/')).toBe('og/fr/providers/nubo.png');
    expect(shareImagePath('fr/')).toBe('og/fr.png');
    expect(shareImagePath('404.html')).toBe('og/404.png');
    expect(shareImagePath('/404/')).toBe('og/404.png');
    expect(shareImagePath('')).toBe('og/index.png');
    expect(shareImageLabel(SITE, BASE, 'en')).toBe('example.org/degmail/en/');
  });

  it('reads the tags back from the HTML, entities decoded', () => {
    const html = '<html lang="fr"><head><meta content="Quitter Gmail &amp; Outlook : «&#8239;vite&#8239;»" property="og:title"><meta property="og:image" content="https://x/og/a.png"></head><body><meta property="og:image" content="https://x/no.png"></body></html>';
    expect(readShareTags(html)).toEqual({ image: 'https://x/og/a.png', title: 'Quitter Gmail & Outlook : «\u202fvite\u202f»', lang: 'fr' });
    expect(readShareTags('<html lang="fr"><head><meta property="og:title" content="x"></head></html>')).toBeNull();
  });

  it('draws a 1200 × 630 PNG per page, the title in it, and a second run draws nothing', async () => {
    const out = temp();
    const cache = temp();
    page(out, 'fr/', 'fr', 'Quittez Gmail, rejoignez un chaton');
    page(out, 'en/', 'en', 'Leave Gmail, join a kitten');
    page(out, 'fr/providers/nubo/', 'fr', 'Nubo & « les autres »');
    page(out, '404.html', 'fr', 'Page introuvable');
    const first = await run(out, cache);
    expect(first).toMatchObject({ total: 4, drawn: 4, cached: 0 });
    expect(first.scenes.map((s) => s.lang).sort()).toEqual(['en', 'fr', 'fr', 'fr']);
    const texts = first.scenes.flatMap((s) => s.items.flatMap((i) => (i.t === 'text' ? [i.text] : [])));
    expect(texts.join(' ')).toContain('example.org/degmail/fr/');
    for (const f of ['og/fr.png', 'og/en.png', 'og/fr/providers/nubo.png', 'og/404.png']) {
      const meta = await sharp(path.join(out, f)).metadata();
      expect([f, meta.format, meta.width, meta.height]).toEqual([f, 'png', 1200, 630]);
    }
    const bytes = (f: string) => fs.readFileSync(path.join(out, f));
    expect(bytes('og/fr.png').equals(bytes('og/en.png'))).toBe(false);

    // The next build writes the same pages into a fresh output folder: everything comes from the cache, unchanged.
    const out2 = temp();
    fs.cpSync(out, out2, { recursive: true, filter: (src) => !src.includes(`${path.sep}og`) });
    const second = await run(out2, cache);
    expect(second).toMatchObject({ total: 4, drawn: 0, cached: 4 });
    for (const f of ['og/fr.png', 'og/en.png', 'og/fr/providers/nubo.png', 'og/404.png']) expect(fs.readFileSync(path.join(out2, f)).equals(bytes(f))).toBe(true);

    // A new title draws that image again, and only it.
    page(out2, 'en/', 'en', 'Leave Gmail today');
    expect(await run(out2, cache)).toMatchObject({ total: 4, drawn: 1, cached: 3 });
  }, 30_000);

  it('redraws every image for another address, which they print', async () => {
    const out = temp();
    const cache = temp();
    page(out, 'fr/', 'fr', 'Accueil', `https://other.example${BASE}og/fr.png`);
    const r = await run(out, cache, { site: 'https://other.example' });
    expect(r.drawn).toBe(1);
    expect(r.scenes[0]!.items.some((i) => i.t === 'text' && i.text === 'other.example/degmail/fr/')).toBe(true);
  });

  it('forgets cached images unused for a week, and keeps recent ones another build may still use', async () => {
    const out = temp();
    const cache = temp();
    page(out, 'fr/', 'fr', 'Accueil');
    const old = path.join(cache, 'old.png');
    const recent = path.join(cache, 'recent.png');
    fs.writeFileSync(old, 'x');
    fs.writeFileSync(recent, 'x');
    const longAgo = new Date(Date.now() - 8 * 24 * 3600 * 1000);
    fs.utimesSync(old, longAgo, longAgo);
    await run(out, cache);
    expect([fs.existsSync(old), fs.existsSync(recent)]).toEqual([false, true]);
    expect(fs.readdirSync(cache).filter((f) => f.endsWith('.png')).length).toBe(2);
  });

  it('refuses an image outside the site, or one image asked for with two titles', async () => {
    const out = temp();
    page(out, 'fr/', 'fr', 'Accueil', 'https://elsewhere.example/og/fr.png');
    await expect(run(out, temp())).rejects.toThrow(/outside the site/);
    const out2 = temp();
    page(out2, 'fr/', 'fr', 'Accueil');
    page(out2, '404.html', 'fr', 'Page introuvable', `${SITE}${BASE}og/fr.png`);
    await expect(run(out2, temp())).rejects.toThrow(/two titles/);
  });
});
