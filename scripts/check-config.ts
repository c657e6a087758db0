/**
 * First step of `npm run build`: a build for a public origin fails while src/site.config.ts still holds
 * placeholders, naming each one (DEGMAIL_ALLOW_PLACEHOLDERS=1 turns that into a warning). Local builds pass.
 */
import { readEnv } from '../src/env.ts';
import { SITE_CONFIG } from '../src/site.config.ts';
import { placeholderVerdict } from '../src/lib/shared/placeholders.ts';

const env = readEnv();
const verdict = placeholderVerdict(SITE_CONFIG, env.site, env.allowPlaceholders);
if (!verdict.ok) {
  console.error(verdict.error);
  process.exitCode = 1;
} else if (verdict.warning) console.warn(verdict.warning);
