/**
 * What the kit is made of: one "visual" per locale × subject × format × ink, each a scene drawn by the templates from
 * the real content, and the files each visual gives (a PDF or a PNG, its editable SVG, a WebP preview). Planning runs
 * every template, which is cheap; only files whose inputs changed are then drawn (generate.ts).
 */
import { PRINT_IDS, SCREEN_IDS, type FormatId } from '../../lib/kit/formats.ts';
import { OFFER_FORMATS, type Ink, type KitMessage, type PrintedMatter } from '../../lib/kit/spec.ts';
import type { Scene } from '../../lib/kit/scene.ts';
import type { T } from '../../lib/shared/translate.ts';
import type { ProviderEntry } from '../../schemas/provider.ts';
import type { Locale } from '../../i18n/locales.ts';
import { campaignPath, kitUrl, offerPath, urlLabel } from '../../lib/kit/urls.ts';
import { campaignScene } from '../../lib/kit/templates/campaign.ts';
import { offerScene } from '../../lib/kit/templates/offer.ts';

/** Everything the kit is drawn from. */
export interface KitInputs {
  site: string;
  base: string;
  /** Locale codes, in the table's order. */
  langs: Locale[];
  /** Campaign messages per locale. */
  messages: Record<string, KitMessage[]>;
  /** The offers that get their own visuals: published, not closed, CHATONS members. */
  offers: ProviderEntry[];
  /** A translator per locale. */
  t: Record<string, T>;
  /** The small print on paper formats. */
  printed: PrintedMatter;
  /** An offer's place and key facts, worded in one locale. */
  offerFacts: (offer: ProviderEntry, t: T, lang: Locale) => { place?: string; facts: string[] };
}

export type Group = 'campaign' | 'offer';

export interface Visual {
  lang: string;
  group: Group;
  /** The message's id or the offer's id. */
  subject: string;
  format: FormatId;
  ink: Ink;
  scene: Scene;
  /** Path of its files under the site's root, without extension: kit/<lang>/<campaign|offers>/<subject>/<format>-<ink>. */
  stem: string;
}

export type FileKind = 'pdf' | 'png' | 'svg' | 'webp';

/** The files a visual gives: print formats a PDF, screen formats a PNG, every one its SVG source and a preview. */
export function kindsOf(v: Visual): FileKind[] {
  return [PRINT_IDS.includes(v.format) ? 'pdf' : 'png', 'svg', 'webp'];
}

const INKS: Ink[] = ['colour', 'mono'];

export function planVisuals(k: KitInputs): Visual[] {
  const out: Visual[] = [];
  for (const lang of k.langs) {
    const t = k.t[lang]!;
    for (const message of k.messages[lang] ?? []) {
      const target = kitUrl(k.site, k.base, campaignPath(lang, message.path));
      // Print formats in colour and in black and white; screen formats are colour only.
      const variants: [FormatId, Ink][] = [...PRINT_IDS.flatMap((f) => INKS.map((ink): [FormatId, Ink] => [f, ink])), ...SCREEN_IDS.map((f): [FormatId, Ink] => [f, 'colour'])];
      for (const [format, ink] of variants) {
        const printed = PRINT_IDS.includes(format) ? { printed: k.printed } : {};
        const scene = campaignScene({ format, ink, lang, qrUrl: target, urlLabel: urlLabel(target), message, ...printed }, t);
        out.push({ lang, group: 'campaign', subject: message.id, format, ink, scene, stem: `kit/${lang}/campaign/${message.id}/${format}-${ink}` });
      }
    }
    for (const offer of k.offers) {
      const url = kitUrl(k.site, k.base, offerPath(lang, offer.id));
      const { place, facts } = k.offerFacts(offer, t, lang);
      for (const format of OFFER_FORMATS)
        for (const ink of INKS) {
          const spec = { format, ink, lang, qrUrl: url, urlLabel: urlLabel(url), printed: k.printed, offer: { name: offer.name, facts, ...(place ? { place } : {}) } };
          out.push({ lang, group: 'offer', subject: offer.id, format, ink, scene: offerScene(spec, t), stem: `kit/${lang}/offers/${offer.id}/${format}-${ink}` });
        }
    }
  }
  return out;
}
