/**
 * Prints one plain closing line, "Tests: N passed, N failed, N skipped", that CI
 * reads whatever the test runner. A run with failed modules (e.g. a build that
 * broke the global setup) counts them as failures, never as "0 failed".
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, errors: ReadonlyArray<unknown>, reason: string) {
    let passed = 0;
    let failed = errors.length;
    let skipped = 0;
    for (const module of modules) {
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
    }
    // A run that failed before any test (e.g. the global setup's build) is a failure, not "0 failed".
    if (reason === 'failed' && failed === 0) failed = 1;
    console.log(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
