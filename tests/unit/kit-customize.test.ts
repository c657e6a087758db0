/**
 * The customiser's pure helpers: the QR address check, the spec built from the form (errors and warnings tied to
 * their fields, what the font lacks left out), the plain-text summary, the downloads' sizes and names, and the
 * logo's checks by its bytes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { customizerMessages } from '../../src/node/kit/customizer-messages.ts';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { checkQrUrl, QR_URL_MAX } from '../../src/lib/kit/customize-url.ts';
import { buildSpec, cutIssues, defaultPrinterLine, TEXT_MAX, type CustomizeValues } from '../../src/lib/kit/customize-spec.ts';
import { summaryLines } from '../../src/lib/kit/customize-summary.ts';
import { fileName, hasPdf, pngScale, pngSize } from '../../src/lib/kit/customize-output.ts';
import { checkLogo, LOGO_MAX_BYTES, megabytes, rasterSize, sniffLogo } from '../../src/lib/kit/customize-logo.ts';
import { FORMAT_IDS, FORMATS, frameOf } from '../../src/lib/kit/formats.ts';
import { missingGlyphs } from '../../src/lib/kit/layout.ts';
import { campaignScene } from '../../src/lib/kit/templates/campaign.ts';
import { DICTIONARIES } from '../../src/i18n/index.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import type { KitMessage } from '../../src/lib/kit/spec.ts';

const messages: KitMessage[] = [{ id: 'small-hosts', headline: 'De petits hébergeurs éthiques existent', line: 'Une centaine.', cta: 'Trouvez le vôtre' }];
const values = (v: Partial<CustomizeValues> = {}): CustomizeValues => ({
  message: 'small-hosts', format: 'poster-a4', ink: 'colour', name: '', place: '', date: '', printer: '', noLitter: true,
  qrUrl: 'https://degmail.example/fr/', ...v,
});
const build = (v: Partial<CustomizeValues> = {}, logo?: { href: string; width: number; height: number }) =>
  buildSpec({ values: values(v), messages, lang: 'fr', ...(logo ? { logo } : {}) });
const fr = makeT(DICTIONARIES.fr);
const enc = (s: string) => new TextEncoder().encode(s);

describe('the QR code’s address', () => {
  it('takes http(s) addresses, adds https:// to a bare one, and writes them normalised', () => {
    expect(checkQrUrl(' https://Chatons.example/agenda?x=1 ')).toEqual({ ok: true, url: 'https://chatons.example/agenda?x=1' });
    expect(checkQrUrl('chatons.example/agenda')).toEqual({ ok: true, url: 'https://chatons.example/agenda' });
    expect(checkQrUrl('chatons.example:8080/a')).toEqual({ ok: true, url: 'https://chatons.example:8080/a' });
    expect(checkQrUrl('http://localhost:4321/fr/')).toEqual({ ok: true, url: 'http://localhost:4321/fr/' });
    expect(checkQrUrl('https://écoles.example/')).toEqual({ ok: true, url: 'https://xn--coles-9ra.example/' });
  });

  it('refuses what a QR code must not open, each with its reason', () => {
    expect(checkQrUrl('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkQrUrl('javascript:alert(1)')).toEqual({ ok: false, problem: 'protocol' });
    expect(checkQrUrl('ftp://files.example/')).toEqual({ ok: false, problem: 'protocol' });
    expect(checkQrUrl('data:text/html,<b>x</b>')).toEqual({ ok: false, problem: 'protocol' });
    expect(checkQrUrl('https://me:secret@chatons.example/')).toEqual({ ok: false, problem: 'credentials' });
    expect(checkQrUrl('https://agenda')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkQrUrl('https://chatons.example/a b')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkQrUrl('http://[::1')).toEqual({ ok: false, problem: 'invalid' });
    expect(checkQrUrl(`https://chatons.example/${'a'.repeat(QR_URL_MAX)}`)).toEqual({ ok: false, problem: 'long' });
  });

  it('only ever accepts short absolute http(s) addresses (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.webUrl().map((u) => u.replace(/^https?:\/\//, ''))), (typed) => {
        const r = checkQrUrl(typed);
        if (!r.ok) return;
        const u = new URL(r.url);
        expect(['http:', 'https:']).toContain(u.protocol);
        expect(r.url.length).toBeLessThanOrEqual(QR_URL_MAX);
        expect(u.username + u.password).toBe('');
      }),
    );
  });
});

describe('the spec from the form', () => {
  it('makes a print spec with the printed matter, and the address for people without its scheme', () => {
    const { spec, issues } = build({ name: ' Les Chatons ', place: 'Salle des fêtes', date: 'samedi 14 juin', printer: 'IPNS – imprimé par nos soins, Les Chatons' });
    expect(issues).toEqual([]);
    expect(spec).toMatchObject({
      format: 'poster-a4', ink: 'colour', lang: 'fr', qrUrl: 'https://degmail.example/fr/', urlLabel: 'degmail.example/fr',
      message: messages[0], group: { name: 'Les Chatons', place: 'Salle des fêtes', date: 'samedi 14 juin' },
      printed: { printer: 'IPNS – imprimé par nos soins, Les Chatons', noLitter: true },
    });
  });

  it('keeps screen images in colour and without printed matter', () => {
    const { spec } = build({ format: 'og', ink: 'mono', printer: 'IPNS' });
    expect(spec?.ink).toBe('colour');
    expect(spec?.printed).toBeUndefined();
    expect(build({ format: 'card-back', ink: 'mono' }).spec?.ink).toBe('mono');
  });

  it('leaves out what the font lacks, and says so next to the field', () => {
    const { spec, issues } = build({ name: 'Chatons 日本 de Łódź', place: 'ok' });
    expect(spec?.group?.name).toBe('Chatons de Łódź');
    expect(issues).toEqual([{ field: 'name', level: 'warning', key: 'kit.customize.warning.glyphs', vars: { chars: '日 本' } }]);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string(), (name, place) => {
        const r = build({ name, place });
        for (const text of [r.spec?.group?.name ?? '', r.spec?.group?.place ?? '']) expect(missingGlyphs(text)).toEqual([]);
      }),
    );
  });

  it('keeps no-break spaces, joins pasted lines, and refuses texts over their length', () => {
    expect(build({ name: 'Les\n Chatons\u202f!' }).spec?.group?.name).toBe('Les Chatons\u202f!');
    const long = build({ date: 'x'.repeat(TEXT_MAX.date + 1) });
    expect(long.spec).toBeUndefined();
    expect(long.issues).toEqual([{ field: 'date', level: 'error', key: 'kit.customize.error.tooLong', vars: { max: TEXT_MAX.date } }]);
  });

  it('stops on an unknown message or format, or a bad address, naming the field', () => {
    expect(build({ message: 'nope' }).issues).toEqual([{ field: 'message', level: 'error', key: 'kit.customize.error.choose' }]);
    expect(build({ format: 'poster-a0' }).issues).toEqual([{ field: 'format', level: 'error', key: 'kit.customize.error.choose' }]);
    expect(build({ format: 'constructor' }).spec).toBeUndefined();
    const bad = build({ qrUrl: 'javascript:alert(1)' });
    expect(bad.spec).toBeUndefined();
    expect(bad.issues).toEqual([{ field: 'qrUrl', level: 'error', key: 'kit.customize.error.url.protocol' }]);
    expect(build({ qrUrl: 'x'.repeat(400) }).issues[0]).toMatchObject({ key: 'kit.customize.error.url.long', vars: { max: QR_URL_MAX } });
  });

  it('draws a place, a date and a logo only under a name, and says so', () => {
    const logo = { href: 'data:image/png;base64,AAAA', width: 10, height: 5 };
    const anonymous = build({ place: 'Lyon' }, logo);
    expect(anonymous.spec?.group).toBeUndefined();
    expect(anonymous.issues).toEqual([{ field: 'name', level: 'warning', key: 'kit.customize.warning.needName' }]);
    expect(build({ name: 'Les Chatons' }, logo).spec?.group).toEqual({ name: 'Les Chatons', logo });
  });

  it('starts the printer’s line from the name, and ties cut texts to their fields', () => {
    expect(defaultPrinterLine('IPNS – imprimé par nos soins', '  Les Chatons ')).toBe('IPNS – imprimé par nos soins, Les Chatons');
    expect(defaultPrinterLine('IPNS – imprimé par nos soins', ' ')).toBe('IPNS – imprimé par nos soins');
    expect(cutIssues(['headline', 'group', 'group detail', 'printed', 'url', 'group'])).toEqual(
      (['name', 'place', 'printer', 'qrUrl'] as const).map((field) => ({ field, level: 'warning', key: 'kit.customize.warning.cut' })),
    );
  });

  it('gives every format a scene the template can draw', () => {
    for (const format of FORMAT_IDS) {
      const { spec } = build({ format, name: 'Les Chatons du Vercors', place: 'Die', date: 'samedi 14 juin', printer: 'IPNS – imprimé par nos soins, Les Chatons, 1 rue de la Paix, Die' });
      const scene = campaignScene(spec!, fr);
      expect(scene.width).toBeCloseTo(frameOf(format).width, 6);
      // The card's front is the campaign's face; its back carries the code.
      expect(scene.items.some((i) => i.t === 'qr')).toBe(format !== 'card-front');
    }
  });
});

describe('the summary', () => {
  it('says in words what will be printed, in French typography', () => {
    const { spec } = build({ name: 'Les Chatons', date: 'samedi 14 juin', printer: 'IPNS – imprimé par nos soins, Les Chatons' });
    expect(summaryLines(spec!, fr)).toEqual([
      'Format\u202f: Affiche A4, 210 × 297 mm avec 3 mm de fond perdu.',
      'Encre\u202f: Couleur.',
      'Titre\u202f: De petits hébergeurs éthiques existent',
      'Texte\u202f: Une centaine.',
      'Appel\u202f: Trouvez le vôtre',
      'Groupe\u202f: Les Chatons.',
      'Date\u202f: samedi 14 juin.',
      'Sans logo.',
      'Le QR code ouvre https://degmail.example/fr/',
      'Ligne d’imprimeur\u202f: IPNS – imprimé par nos soins, Les Chatons.',
      'Mention\u202f: «\u202fNe pas jeter sur la voie publique\u202f».',
      'Fichiers\u202f: PDF à imprimer, et PNG de 2480 × 3508 pixels (300 dpi, sans fond perdu).',
    ]);
  });

  it('has no ink or printed matter for a screen image, in English too', () => {
    const en = makeT(DICTIONARIES.en);
    const lines = summaryLines(build({ format: 'story' }).spec!, en);
    expect(lines[0]).toBe('Format: Story, 1080 × 1920 pixels.');
    expect(lines.join(' ')).not.toMatch(/Ink|Notice|Printer/);
    expect(lines.at(-1)).toBe('File: a PNG of 1080 × 1920 pixels.');
  });

  it('sends the code and the small print of a business card to its back', () => {
    const front = summaryLines(build({ format: 'card-front', printer: 'IPNS' }).spec!, fr).join(' ');
    expect(front).toContain('au verso');
    expect(front).not.toMatch(/QR code ouvre|imprimeur/);
    expect(summaryLines(build({ format: 'card-back', printer: 'IPNS' }).spec!, fr).join(' ')).toMatch(/QR code ouvre.*imprimeur\u202f: IPNS/);
  });
});

describe('downloads', () => {
  it('sizes a PNG: screen formats at their pixels, print formats at 300 dpi of the trimmed page', () => {
    expect(pngSize('og')).toEqual({ width: 1200, height: 630 });
    expect(pngSize('banner')).toEqual({ width: 1500, height: 500 });
    expect(pngSize('poster-a4')).toEqual({ width: 2480, height: 3508 });
    expect(pngSize('poster-a3')).toEqual({ width: 3508, height: 4961 });
    expect(pngSize('card-front')).toEqual({ width: 1004, height: 650 });
    for (const id of FORMAT_IDS) {
      expect(frameOf(id).trim.width * pngScale(id)).toBeCloseTo(pngSize(id).width, 6);
      expect(hasPdf(id)).toBe(FORMATS[id].kind === 'print');
    }
  });

  it('names files by message, format and, for print, ink', () => {
    expect(fileName({ message: messages[0]!, format: 'poster-a4', ink: 'mono' }, 'pdf')).toBe('degmail-small-hosts-poster-a4-mono.pdf');
    expect(fileName({ message: messages[0]!, format: 'og', ink: 'colour' }, 'png')).toBe('degmail-small-hosts-og.png');
  });
});

describe('the logo', () => {
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it('is known by its bytes, not its name', () => {
    expect(sniffLogo(png)).toBe('png');
    expect(sniffLogo(enc('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('svg');
    expect(sniffLogo(enc('\ufeff<?xml version="1.0"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<svg>'))).toBe('svg');
    expect(sniffLogo(enc('GIF89a'))).toBeUndefined();
    expect(sniffLogo(enc('<html><svg></svg></html>'))).toBeUndefined();
    expect(sniffLogo(enc('<svgfoo>'))).toBeUndefined();
  });

  it('is at most 2 MB, and not empty', () => {
    expect(checkLogo({ size: LOGO_MAX_BYTES }, png)).toEqual({ ok: true, kind: 'png' });
    expect(checkLogo({ size: LOGO_MAX_BYTES + 1 }, png)).toEqual({ ok: false, problem: 'size' });
    expect(checkLogo({ size: 0 }, png)).toEqual({ ok: false, problem: 'empty' });
    expect(checkLogo({ size: 6 }, enc('GIF89a'))).toEqual({ ok: false, problem: 'type' });
    expect(megabytes(LOGO_MAX_BYTES + 1, 'fr-FR', 'Mo')).toBe('2,1\u00a0Mo');
    expect(megabytes(3 * 1024 * 1024, 'en-GB', 'MB')).toBe('3\u00a0MB');
  });

  it('is rasterised at most 1024 px wide or high, keeping its proportions; a small SVG is drawn bigger', () => {
    expect(rasterSize(4000, 1000, 'png')).toEqual({ width: 1024, height: 256 });
    expect(rasterSize(200, 100, 'png')).toEqual({ width: 200, height: 100 });
    expect(rasterSize(32, 16, 'svg')).toEqual({ width: 512, height: 256 });
    expect(rasterSize(0, 0, 'svg')).toEqual({ width: 1024, height: 1024 });
    expect(rasterSize(Number.NaN, 10, 'svg')).toEqual({ width: 1024, height: 1024 });
  });
});

describe('the messages offered', () => {
  it('are the content folder’s, or the campaign’s own when that folder has none', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-kc-content-'));
    try {
      expect(customizerMessages('fr', dir)).toEqual(readKitMessages('./content', 'fr'));
      fs.mkdirSync(path.join(dir, 'kit'));
      fs.writeFileSync(path.join(dir, 'kit', 'fr.yaml'), 'messages:\n  - id: local\n    headline: Un titre local\n    line: Une ligne locale.\n    cta: Venez\n');
      expect(customizerMessages('fr', dir).map((m) => m.id)).toEqual(['local']);
      fs.writeFileSync(path.join(dir, 'kit', 'fr.yaml'), 'messages: []\n');
      expect(() => customizerMessages('fr', dir)).toThrow(/fr\.yaml/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
