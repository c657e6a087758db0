/**
 * `npm run widget:release X.Y.Z`: writes a new, immutable release of the widget script (see src/node/widget/release.ts
 * and the README's "Widgets"). The release day is DEGMAIL_TODAY, or today in UTC.
 */
import { today } from '../src/env.ts';
import { releaseWidget } from '../src/node/widget/release.ts';
import { WIDGET_BUDGET } from '../src/node/widget/size.ts';

const version = process.argv[2];
if (!version || process.argv.length > 3) {
  console.error('usage: npm run widget:release X.Y.Z');
  process.exit(2);
}
try {
  const { release, brotli } = await releaseWidget(version, { date: today() });
  console.log(`degmail: released widget ${release.version} (${brotli} B brotli of ${WIDGET_BUDGET}), shows nothing after ${release.hardEnd}`);
  console.log(`  public/${release.file}\n  public/${release.zip}\n  integrity="${release.integrity}"`);
  console.log('Commit public/widget/ as it is: released files never change.');
} catch (e) {
  console.error(`degmail: ${(e as Error).message}`);
  process.exit(1);
}
