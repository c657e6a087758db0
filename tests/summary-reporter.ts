/**
 * Ends the run with one plain line, "tests: N passed, N failed, N skipped", that any CI reads without knowing Vitest.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const count = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules)
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed' || state === 'failed') count[state]++;
        else count.skipped++;
      }
    const broken = modules.filter((m) => m.state() === 'failed' && ![...m.children.allTests()].length).length;
    process.stdout.write(`\ntests: ${count.passed} passed, ${count.failed + broken} failed, ${count.skipped} skipped\n`);
  }
}
