/**
 * The JSON Schema editors use to check and complete provider files (each file's first line points to it), generated
 * from the one zod schema, src/schemas/provider.ts; `npm run schema` writes it to schemas/provider.schema.json.
 *
 * What JSON Schema cannot say (a date not in the future, a known fact needing a source) is checked by
 * scripts/validate.ts and the build, not by editors.
 */
import { z } from 'astro/zod';
import { providerSchema } from '../schemas/provider.ts';
import { helpKey } from '../lib/content/field-help.ts';
import en from '../i18n/en.json' with { type: 'json' };

type Node = Record<string, unknown>;

/**
 * Gives every property of the schema its help text from the English dictionary (`field.<path>.help`), so editors
 * show the same explanation the contribution form does. Throws when a property has none: the dictionaries must
 * explain every field.
 */
function describeProperties(node: unknown, path: string[]): void {
  if (!node || typeof node !== 'object') return;
  const n = node as Node;
  for (const [name, child] of Object.entries((n.properties as Record<string, Node> | undefined) ?? {})) {
    const key = helpKey([...path, name]);
    const text = (en as Record<string, string>)[key];
    if (!text) throw new Error(`no help text for the field ${[...path, name].join('.')}: add ${key} to every dictionary`);
    child.description = text.includes('{{lang}}') ? text.replace('{{lang}}', new Intl.DisplayNames(['en'], { type: 'language' }).of(name) ?? name) : text;
    describeProperties(child, [...path, name]);
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) for (const branch of (n[k] as unknown[] | undefined) ?? []) describeProperties(branch, path);
  if (n.items) describeProperties(n.items, path);
}

/** Where the generated schema lives, from the project root. */
export const SCHEMA_PATH = 'schemas/provider.schema.json';

/**
 * The JSON Schema text, pretty-printed with a trailing newline.
 * The upper bound of `founded` (the current year) is left out so that the committed file does not go stale every
 * 1 January; the build still rejects a year in the future.
 */
export function providerJsonSchema(): string {
  const generated = z.toJSONSchema(providerSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  const founded = (rest.properties as Record<string, { anyOf?: Record<string, unknown>[] }> | undefined)?.founded;
  for (const branch of founded?.anyOf ?? []) if (branch.type === 'integer') delete branch.maximum;
  describeProperties(rest, []);
  const schema = {
    $schema,
    $id: 'urn:degmail:provider-schema',
    title: 'degmail provider',
    description:
      'One mail offer in the degmail directory (content/providers/<id>.yaml). Every fact may be "unknown"; ' +
      'every known fact must be listed in the "backs" of a source. Generated from src/schemas/provider.ts by ' +
      'npm run schema: do not edit by hand.',
    ...rest,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}
