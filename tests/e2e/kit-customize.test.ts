/**
 * The kit customiser in Chromium, in both languages: a group types its name, adds a logo and its own address, and
 * downloads a PNG of the declared pixel size and a print PDF with its TrimBox and BleedBox, whose QR codes open the
 * address typed (the PNG read with sharp, the PDF rasterised by poppler's pdftoppm, both decoded with jsQR). A
 * hostile SVG logo runs nothing and requests nothing; the PDF library loads only for a PDF; errors sit next to
 * their fields; axe (light and dark) and the Nu checker find nothing; without JavaScript the page says why and links
 * to the ready-made files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import sharp from 'sharp';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { axe, launch, open, session } from '../../scripts/harness/browser.ts';
import { checkHtmlPages } from '../../scripts/harness/html-check.ts';
import { pngSize } from '../../src/lib/kit/customize-output.ts';

const base = inject('baseUrl');
const BLEED = 8.504;
const TRIM_A4 = [595.28, 841.89];
const LOGO_RGB = [204, 51, 0];
let browser: Browser;
let tmp: string;
const states: { name: string; html: string }[] = [];

beforeAll(async () => {
  browser = await launch();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-kc-'));
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A plain orange logo, 200 × 100: easy to find again in the picture. */
const pngLogo = () => sharp({ create: { width: 200, height: 100, channels: 4, background: { r: LOGO_RGB[0]!, g: LOGO_RGB[1]!, b: LOGO_RGB[2]!, alpha: 1 } } }).png().toBuffer();

async function openCustomizer(lang: string, opts = {}) {
  const s = await open(browser, `${base}/${lang}/kit/customize/`, { acceptDownloads: true, ...opts });
  await s.page.waitForSelector('[data-preview] img[src^="blob:"]');
  return s;
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, kind: 'png' | 'pdf'): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download="${kind}"]`)]);
  const file = path.join(tmp, dl.suggestedFilename());
  await dl.saveAs(file);
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file) };
}

async function decodePng(png: Buffer | string): Promise<{ width: number; height: number; qr: string | undefined; logoPixels: number }> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  let logoPixels = 0;
  for (let i = 0; i < data.length; i += 4) if (LOGO_RGB.every((v, k) => Math.abs(data[i + k]! - v) < 6)) logoPixels++;
  return { width: info.width, height: info.height, qr: jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data, logoPixels };
}

/** The PDF's first page at 150 dpi, by poppler (as a print shop's RIP would see it). */
function rasterisePdf(bytes: Buffer): string {
  const pdf = path.join(tmp, 'page.pdf');
  fs.writeFileSync(pdf, bytes);
  execFileSync('pdftoppm', ['-r', '150', '-png', '-singlefile', pdf, path.join(tmp, 'page')]);
  return path.join(tmp, 'page.png');
}

async function axeLightDark(page: Page, name: string): Promise<void> {
  expect(await axe(page), name).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await axe(page, ['color-contrast', 'link-in-text-block']), `${name} (dark)`).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  // A blob: URL means nothing outside the tab that made it, and the Nu checker wrongly reports blob: and data: images
  // as blocked by `img-src 'self' data: blob:` (it does so for any data: image): the preview's address is replaced
  // by a same-origin one for the check. The page's CSP itself is checked by Chromium (no console error above).
  const html = (await page.content()).replace(/src="blob:[^"]*"/g, 'src="preview.svg"');
  states.push({ name, html });
}

describe.each(['fr', 'en'] as const)('the customiser in %s', (lang) => {
  const url = `https://chatons-${lang}.example/agenda/?salle=2`;

  it('makes a PNG and a print PDF with a name and a logo, whose QR codes open the address typed', async () => {
    const s = await openCustomizer(lang);
    const { page } = s;
    await page.fill('#kc-name', 'Les Chatons de Łódź');
    await page.fill('#kc-qrUrl', url);
    await page.setInputFiles('#kc-logo', { name: 'logo.png', mimeType: 'image/png', buffer: await pngLogo() });
    await page.waitForSelector('[data-logo-state]:not([hidden])');
    // The printer's line follows the name until edited.
    expect(await page.inputValue('#kc-printer')).toMatch(/, Les Chatons de Łódź$/);
    await page.waitForFunction((u) => document.querySelector('[data-summary]')?.textContent?.includes(u), url);

    const png = await download(page, 'png');
    expect(png.name).toMatch(/^degmail-[a-z0-9-]+-poster-a4-colour\.png$/);
    const a4 = await decodePng(png.bytes);
    expect([a4.width, a4.height]).toEqual([pngSize('poster-a4').width, pngSize('poster-a4').height]);
    expect(a4.qr).toBe(url);
    expect(a4.logoPixels, 'the logo is drawn').toBeGreaterThan(1000);

    const pdf = await download(page, 'pdf');
    expect(pdf.name).toMatch(/^degmail-[a-z0-9-]+-poster-a4-colour\.pdf$/);
    const doc = await PDFDocument.load(pdf.bytes);
    const p = doc.getPage(0);
    const trim = p.getTrimBox();
    const bleed = p.getBleedBox();
    expect(trim.width).toBeCloseTo(TRIM_A4[0]!, 1);
    expect(trim.height).toBeCloseTo(TRIM_A4[1]!, 1);
    expect(Math.abs(trim.x - bleed.x - BLEED)).toBeLessThan(0.01);
    expect(Math.abs(trim.y - bleed.y - BLEED)).toBeLessThan(0.01);
    expect(Math.abs(bleed.width - trim.width - 2 * BLEED)).toBeLessThan(0.02);
    expect(Math.abs(bleed.height - trim.height - 2 * BLEED)).toBeLessThan(0.02);
    const printed = await decodePng(rasterisePdf(pdf.bytes));
    expect(printed.qr).toBe(url);
    expect(printed.logoPixels, 'the logo is in the PDF').toBeGreaterThan(100);
    expect(execFileSync('pdftotext', [path.join(tmp, 'page.pdf'), '-'], { encoding: 'utf8' })).toContain('Les Chatons de Łódź');
    expect(await page.textContent('[data-status]')).toContain(pdf.name);

    // A screen format: its own pixel size, and no PDF.
    await page.selectOption('#kc-format', 'og');
    await page.waitForSelector('[data-download="pdf"]', { state: 'hidden' });
    expect(await page.isHidden('#kc-printer')).toBe(true);
    const og = await decodePng((await download(page, 'png')).bytes);
    expect([og.width, og.height, og.qr]).toEqual([1200, 630, url]);
    await axeLightDark(page, `${lang}-made`);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('loads the PDF library only when a PDF is asked for', async () => {
    const s = await session(browser, { acceptDownloads: true });
    const scripts: string[] = [];
    // On the context: the session's visit() resets the page's own request listeners.
    s.page.context().on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await s.visit(`${base}/${lang}/kit/customize/`);
    await s.page.waitForSelector('[data-preview] img[src^="blob:"]');
    const atLoad = scripts.length;
    await download(s.page, 'png');
    expect(scripts.length).toBe(atLoad);
    await download(s.page, 'pdf');
    expect(scripts.length).toBeGreaterThan(atLoad);
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('draws a hostile SVG logo as a picture only: no script runs, nothing is requested', async () => {
    const s = await openCustomizer(lang);
    const { page } = s;
    const evil = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60" onload="top.pwned = 'onload'">
  <script>window.pwned = 'script'; try { top.pwned = 'top'; parent.pwned = 'parent'; } catch (e) {} fetch('http://127.0.0.2:9/fetch');</script>
  <style>@import url(http://127.0.0.2:9/style.css); rect.b { fill: url(http://127.0.0.2:9/paint.svg#p) }</style>
  <image href="http://127.0.0.2:9/x.png" width="120" height="60"/>
  <image xlink:href="http://127.0.0.2:9/y.png" width="120" height="60"/>
  <rect width="120" height="60" fill="#cc3300"/><rect class="b" width="10" height="10"/>
</svg>`;
    await page.fill('#kc-name', 'Les Chatons');
    await page.setInputFiles('#kc-logo', { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(evil) });
    await page.waitForSelector('[data-logo-state]:not([hidden])');
    const png = await decodePng((await download(page, 'png')).bytes);
    expect(png.logoPixels, 'the logo is drawn').toBeGreaterThan(1000);
    // HTML inside an SVG (foreignObject) is refused by the browser's canvas: the logo is turned down, said so.
    const html = evil.replace('</svg>', '<foreignObject width="9" height="9"><img xmlns="http://www.w3.org/1999/xhtml" src="http://127.0.0.2:9/z.png" onerror="top.pwned = 1"/></foreignObject></svg>');
    await page.setInputFiles('#kc-logo', { name: 'logo2.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(html) });
    await page.waitForFunction(() => document.querySelector('[data-error="logo"]')?.textContent !== '');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { pwned?: unknown }).pwned)).toBeUndefined();
    expect(await page.evaluate(() => document.querySelectorAll('svg script, foreignObject, image').length)).toBe(0);
    expect(await page.content()).not.toContain('127.0.0.2');
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('writes each problem next to its field, and a download first goes to it', async () => {
    const s = await openCustomizer(lang);
    const { page } = s;
    await page.setInputFiles('#kc-logo', { name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a\x01\x00\x01\x00') });
    await page.waitForFunction(() => document.querySelector('[data-error="logo"]')?.textContent !== '');
    await page.setInputFiles('#kc-logo', { name: 'big.png', mimeType: 'image/png', buffer: Buffer.concat([await pngLogo(), Buffer.alloc(2 * 1024 * 1024)]) });
    await page.waitForFunction(() => /2[,.]1/.test(document.querySelector('[data-error="logo"]')?.textContent ?? ''));
    expect(await page.inputValue('#kc-logo')).toBe('');
    await page.fill('#kc-name', 'Kittens 日本');
    await page.fill('#kc-qrUrl', 'javascript:alert(1)');
    await page.click('[data-download="png"]');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kc-qrUrl');
    expect(await page.getAttribute('#kc-qrUrl', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#kc-qrUrl', 'aria-describedby')).toContain('kc-qrUrl-error');
    expect(await page.textContent('[data-error="qrUrl"]')).toMatch(/https?:\/\//);
    expect(await page.textContent('[data-warning="name"]')).toContain('日 本');
    expect(await page.isVisible('[data-stale]')).toBe(true);
    await axeLightDark(page, `${lang}-errors`);
    await page.fill('#kc-qrUrl', 'chatons.example');
    await page.waitForSelector('[data-stale]', { state: 'hidden' });
    expect(await page.getAttribute('#kc-qrUrl', 'aria-invalid')).toBeNull();
    expect(s.problems).toEqual([]);
    await s.close();
  });

  it('without JavaScript, says the customiser needs it and links to the ready-made files', async () => {
    const s = await open(browser, `${base}/${lang}/kit/customize/`, { javaScriptEnabled: false });
    expect(await s.page.isHidden('[data-kc-form]')).toBe(true);
    const link = s.page.locator('noscript a, .notice a').first();
    expect(new URL((await link.getAttribute('href'))!, base).pathname).toBe(`/${lang}/kit/`);
    expect(s.problems).toEqual([]);
    await s.close();
  });
});

it('the Nu checker finds nothing in the page’s states', async () => {
  expect(states.length).toBe(4);
  expect(await checkHtmlPages(states)).toEqual([]);
}, 180_000);
