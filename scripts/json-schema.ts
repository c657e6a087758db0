/**
 * Writes schemas/provider.schema.json from the one zod schema (src/node/json-schema.ts).
 *
 *   node scripts/json-schema.ts          write the file
 *   node scripts/json-schema.ts --check  exit 1 if the committed file is out of date (writes nothing)
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { providerJsonSchema, SCHEMA_PATH } from '../src/node/json-schema.ts';
import { ROOT } from '../src/node/paths.ts';

const file = path.join(ROOT, SCHEMA_PATH);
const text = providerJsonSchema();
if (process.argv.includes('--check')) {
  const current = await readFile(file, 'utf8').catch(() => null);
  if (current === text) console.log(`${SCHEMA_PATH} is up to date`);
  else {
    console.error(`${SCHEMA_PATH} is ${current === null ? 'missing' : 'out of date'}: run npm run schema`);
    process.exitCode = 1;
  }
} else {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
  console.log(`wrote ${SCHEMA_PATH}`);
}
