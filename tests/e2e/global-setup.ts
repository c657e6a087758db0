/**
 * Serves the production build (dist/, built by `npm test` just before) on a random loopback port for every
 * end-to-end test file. It refuses to run without Debian's Chromium instead of skipping.
 */
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startServer } from '../../scripts/harness/serve.ts';
import { missingTools } from '../../scripts/harness/tools.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const missing = missingTools();
  if (missing.length) throw new Error(`end-to-end tests need ${missing.join(' and ')}: sudo apt-get install -y ${missing.join(' ')}`);
  if (!fs.existsSync('dist/fr/index.html')) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does it)');
  const server = await startServer({ root: 'dist', base: '/' });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
