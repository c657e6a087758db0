/**
 * First step of `npm test`: stop with the one line that installs what is missing (Chromium, nginx, Java), rather
 * than fail later in the middle of the end-to-end tests.
 */
import { installLine, missingTools } from './harness/tools.ts';

const missing = missingTools();
if (missing.length) {
  console.error(`degmail: tests need ${missing.join(', ')}; install with: ${installLine(missing)}`);
  process.exit(1);
}
