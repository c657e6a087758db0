/**
 * The kit's build pipeline on the real content: what it plans (every locale × message × format, every CHATONS offer,
 * nothing for the others), the cache (a second run writes nothing; a changed message redraws its own files only; a
 * removed one leaves no file behind), determinism (a cold run in another time zone gives the same bytes as the
 * project's cache), the ZIPs, the SVG sources and the manifest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitEnabled, readEnv } from '../../src/env.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { FORMATS, PRINT_IDS, SCREEN_IDS } from '../../src/lib/kit/formats.ts';
import { OFFER_FORMATS, type KitMessage } from '../../src/lib/kit/spec.ts';
import type { KitManifest } from '../../src/lib/kit/manifest.ts';
import { validateContentDir } from '../../src/node/content-files.ts';
import { generateKit, type GenerateResult } from '../../src/node/kit/generate.ts';
import { kitOffers, readKitInputs } from '../../src/node/kit/inputs.ts';
import { kitCacheDir, manifestPath, readKitManifest } from '../../src/node/kit/manifest-file.ts';
import { readKitMessages } from '../../src/node/kit/messages.ts';
import { progressLine } from '../../src/node/kit/progress.ts';
import type { KitInputs } from '../../src/node/kit/plan.ts';
import { contentPath } from '../../src/node/paths.ts';
import { zipEntries } from '../kit-check.ts';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-kit-build-'));
/** The project's own cache folder for this address: what `npm run build` copies into the site. */
const PROJECT_CACHE = kitCacheDir();
let inputs: KitInputs;
let project: GenerateResult;
let cold: GenerateResult;

/** Every file under a folder, relative path → [size, mtime]. */
function snapshot(dir: string): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    const full = path.join(e.parentPath, e.name);
    const s = fs.statSync(full);
    out.set(path.relative(dir, full), [s.size, s.mtimeMs]);
  }
  return out;
}

beforeAll(async () => {
  inputs = await readKitInputs();
  // The project's own cache, brought up to date (it is what `npm run build` copies into the site).
  project = await generateKit(inputs, { quiet: true });
  // A cold run in an empty cache, in a time zone far from the first: ZIP entries carry local dates.
  const tz = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    cold = await generateKit(inputs, { cacheDir: path.join(tmp, 'cold'), quiet: true });
  } finally {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
}, 300_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('what the kit is made of', () => {
  it('has, for every locale and campaign message, each print format in colour and mono and each screen format', async () => {
    const files = new Set(project.manifest.files.map((f) => f.path));
    let expected = 0;
    for (const lang of LOCALE_CODES) {
      const messages = readKitMessages(contentPath(), lang);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        for (const f of PRINT_IDS)
          for (const ink of ['colour', 'mono']) for (const ext of ['pdf', 'svg']) expect(files).toContain(`kit/${lang}/campaign/${m.id}/${f}-${ink}.${ext}`);
        for (const f of SCREEN_IDS) for (const ext of ['png', 'svg']) expect(files).toContain(`kit/${lang}/campaign/${m.id}/${f}-colour.${ext}`);
        expected += (PRINT_IDS.length * 2 + SCREEN_IDS.length) * 2;
      }
    }
    expect(project.manifest.files.filter((f) => f.group === 'campaign').length).toBe(expected);
  });

  it('gives every published, open CHATONS member a poster, flyer and card, and no other offer any file', async () => {
    const { entries } = await validateContentDir(contentPath());
    const members = entries.filter((e) => e.chatons === 'member' && e.draft !== true && e.status !== 'closed');
    const others = entries.filter((e) => !members.includes(e));
    expect(members.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const paths = project.manifest.files.map((f) => f.path);
    for (const lang of LOCALE_CODES) {
      for (const o of members)
        for (const f of OFFER_FORMATS) for (const ink of ['colour', 'mono']) expect(paths).toContain(`kit/${lang}/offers/${o.id}/${f}-${ink}.pdf`);
      for (const o of others) {
        expect(paths.filter((p) => p.startsWith(`kit/${lang}/offers/${o.id}/`))).toEqual([]);
        expect(fs.existsSync(path.join(PROJECT_CACHE, 'out', 'kit', lang, 'offers', o.id))).toBe(false);
      }
    }
  });

  it('leaves out drafts, closed offers and offers that are not confirmed members', () => {
    const base = inputs.offers[0]!;
    const variants = [
      { ...base, id: 'draft', draft: true },
      { ...base, id: 'closed', status: 'closed' as const },
      { ...base, id: 'unverified', chatons: 'unverified' as const },
      { ...base, id: 'outside', chatons: 'not-member' as const },
      { ...base, id: 'kept', status: 'closing' as const },
    ];
    expect(kitOffers(variants).map((o) => o.id)).toEqual(['kept']);
  });

  it('writes the manifest it returns, with thumbnails and alt text for every file', () => {
    const onDisk = JSON.parse(fs.readFileSync(manifestPath(), 'utf8')) as KitManifest;
    expect(onDisk).toEqual(project.manifest);
    expect(readKitManifest()).toEqual(project.manifest);
    for (const f of project.manifest.files) {
      expect(f.alt.trim().length, f.path).toBeGreaterThan(0);
      expect(fs.statSync(path.join(PROJECT_CACHE, 'out', f.path)).size, f.path).toBe(f.bytes);
      expect(fs.existsSync(path.join(PROJECT_CACHE, 'out', f.thumb.path)), f.thumb.path).toBe(true);
      if (FORMATS[f.format].kind === 'screen') expect(f.ink).toBe('colour');
    }
    expect(project.manifest.zips.map((z) => z.lang)).toEqual(LOCALE_CODES);
  });
});

describe('determinism', () => {
  it('gives byte-identical files from a cold run in another time zone', () => {
    expect(cold.written).toBe(project.manifest.files.length + project.manifest.files.length / 2 + project.manifest.zips.length);
    const a = path.join(PROJECT_CACHE, 'out');
    const b = path.join(tmp, 'cold', 'out');
    const all = [...project.manifest.files.flatMap((f) => [f.path, f.thumb.path]), ...project.manifest.zips.map((z) => z.path)];
    const differ = [...new Set(all)].filter((p) => !fs.readFileSync(path.join(a, p)).equals(fs.readFileSync(path.join(b, p))));
    expect(differ).toEqual([]);
  });
});

describe('the cache', () => {
  it('regenerates nothing on a second run, and touches no file', async () => {
    // On the test's own cache: other test files may bring the project's cache up to date at the same time.
    const dir = path.join(tmp, 'cold');
    const before = snapshot(dir);
    const again = await generateKit(inputs, { cacheDir: dir, quiet: true });
    expect(again.written).toBe(0);
    expect(again.removed).toEqual([]);
    expect(again.manifest).toEqual(cold.manifest);
    expect(snapshot(dir)).toEqual(before);
  });

  it('redraws only the files of a changed message, then removes them with the message', async () => {
    const lang = inputs.langs[0]!;
    const dir = path.join(tmp, 'cold');
    const [first, ...rest] = inputs.messages[lang]!;
    const changed: KitMessage = { ...first!, headline: `${first!.headline} (bis)` };
    const ofFirst = cold.manifest.files.filter((f) => f.lang === lang && f.group === 'campaign' && f.subject === first!.id);
    // Each listed file (PDF or PNG, and SVG) and one preview per visual, plus the locale's ZIP.
    const expectedWrites = ofFirst.length + ofFirst.length / 2 + 1;
    const edited = await generateKit({ ...inputs, messages: { ...inputs.messages, [lang]: [changed, ...rest] } }, { cacheDir: dir, quiet: true });
    expect(edited.written).toBe(expectedWrites);
    const dropped = await generateKit({ ...inputs, messages: { ...inputs.messages, [lang]: rest } }, { cacheDir: dir, quiet: true });
    expect(dropped.written).toBe(1);
    expect(dropped.removed.length).toBe(expectedWrites - 1);
    expect(dropped.removed.every((p) => p.startsWith(`kit/${lang}/campaign/${first!.id}/`))).toBe(true);
    expect(fs.existsSync(path.join(dir, 'out', 'kit', lang, 'campaign', first!.id))).toBe(false);
    // Back to the real messages: everything else was kept, so only that message and the ZIP are drawn again.
    const restored = await generateKit(inputs, { cacheDir: dir, quiet: true });
    expect(restored.written).toBe(expectedWrites);
    expect(restored.manifest).toEqual(project.manifest);
  }, 120_000);

  it('is keyed by SITE and BASE: another address redraws every file', async () => {
    // One message of one locale is enough, in a cache of its own.
    const lang = inputs.langs[0]!;
    const small = { ...inputs, langs: [lang], messages: { [lang]: inputs.messages[lang]!.slice(0, 1) }, offers: [] };
    const dir = path.join(tmp, 'small');
    const first = await generateKit(small, { cacheDir: dir, quiet: true });
    expect(first.written).toBeGreaterThan(0);
    expect((await generateKit(small, { cacheDir: dir, quiet: true })).written).toBe(0);
    expect((await generateKit({ ...small, base: '/degmail/' }, { cacheDir: dir, quiet: true })).written).toBe(first.written);
    expect((await generateKit({ ...small, site: 'https://degmail.example' }, { cacheDir: dir, quiet: true })).written).toBe(first.written);
  }, 120_000);
});

describe('the ZIP of each locale', () => {
  it('holds every file of its locale, the SVG sources among them, and the licence note', () => {
    for (const zip of project.manifest.zips) {
      const bytes = fs.readFileSync(path.join(PROJECT_CACHE, 'out', zip.path));
      expect(bytes.length).toBe(zip.bytes);
      const entries = zipEntries(bytes);
      const folder = `degmail-kit-${zip.lang}/`;
      const files = project.manifest.files.filter((f) => f.lang === zip.lang);
      expect(files.some((f) => f.type === 'svg')).toBe(true);
      const expected = [...files.map((f) => folder + f.path.slice(`kit/${zip.lang}/`.length)), `${folder}LICENCE.txt`].sort();
      expect(Object.keys(entries).sort()).toEqual(expected);
      for (const f of files) expect(Buffer.from(entries[folder + f.path.slice(`kit/${zip.lang}/`.length)]!).equals(fs.readFileSync(path.join(PROJECT_CACHE, 'out', f.path))), f.path).toBe(true);
      const licence = new TextDecoder().decode(entries[`${folder}LICENCE.txt`]);
      for (const s of ['CC BY-SA 4.0', 'SIL Open Font License 1.1', 'The Inter Project Authors', 'LICENSE-CONTENT.md']) expect(licence).toContain(s);
    }
  });
});

describe('the SVG sources', () => {
  it('have live text in Inter, reference nothing outside, and print formats declare their size in mm', () => {
    const svgs = project.manifest.files.filter((f) => f.type === 'svg');
    expect(svgs.length).toBeGreaterThan(0);
    for (const f of svgs) {
      const svg = fs.readFileSync(path.join(PROJECT_CACHE, 'out', f.path), 'utf8');
      expect(svg, f.path).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg, f.path).toContain('font-family="Inter"');
      expect(svg, f.path).toMatch(/<text [^>]*>[^<]+<\/text>/);
      expect(svg, f.path).not.toMatch(/\bhref=|url\(|@import|<script|<image/i);
      const print = FORMATS[f.format].kind === 'print';
      expect(/^<svg [^>]*width="[\d.]+mm" height="[\d.]+mm"/.test(svg), f.path).toBe(print);
    }
  });
});

describe('switches and progress', () => {
  it('makes the kit for the real content only, unless DEGMAIL_KIT says otherwise', () => {
    expect(kitEnabled(readEnv({}))).toBe(true);
    expect(kitEnabled(readEnv({ DEGMAIL_CONTENT: './content' }))).toBe(true);
    expect(kitEnabled(readEnv({ DEGMAIL_CONTENT: '/tmp/fictional/content' }))).toBe(false);
    expect(kitEnabled(readEnv({ DEGMAIL_CONTENT: '/tmp/fictional/content', DEGMAIL_KIT: '1' }))).toBe(true);
    expect(kitEnabled(readEnv({ DEGMAIL_KIT: '0' }))).toBe(false);
    expect(readKitManifest(readEnv({ DEGMAIL_CONTENT: '/tmp/fictional/content' }))).toEqual({ key: '', files: [], zips: [] });
  });

  it('says how many files are done and how long is left', () => {
    expect(progressLine('kit', 10, 40, 5000)).toBe('kit: 10/40 (25 %), about 15 s left');
    expect(progressLine('kit', 0, 40, 0)).toBe('kit: 0/40 (0 %), about … left');
  });
});
