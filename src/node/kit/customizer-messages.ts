/**
 * The campaign messages the customiser offers: those of the content folder, or, when that folder has none (the
 * bench's fictional offers, the build tests), the campaign's own from ./content, so the page is built and weighed
 * as in production. A message file that exists but is wrong still stops the build, with readKitMessages' lines.
 */
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '../../env.ts';
import { ROOT } from '../paths.ts';
import { readKitMessages } from './messages.ts';
import type { KitMessage } from '../../lib/kit/spec.ts';

export const CAMPAIGN_CONTENT = './content';

export function customizerMessages(lang: string, contentDir = readEnv().contentDir): KitMessage[] {
  const own = fs.existsSync(path.join(path.resolve(ROOT, contentDir), 'kit', `${lang}.yaml`));
  return readKitMessages(own ? contentDir : CAMPAIGN_CONTENT, lang);
}
