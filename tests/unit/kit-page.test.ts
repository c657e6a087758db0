/**
 * How the kit page and the offer pages read the manifest: visuals per subject and format, colour before black and
 * white, SVG sources left to the ZIP, nothing at all from an empty manifest; and sizes in each locale's words.
 */
import { describe, expect, it } from 'vitest';
import { kitSubjects, localeZip, offerKit, sizeLabel } from '../../src/lib/kit/kit-page.ts';
import { EMPTY_MANIFEST } from '../../src/node/kit/manifest-file.ts';
import type { KitFile, KitManifest } from '../../src/lib/kit/manifest.ts';
import type { FormatId } from '../../src/lib/kit/formats.ts';

const file = (lang: string, group: KitFile['group'], subject: string, format: FormatId, ink: KitFile['ink'], type: KitFile['type']): KitFile => {
  const stem = `kit/${lang}/${group}/${subject}/${format}-${ink}`;
  return { path: `${stem}.${type}`, lang, group, subject, format, ink, type, bytes: 1000, thumb: { path: `${stem}.webp`, width: 240, height: 339 }, alt: `${subject} ${format} ${ink}` };
};

// Deliberately out of order: the page orders formats by the format table and inks colour first.
const manifest: KitManifest = {
  key: 'k',
  files: [
    file('fr', 'campaign', 'b-message', 'og', 'colour', 'png'),
    file('fr', 'campaign', 'b-message', 'poster-a4', 'mono', 'pdf'),
    file('fr', 'campaign', 'b-message', 'poster-a4', 'colour', 'svg'),
    file('fr', 'campaign', 'b-message', 'poster-a4', 'colour', 'pdf'),
    file('fr', 'campaign', 'a-message', 'flyer-a6', 'colour', 'pdf'),
    file('en', 'campaign', 'b-message', 'poster-a4', 'colour', 'pdf'),
    file('fr', 'offer', 'nubo', 'card-front', 'colour', 'pdf'),
    file('fr', 'offer', 'nubo', 'poster-a4', 'colour', 'pdf'),
  ],
  zips: [{ lang: 'fr', path: 'kit/degmail-kit-fr.zip', bytes: 2_200_000 }],
};

describe('the kit page’s reading of the manifest', () => {
  it('groups one locale’s visuals by subject, in the manifest’s order, formats in table order, colour first', () => {
    const subjects = kitSubjects(manifest, 'fr', 'campaign');
    expect(subjects.map((s) => s.subject)).toEqual(['b-message', 'a-message']);
    const b = subjects[0]!;
    expect(b.print.map((v) => v.format)).toEqual(['poster-a4']);
    expect(b.print[0]!.downloads.map((f) => `${f.ink}.${f.type}`)).toEqual(['colour.pdf', 'mono.pdf']);
    expect(b.print[0]!.alt).toBe('b-message poster-a4 colour');
    expect(b.screen.map((v) => v.format)).toEqual(['og']);
    expect(kitSubjects(manifest, 'en', 'campaign').map((s) => s.subject)).toEqual(['b-message']);
  });

  it('finds an offer’s own files, and none for another offer or an empty manifest', () => {
    expect(offerKit(manifest, 'fr', 'nubo')?.print.map((v) => v.format)).toEqual(['poster-a4', 'card-front']);
    expect(offerKit(manifest, 'fr', 'posteo')).toBeNull();
    expect(offerKit(manifest, 'en', 'nubo')).toBeNull();
    expect(kitSubjects(EMPTY_MANIFEST, 'fr', 'campaign')).toEqual([]);
    expect(localeZip(manifest, 'fr')?.bytes).toBe(2_200_000);
    expect(localeZip(EMPTY_MANIFEST, 'fr')).toBeNull();
  });

  it('writes sizes in the locale’s words: U+202F between thousands and a no-break space before the unit in French', () => {
    const fr = { kb: (n: string) => `${n}\u00a0Ko`, mb: (n: string) => `${n}\u00a0Mo` };
    const en = { kb: (n: string) => `${n}\u00a0KB`, mb: (n: string) => `${n}\u00a0MB` };
    expect(sizeLabel(212_400, 'fr-FR', fr)).toBe('212\u00a0Ko');
    expect(sizeLabel(999_400, 'fr-FR', fr)).toBe('999\u00a0Ko');
    expect(sizeLabel(2_240_000, 'fr-FR', fr)).toBe('2,2\u00a0Mo');
    expect(sizeLabel(1_234_000_000, 'fr-FR', fr)).toBe('1\u202f234\u00a0Mo');
    expect(sizeLabel(2_240_000, 'en-GB', en)).toBe('2.2\u00a0MB');
    expect(sizeLabel(3_000_000, 'en-GB', en)).toBe('3\u00a0MB');
    expect(sizeLabel(120, 'en-GB', en), 'never "0 KB"').toBe('1\u00a0KB');
  });
});
