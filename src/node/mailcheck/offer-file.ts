/**
 * Writes measured verdicts into one offer file: its `mail_security` block and its one measured source, nothing else.
 * The file is edited through the `yaml` Document API (the importer's helpers), so comments, key order and quoting
 * of every other line survive; the result is checked with the build's own checker before it replaces the file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { checkProviders } from '../../lib/content/check.ts';
import type { MailSecurity } from '../../schemas/mail-security.ts';
import { applyChanges, readForEdit } from '../chatonsinfos/yaml-doc.ts';

type Data = Record<string, unknown>;

/** The id a new measured source gets (the next free `check-mail-<n>` if a page source has it already). */
const MEASURED_ID = 'check-mail';

export interface Measurement {
  verdicts: MailSecurity;
  /** `degmail check:mail <version>`. */
  tool: string;
  /** The day measured, YYYY-MM-DD. */
  day: string;
}

/** The sources with the measured one replaced in place (its id kept), or added at the end. */
function withMeasured(sources: Data[], m: Measurement): Data[] {
  const at = sources.findIndex((s) => s.kind === 'measured');
  const taken = new Set(sources.filter((_, i) => i !== at).map((s) => String(s.id)));
  let id = at >= 0 ? String(sources[at]!.id) : MEASURED_ID;
  for (let n = 2; taken.has(id); n++) id = `${MEASURED_ID}-${n}`;
  const source = { id, kind: 'measured', tool: m.tool, checked: m.day, backs: ['mail_security'] };
  return at >= 0 ? sources.map((s, i) => (i === at ? source : s)) : [...sources, source];
}

/** The new text of an offer file holding `m`, or why it cannot be written. `shown` names the file in messages. */
export function measuredText(shown: string, text: string, m: Measurement): { text: string } | { reason: string } {
  const read = readForEdit(text);
  if ('reason' in read) return read;
  const before = read.data;
  const sources = Array.isArray(before.sources) ? (before.sources as Data[]) : [];
  const after: Data = { ...before, mail_security: m.verdicts, sources: withMeasured(sources, m) };
  const next = applyChanges(read.doc, before, after);
  const checked = checkProviders([{ path: shown, text: next }]);
  if (checked.errors.length) return { reason: `the file would not pass the checks: ${checked.errors.join('; ')}` };
  return { text: next };
}

/** Writes `m` into the file at `full`; returns null when written, or the reason it was not. */
export async function writeMeasurement(full: string, shown: string, m: Measurement): Promise<string | null> {
  const result = measuredText(shown, await readFile(full, 'utf8'), m);
  if ('reason' in result) return result.reason;
  await writeFile(full, result.text);
  return null;
}
