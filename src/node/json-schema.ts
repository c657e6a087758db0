/**
 * The JSON Schema editors use to check and complete provider files (each file's first line points to it), generated
 * from the one zod schema, src/schemas/provider.ts; `npm run schema` writes it to schemas/provider.schema.json.
 *
 * What JSON Schema cannot say (a date not in the future, a known fact needing a source) is checked by
 * scripts/validate.ts and the build, not by editors.
 */
import { z } from 'astro/zod';
import { providerSchema } from '../schemas/provider.ts';

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
