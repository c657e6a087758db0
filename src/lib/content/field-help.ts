/**
 * Where a field's explanation lives in the dictionaries (`field.<path>.help`): one text per field, in every language,
 * shown by the contribution form in the page's language and copied (in English) into the JSON Schema for editors.
 */
import { LOCALE_CODES } from '../../i18n/locales.ts';

/**
 * The help key of a field path such as `price.tiers.0.per_gb`: list indexes are dropped, the IMAP and SMTP server
 * parts share `field.server.*`, and a note's text in any locale shares `field.notes.text.help` (its `{{lang}}`
 * names the locale).
 */
export function helpKey(path: readonly (string | number)[]): string {
  const parts = path.filter((p): p is string => typeof p === 'string');
  if ((parts[0] === 'imap_server' || parts[0] === 'smtp_server') && parts.length === 2) return `field.server.${parts[1]}.help`;
  if (parts[0] === 'notes' && parts.length === 2 && (LOCALE_CODES as string[]).includes(parts[1]!)) return 'field.notes.text.help';
  return `field.${parts.join('.')}.help`;
}
