import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      // Pure functions: fast, no build needed. Some run a CLI (npm run new, check) in a child
      // process: on a busy 2-core machine that can take seconds, hence the timeout.
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 } },
      // What readers get: the built hosts (built once by the global setup), read as files and in Chromium.
      {
        test: {
          name: 'output',
          include: ['tests/output/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      // Tests that make their own build or run the dev server (pull-request preview, npm run dev).
      {
        test: { name: 'serve', include: ['tests/serve/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 600_000 },
      },
    ],
  },
});
