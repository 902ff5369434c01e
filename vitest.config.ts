import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';
import { e2eTestFiles } from './test/helpers/testLayer.js';

// Two projects, classified by what each test file does (test/helpers/testLayer.ts): `e2e` starts
// processes, listens on loopback, drives a browser or runs whole suites through the CLI entry;
// `unit` is everything else and runs in process without dist/. The list is read from the files at
// each start, so a new test lands in the right project without anyone keeping a list.
// docs/development.md describes the two layers.
const root = fileURLToPath(new URL('.', import.meta.url));
const e2e = e2eTestFiles(`${root}test`, root);

export default defineConfig({
  test: {
    testTimeout: 30_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, ...e2e] } },
      { extends: true, test: { name: 'e2e', include: e2e } },
    ],
  },
});
