/**
 * The address nudge's snippet: `<degmail-nudge>` wrapped around an e-mail field, then the script. The field is an
 * example: a webmaster wraps the field their form already has, which keeps its name, its value and its label; the
 * nudge only reads what is typed, to add its one-line note.
 */
import { NUDGE_TAG } from './contract.ts';
import { attributes, escapeHtml, type AttributeValue } from './snippet-html.ts';
import { scriptTag, type ScriptSource } from './snippet-script.ts';

export interface NudgeOptions {
  /** A locale code, or '' for the host page's own language. */
  lang: string;
}

export interface NudgeContext {
  siteUrl: string;
  script: ScriptSource;
  /** The example field's label, in the nudge's language. */
  label: string;
}

export interface NudgeSnippet {
  html: string;
  attributes: [string, AttributeValue][];
}

/** The example field's id: distinctive, so that pasting the example next to an existing form clashes with nothing. */
export const NUDGE_FIELD_ID = 'degmail-email';

export function nudgeSnippet(o: NudgeOptions, ctx: NudgeContext): NudgeSnippet {
  const list: [string, AttributeValue][] = [['lang', o.lang || undefined]];
  const html = [
    `<${NUDGE_TAG}${attributes(list)}>`,
    `  <label${attributes([['for', NUDGE_FIELD_ID]])}>${escapeHtml(ctx.label)}</label>`,
    `  <input${attributes([['type', 'email'], ['id', NUDGE_FIELD_ID], ['name', 'email'], ['autocomplete', 'email']])}>`,
    `</${NUDGE_TAG}>`,
    scriptTag(ctx.siteUrl, ctx.script),
  ].join('\n');
  return { html, attributes: list };
}
