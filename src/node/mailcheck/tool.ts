/**
 * The name a measurement is credited to: `degmail check:mail <version>`, the version being package.json's. Measured
 * facts in offer files carry it as their source's `tool`, and `--json` prints it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../paths.ts';

export function toolName(): string {
  const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  return `degmail check:mail ${version}`;
}
