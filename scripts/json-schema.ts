/**
 * Writes schemas/provider.schema.json, the JSON Schema editors use to check and complete provider files (each file's
 * first line points to it). It is generated from the one zod schema, src/schemas/provider.ts, and committed.
 *
 *   node scripts/json-schema.ts          write the file
 *   node scripts/json-schema.ts --check  exit 1 if the committed file is out of date (writes nothing)
 *
 * What JSON Schema cannot say (a date not in the future, a known fact needing a source) is checked by
 * scripts/validate.ts and the build, not by editors.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'astro/zod';
import { providerSchema } from '../src/schemas/provider.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
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
      'scripts/json-schema.ts: do not edit by hand.',
    ...rest,
  };
  return JSON.stringify(schema, null, 2) + '\n';
}

async function main(args: string[]): Promise<number> {
  const file = path.join(ROOT, SCHEMA_PATH);
  const text = providerJsonSchema();
  if (args.includes('--check')) {
    const current = await readFile(file, 'utf8').catch(() => null);
    if (current === text) {
      console.log(`${SCHEMA_PATH} is up to date`);
      return 0;
    }
    console.error(`${SCHEMA_PATH} is ${current === null ? 'missing' : 'out of date'}: run node scripts/json-schema.ts`);
    return 1;
  }
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${SCHEMA_PATH}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
