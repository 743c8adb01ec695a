import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.ts';

// A setup file (tests/vitest.config.ts): runs in each test file's own context, so this removes
// the folders that file made, once all its tests, and their hooks, are done.
afterAll(() => {
  removeTempDirs();
});
