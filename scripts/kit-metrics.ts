/** `npm run kit:metrics`: rewrites src/lib/kit/metrics.json from the kit font (see src/node/kit/metrics.ts). */
import { METRICS_PATH, writeMetrics } from '../src/node/kit/metrics.ts';

await writeMetrics();
console.log(`degmail: wrote ${METRICS_PATH}`);
