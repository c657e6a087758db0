/**
 * The JSON Schema of /api/v1/providers.json: the wrapper (licence, schema, generated, count) and each entry as the
 * provider schema plus its `id`. Built from the provider schema at build time, so the two cannot drift.
 */
import { providerJsonSchema } from './json-schema.ts';

/** An offer's id: its file name without the extension. */
export const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

export function exportJsonSchema(providerSchemaUrl: string): Record<string, unknown> {
  const { $schema, $id: _id, title: _title, description: _description, $defs, ...provider } = JSON.parse(providerJsonSchema()) as Record<string, unknown>;
  const entry = {
    ...provider,
    description: 'One offer: the fields of the provider schema, plus its id.',
    properties: { id: { type: 'string', pattern: ID_PATTERN, description: 'The offer’s id: its file name, and its page’s slug.' }, ...(provider.properties as object) },
    required: ['id', ...((provider.required as string[] | undefined) ?? [])],
  };
  return {
    $schema,
    $id: 'urn:degmail:providers-export',
    title: 'degmail open data export',
    description: 'The published offers of the degmail directory (ODbL-1.0). Each entry follows the provider schema, with its id.',
    type: 'object',
    additionalProperties: false,
    required: ['licence', 'schema', 'generated', 'count', 'providers'],
    properties: {
      licence: { const: 'ODbL-1.0', description: 'The data’s licence (Open Database License 1.0).' },
      schema: { type: 'string', description: 'Where the provider schema is published.', default: providerSchemaUrl },
      generated: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'The day the export was built (YYYY-MM-DD).' },
      count: { type: 'integer', minimum: 0, description: 'How many offers the export holds.' },
      providers: { type: 'array', items: { $ref: '#/$defs/provider' }, description: 'The offers, in the directory’s neutral order.' },
    },
    $defs: { ...(($defs as object | undefined) ?? {}), provider: entry },
  };
}
