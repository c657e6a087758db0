/**
 * The no-JavaScript widget's images (src/lib/kit/templates/widget-image.ts, served as /widget/<kind>-<lang>.svg):
 * an accessible image (role="img" and a <title> saying the whole message), live text with a generic font fallback
 * (an <img> SVG loads no font), the declared size of the snippet, AA contrast for every text on what is under it, and
 * every text whole (nothing cut) and fitting its room even in a font 15 % wider than Inter.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast } from '../../src/brand/palette.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { measure } from '../../src/lib/kit/layout.ts';
import type { RectItem, Scene, TextItem } from '../../src/lib/kit/scene.ts';
import { sceneToImageSvg, WEB_FONT_FAMILY } from '../../src/lib/kit/svg-fallback.ts';
import { widgetImageScene } from '../../src/lib/kit/templates/widget-image.ts';
import { esc } from '../../src/lib/shared/html.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { BADGE_KINDS, BADGE_SIZES } from '../../src/lib/widget/snippet-badge.ts';

const tOf = (lang: string) => makeT(JSON.parse(fs.readFileSync(`src/i18n/${lang}.json`, 'utf8')));
const cases = BADGE_KINDS.flatMap((kind) => LOCALE_CODES.map((lang) => ({ kind, lang, scene: widgetImageScene(kind, lang, tOf(lang)) })));

/** The last rectangle drawn before a text that holds its anchor point: what the text is read against. */
function ground(scene: Scene, text: TextItem): RectItem {
  const before = scene.items.slice(0, scene.items.indexOf(text)).filter((i): i is RectItem => i.t === 'rect');
  return before.reverse().find((r) => text.x >= r.x && text.x <= r.x + r.w && text.y >= r.y && text.y <= r.y + r.h)!;
}

describe.each(cases)('the $kind image ($lang)', ({ kind, lang, scene }) => {
  const texts = scene.items.filter((i): i is TextItem => i.t === 'text');
  const svg = sceneToImageSvg(scene);
  const t = tOf(lang);

  it('is an accessible image whose title says the whole message', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain(`<title>${esc(t('widgets.image.alt'))}</title>`);
    expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${BADGE_SIZES[kind].width}" height="${BADGE_SIZES[kind].height}"`));
    expect(svg).toContain(`xml:lang="${lang}"`);
  });

  it('draws live text with a generic fallback after the kit font, and loads nothing', () => {
    expect(svg.match(/font-family="[^"]*"/g)).toEqual([`font-family="${WEB_FONT_FAMILY}"`]);
    expect(WEB_FONT_FAMILY).toMatch(/, sans-serif$/);
    expect(texts.map((x) => x.text).join(' ')).toContain(t(`widgets.image.${kind}.title`));
    expect(svg).not.toMatch(/<style|href=|url\(|@import/);
  });

  it('reaches WCAG AA contrast for every text', () => {
    for (const x of texts) expect(contrast(x.fill, ground(scene, x).fill), x.text).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every text whole, 12 px or more, inside its ground even 15 % wider', () => {
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const x of texts) {
      expect(x.text, 'cut').not.toMatch(/…$/);
      expect(x.size).toBeGreaterThanOrEqual(12);
      const w = measure(x.text, x.size, x.weight) * 1.15;
      const r = ground(scene, x);
      const [left, right] = x.anchor === 'middle' ? [x.x - w / 2, x.x + w / 2] : [x.x, x.x + w];
      expect(left, x.text).toBeGreaterThanOrEqual(r.x);
      expect(right, x.text).toBeLessThanOrEqual(r.x + r.w);
    }
  });
});

it('the images are drawn from the dictionaries: each locale its own words', () => {
  const [fr, en] = ['fr', 'en'].map((lang) => sceneToImageSvg(widgetImageScene('banner', lang, tOf(lang))));
  expect(fr).not.toBe(en);
});
