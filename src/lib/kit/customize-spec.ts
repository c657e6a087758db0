/**
 * From what a group typed in the customiser to the CampaignSpec the template draws, with every problem tied to
 * the field it comes from: errors (nothing can be made until they are fixed) and warnings (characters the kit font
 * cannot draw, left out of the picture rather than drawn as empty boxes).
 */
import { FORMATS, type FormatId } from './formats.ts';
import { missingGlyphs } from './layout.ts';
import type { CampaignSpec, GroupInfo, Ink, KitMessage } from './spec.ts';
import { checkQrUrl, QR_URL_MAX } from './customize-url.ts';
import { urlLabel } from './urls.ts';
import type { UiKey } from '../shared/translate.ts';
import type { Vars } from '../../i18n/types.ts';

/** The form's fields, as named in the page (`name` attributes) and in the problems. */
export type CustomizeField = 'message' | 'format' | 'ink' | 'name' | 'place' | 'date' | 'printer' | 'qrUrl' | 'logo';

/** The form's values, as read from the page. */
export interface CustomizeValues {
  message: string;
  format: string;
  ink: string;
  name: string;
  place: string;
  date: string;
  printer: string;
  noLitter: boolean;
  qrUrl: string;
}

/** The longest text each free field takes (also the inputs' maxlength): a poster has room for so much. */
export const TEXT_MAX = { name: 80, place: 100, date: 60, printer: 160 } as const;
type TextField = keyof typeof TEXT_MAX;

export interface FieldIssue {
  field: CustomizeField;
  level: 'error' | 'warning';
  key: UiKey;
  vars?: Vars;
}

export interface SpecResult {
  /** Absent while there is an error. */
  spec?: CampaignSpec;
  issues: FieldIssue[];
}

export interface SpecInput {
  values: CustomizeValues;
  messages: readonly KitMessage[];
  lang: string;
  /** The logo, already rasterised (see GroupInfo). */
  logo?: GroupInfo['logo'];
}

export function isFormat(id: string): id is FormatId {
  return Object.hasOwn(FORMATS, id);
}

/** The printer line a group starts from, which follows its name until it edits the line itself. */
export function defaultPrinterLine(prefix: string, name: string): string {
  const n = name.trim();
  return n ? `${prefix}, ${n}` : prefix;
}

/** « a », « b » and « c »: the characters as a list people can read (a space or a tab would be invisible). */
function showChars(chars: string[]): string {
  return chars.map((c) => (/\s/.test(c) ? `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : c)).join(' ');
}

/** A free text field, trimmed, with what the font lacks left out (and said). */
function text(values: CustomizeValues, field: TextField, issues: FieldIssue[]): string {
  // Tabs and line breaks (pasted text) become one space; no-break spaces stay, French typography needs them.
  const raw = values[field].replace(/[ \t\r\n]+/g, ' ').trim();
  if ([...raw].length > TEXT_MAX[field]) issues.push({ field, level: 'error', key: 'kit.customize.error.tooLong', vars: { max: TEXT_MAX[field] } });
  const missing = missingGlyphs(raw);
  if (missing.length === 0) return raw;
  issues.push({ field, level: 'warning', key: 'kit.customize.warning.glyphs', vars: { chars: showChars(missing) } });
  return [...raw].filter((c) => !missing.includes(c)).join('').replace(/ {2,}/g, ' ').trim();
}

export function buildSpec(input: SpecInput): SpecResult {
  const { values } = input;
  const issues: FieldIssue[] = [];
  const message = input.messages.find((m) => m.id === values.message);
  if (!message) issues.push({ field: 'message', level: 'error', key: 'kit.customize.error.choose' });
  const format = isFormat(values.format) ? values.format : undefined;
  if (!format) issues.push({ field: 'format', level: 'error', key: 'kit.customize.error.choose' });
  const ink: Ink = values.ink === 'mono' ? 'mono' : 'colour';
  const name = text(values, 'name', issues);
  const place = text(values, 'place', issues);
  const date = text(values, 'date', issues);
  const printer = text(values, 'printer', issues);
  const url = checkQrUrl(values.qrUrl);
  if (!url.ok) issues.push({ field: 'qrUrl', level: 'error', key: `kit.customize.error.url.${url.problem}`, ...(url.problem === 'long' ? { vars: { max: QR_URL_MAX } } : {}) });
  if (!message || !format || !url.ok || issues.some((i) => i.level === 'error')) return { issues };
  const print = FORMATS[format].kind === 'print';
  // The template draws a place, a date and a logo only under a group's name ("<name> relays the campaign").
  if (!name && (place || date || input.logo)) issues.push({ field: 'name', level: 'warning', key: 'kit.customize.warning.needName' });
  const group: GroupInfo | undefined = name
    ? { name, ...(place ? { place } : {}), ...(date ? { date } : {}), ...(input.logo ? { logo: input.logo } : {}) }
    : undefined;
  const spec: CampaignSpec = {
    format,
    // Screen images are always in colour: "mono" exists for cheap photocopies.
    ink: print ? ink : 'colour',
    lang: input.lang,
    qrUrl: url.url,
    urlLabel: urlLabel(url.url).replace(/\/$/, ''),
    message,
    ...(group ? { group } : {}),
    ...(print ? { printed: { ...(printer ? { printer } : {}), noLitter: values.noLitter } } : {}),
  };
  return { spec, issues };
}

/** Which field a text the layout had to cut comes from (names from the templates' `cut` list). */
const CUT_FIELDS: Record<string, CustomizeField> = { group: 'name', 'group detail': 'place', printed: 'printer', url: 'qrUrl' };

/** A warning next to each field whose text the layout had to cut to fit the format. */
export function cutIssues(cut: readonly string[]): FieldIssue[] {
  const fields = [...new Set(cut.map((c) => CUT_FIELDS[c]).filter((f): f is CustomizeField => f !== undefined))];
  return fields.map((field) => ({ field, level: 'warning', key: 'kit.customize.warning.cut' }));
}
