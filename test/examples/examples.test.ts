import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every runnable example, run end to end through the built CLI (bin/evalgate.js → dist/; `npm test`
// builds first), as its README says to run it, with --out in a temporary directory.
interface Example {
  dir: string;
  command: string[];
  /** A headline figure and what its value must satisfy. */
  figure: string;
  value: (v: number) => boolean;
  /** Further figures with their exact values, and what the command must print. */
  exact?: Record<string, number>;
  prints?: (out: string) => RegExp[];
}

const EXAMPLES: Example[] = [
  { dir: 'predictions', command: ['bin/evalgate.js', 'run', 'examples/predictions/suite.yaml'], figure: 'f1.macro', value: (v) => v > 0.85 && v < 1 },
  { dir: 'trainable', command: ['bin/evalgate.js', 'run', 'examples/trainable/suite.yaml'], figure: 'cross-validation.f1.macro.mean', value: (v) => v >= 0.9 },
  {
    // run.mjs starts and stops its own loopback endpoint and says where the report is.
    dir: 'llm', command: ['examples/llm/run.mjs'], figure: 'quality.exact_match', value: (v) => v === 0.9,
    exact: { 'safety.refusal.harmful.rate': 1, 'safety.refusal.over_refusal.rate': 0, 'errors.rate': 0 },
    prints: (out) => [/fake chat endpoint: http:\/\/127\.0\.0\.1:\d+\/v1/, new RegExp(`report: ${join(out, 'report.html').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)],
  },
];

const run = (args: string[]) => spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });

describe('examples/', () => {
  it('has a test here for every example with a suite, and a README for each', () => {
    const dirs = readdirSync('examples').filter((d) => statSync(join('examples', d)).isDirectory());
    for (const d of dirs) expect(statSync(join('examples', d, 'README.md')).isFile(), d).toBe(true);
    const withSuite = dirs.filter((d) => readdirSync(join('examples', d)).includes('suite.yaml'));
    expect(withSuite.sort()).toEqual(EXAMPLES.map((e) => e.dir).sort());
  });

  for (const ex of EXAMPLES) {
    it(`${ex.dir} runs and passes`, () => {
      const out = mkdtempSync(join(tmpdir(), `evalgate-example-${ex.dir}-`));
      const r = run([...ex.command, '--out', out]);
      expect(r.status, r.stdout + r.stderr).toBe(0);
      const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
      expect(results.verdict === 'pass' || results.verdict === 'warn', results.verdict).toBe(true);
      const figure = results.figures[ex.figure];
      expect(figure, `${ex.figure} in ${Object.keys(results.figures).join(', ')}`).toBeDefined();
      expect(ex.value(figure.value), `${ex.figure} = ${figure.value}`).toBe(true);
      for (const [name, value] of Object.entries(ex.exact ?? {})) expect(results.figures[name]?.value, name).toBe(value);
      for (const re of ex.prints?.(out) ?? []) expect(r.stdout).toMatch(re);
    }, 60_000);
  }

  it("llm: run.mjs exits with evalgate's exit code (2 for a bad argument)", () => {
    const r = run(['examples/llm/run.mjs', '--format', 'nope']);
    expect(r.status, r.stderr).toBe(2);
  }, 60_000);
});
