/**
 * Share images on the real build: every page declares an og:image with its size and alt text and a large Twitter
 * card, and the image is there, a 1200 × 630 PNG, under the site's own address. Pages with different titles show
 * different pictures. (The cache, and a second run drawing nothing, are tested in tests/unit/share-images.test.ts.)
 */
import crypto from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { builtPages } from '../../scripts/harness/browser.ts';
import { readEnv } from '../../src/env.ts';

const base = inject('baseUrl');
// "/" only sends visitors on to /fr/, and the /embed/ cards live in other sites' frames: no one shares them.
const pages = builtPages().filter((p) => p !== '/' && !p.startsWith('/embed/'));
// The build's own address (SITE + BASE): absolute og:image URLs start with it, and map onto the test server.
const env = readEnv();
const siteRoot = new URL(env.base, env.site).href;

interface Tags {
  meta: Map<string, string>;
  lang: string;
}
async function tagsOf(path: string): Promise<Tags> {
  const html = await (await fetch(`${base}${path}`)).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const meta = new Map<string, string>();
  for (const m of head.matchAll(/<meta\s+(?:property|name)="([^"]+)"\s+content="([^"]*)"/g)) meta.set(m[1]!, m[2]!);
  return { meta, lang: /<html lang="([^"]+)"/.exec(html)?.[1] ?? '' };
}

/** Width and height from a PNG's IHDR chunk, or null when the bytes are not a PNG. */
function pngSize(b: Buffer): { width: number; height: number } | null {
  if (!b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

const images = new Map<string, { title: string; lang: string; hash: string }>();

describe('every page has a share image of its own title', () => {
  it.each(pages)('%s', async (path) => {
    const { meta, lang } = await tagsOf(path);
    const image = meta.get('og:image') ?? '';
    expect(image, 'og:image is absolute, on the site').toMatch(new RegExp(`^${siteRoot.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}og/.+\\.png$`));
    expect(meta.get('og:image:width')).toBe('1200');
    expect(meta.get('og:image:height')).toBe('630');
    expect(meta.get('og:image:type')).toBe('image/png');
    expect(meta.get('og:type')).toMatch(/^(website|article)$/);
    expect(meta.get('twitter:card')).toBe('summary_large_image');
    const title = meta.get('og:title') ?? '';
    expect(title).not.toBe('');
    expect(meta.get('og:image:alt'), 'the alt text says what the image shows: the title').toContain(title);

    const res = await fetch(`${base}/${image.slice(siteRoot.length)}`);
    expect(res.status, image).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
    images.set(image, { title, lang, hash: crypto.createHash('sha256').update(bytes).digest('hex') });
  });

  it('pages with different titles have different pictures', () => {
    expect(images.size, 'the pages above were checked first').toBeGreaterThan(1);
    const byHash = new Map<string, Set<string>>();
    for (const { title, lang, hash } of images.values()) byHash.set(hash, (byHash.get(hash) ?? new Set()).add(`${lang}: ${title}`));
    const shared = [...byHash.values()].filter((titles) => titles.size > 1).map((titles) => [...titles].join(' = '));
    expect(shared).toEqual([]);
  });
});
