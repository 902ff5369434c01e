import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

// This module names the patterns it looks for, so it is never read as a test's helper.
const SELF = fileURLToPath(import.meta.url);

/** The vitest project a test file belongs to: `unit` (in process, no dist/) or `e2e`. */
export type TestLayer = 'unit' | 'e2e';

/**
 * What makes a test end-to-end, read from its source text (and from the test helpers and fixtures
 * it imports): it starts processes (child_process, the `bin/evalgate.js` entry, `process.execPath`
 * as a child or a command model's argv, the command-model and fit-command constructors), signals
 * them (`process.kill`, `.kill('SIG…')`), listens on loopback (`createServer`, `.listen(`) or
 * drives a browser (playwright).
 */
export const PROCESS_PATTERN = new RegExp(
  [
    String.raw`from\s+['"](?:node:)?child_process['"]`,
    String.raw`bin/evalgate(?:\.js)?\b`,
    String.raw`process\.execPath`,
    String.raw`\bcreateCommandModel\(`,
    String.raw`\brunFitCommand\(`,
    String.raw`process\.kill\(`,
    String.raw`\.kill\(\s*['"]SIG`,
    String.raw`\bcreateServer\(`,
    String.raw`\.listen\(`,
    String.raw`playwright`,
  ].join('|'),
);

/**
 * What makes a test an end-to-end CLI test although it stays in process: it drives `evalgate`
 * commands through the CLI entry (`runCli(` from test/helpers/cli.ts: suite files on disk,
 * the whole run, output files read back). Read from the test file's own text only, since
 * helpers/cli.ts also lends `tempFiles` and `jsonl` to unit tests.
 */
export const CLI_PATTERN = /\brunCli\(/;

/** Relative imports of test-side modules (helpers, fixtures: inside the file's test/ tree), resolved to .ts paths that exist. */
function localImports(file: string, text: string): string[] {
  const at = file.indexOf(`${sep}test${sep}`);
  const tree = at < 0 ? dirname(file) + sep : file.slice(0, at + 6);
  const specs = [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => m[1]);
  return specs
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')))
    .filter((p) => p !== SELF && p.startsWith(tree) && existsSync(p));
}

/** Whether `path`, or a test helper or fixture it imports (transitively, never into src/), matches {@link PROCESS_PATTERN}. */
function startsProcesses(path: string, seen: Set<string>): boolean {
  if (seen.has(path)) return false;
  seen.add(path);
  const text = readFileSync(path, 'utf8');
  return PROCESS_PATTERN.test(text) || localImports(path, text).some((p) => startsProcesses(p, seen));
}

/**
 * The layer of one test file: `e2e` when its own text matches {@link CLI_PATTERN}, or it or a test
 * helper or fixture it imports matches {@link PROCESS_PATTERN}; else `unit`. Reads files
 * synchronously; meant for vitest.config.ts. Example: `testLayer('test/report/browser.test.ts')` → `'e2e'`.
 */
export function testLayer(file: string): TestLayer {
  const path = resolve(file);
  return CLI_PATTERN.test(readFileSync(path, 'utf8')) || startsProcesses(path, new Set()) ? 'e2e' : 'unit';
}

/** Every `*.test.ts` file under `dir`, as paths relative to `root` with `/` separators. */
export function testFiles(dir: string, root = process.cwd()): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name), root) : e.name.endsWith('.test.ts') ? [relative(root, join(dir, e.name)).split(sep).join('/')] : []))
    .sort();
}

/** The test files under `dir` that {@link testLayer} puts in the e2e project. */
export function e2eTestFiles(dir: string, root = process.cwd()): string[] {
  return testFiles(dir, root).filter((f) => testLayer(join(root, f)) === 'e2e');
}
