/**
 * Where an offer's facts come from. Two kinds: a page someone read (every source of the first files), and a
 * verdict the deliverability check measured, which has no URL: it names the tool and its version instead.
 */
import { z } from 'astro/zod';
import { MEASURE_TOOL } from './mail-names.ts';
import { isoDate, sourceUrl } from './primitives.ts';

const sourceId = z.string().regex(/^[a-z0-9-]+$/, { error: 'expected a short id of lower-case letters, digits and dashes' });
const backs = z.array(z.string()).min(1, { error: 'expected at least one field name' });

/** A page or document read by a person. */
export const pageSourceSchema = z.strictObject({
  /** Short id, unique within the file. */
  id: sourceId,
  /** `page`, or left out: a page read by a person. */
  kind: z.literal('page', { error: 'expected "page" or "measured"' }).optional(),
  /** Where the facts were read (http or https). */
  url: sourceUrl,
  /** Title of the page or document, as shown next to the facts. */
  title: z.string().min(1, { error: 'expected a non-empty title' }),
  /** When the page was read: `YYYY-MM` or `YYYY-MM-DD`, not in the future. */
  checked: isoDate,
  /** True when the page is a third party's, not the provider's own. */
  secondary: z.boolean({ error: 'expected true or false' }).optional(),
  /** Names of the fields this source backs (e.g. `price`, `quota_gb`). */
  backs,
});

const escaped = MEASURE_TOOL.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Verdicts measured by `npm run check:mail -- --offers`, which writes this source itself. */
export const measuredSourceSchema = z.strictObject({
  /** Short id, unique within the file. */
  id: sourceId,
  /** `measured`: verdicts measured by the deliverability check, not read on a page. */
  kind: z.literal('measured', { error: 'expected "page" or "measured"' }),
  /** The tool and its version, e.g. `degmail check:mail 0.1.0`. */
  tool: z.string().regex(new RegExp(`^${escaped} \\d+\\.\\d+\\.\\d+(?:-[0-9A-Za-z.-]+)?$`), {
    error: `expected "${MEASURE_TOOL} <version>", such as "${MEASURE_TOOL} 0.1.0"`,
  }),
  /** The day measured: `YYYY-MM-DD`, not in the future. */
  checked: isoDate.regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected the day measured as "YYYY-MM-DD"' }),
  /** `[mail_security]`: a measurement backs nothing else. */
  backs,
});

/** One source backing some facts of the entry: a page (no `kind`, or `page`) or a measurement (`kind: measured`). */
export const sourceSchema = z.discriminatedUnion('kind', [pageSourceSchema, measuredSourceSchema], {
  error: 'expected kind to be "page" (or left out) or "measured"',
});

export type PageSource = z.infer<typeof pageSourceSchema>;
export type MeasuredSource = z.infer<typeof measuredSourceSchema>;
export type Source = PageSource | MeasuredSource;

export function isMeasured(s: Source): s is MeasuredSource {
  return s.kind === 'measured';
}

/** The fields only a measurement may back, and the only ones it may back. */
export const MEASURED_FIELDS = ['mail_security'] as const;

type Issue = { path: (string | number)[]; message: string };

/**
 * The rules between measured facts and their sources: a measured source backs only measured fields, and they are
 * backed by it alone; one measured source per file; a note quotes a page, never a measurement.
 */
export function measuredIssues(sources: readonly Source[], notes: readonly { source: string }[] = []): Issue[] {
  const out: Issue[] = [];
  const measured = new Set<string>();
  const only = MEASURED_FIELDS.map((f) => `"${f}"`).join(', ');
  sources.forEach((s, i) => {
    if (isMeasured(s)) {
      if (measured.size) out.push({ path: ['sources', i, 'kind'], message: 'expected one measured source per file, got a second one (remove the older)' });
      measured.add(s.id);
    }
    s.backs.forEach((f, j) => {
      const measuredField = (MEASURED_FIELDS as readonly string[]).includes(f);
      if (isMeasured(s) && !measuredField)
        out.push({ path: ['sources', i, 'backs', j], message: `expected ${only}: a measured source backs nothing else, got "${f}"` });
      if (!isMeasured(s) && measuredField)
        out.push({ path: ['sources', i, 'backs', j], message: `expected a field a page can back: "${f}" is measured by npm run check:mail (kind: measured), got "${f}"` });
    });
  });
  notes.forEach((n, i) => {
    if (measured.has(n.source)) out.push({ path: ['notes', i, 'source'], message: `expected the id of a page source, got "${n.source}" (a measured source)` });
  });
  return out;
}
