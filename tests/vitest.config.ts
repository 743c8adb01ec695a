import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Three layers, cheapest first: pure units, checks over one real build in dist/, and a few
// browser checks against that build. The build and browser layers share one build, made once.
export default defineConfig({
  root,
  test: {
    // Removes each test file's temporary folders when it ends (tests/support/temp-dir.ts).
    setupFiles: ['tests/support/remove-temp-dirs.ts'],
    // The JSON report lets .ci/run print one plain "N passed, N failed" line.
    reporters: ['default', 'json'],
    outputFile: { json: 'node_modules/.cache/vitest-results.json' },
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One file at a time: the browser tests share one Chromium and the build test
          // that breaks a case runs its own build.
          fileParallelism: false,
        },
      },
    ],
  },
});
