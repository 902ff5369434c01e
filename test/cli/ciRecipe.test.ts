import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { tempFiles } from '../helpers/cli.js';

// The GitHub Actions recipes of README.md (its CI section), docs/ci.md and docs/large-runs.md, run
// as written (their shell lines, with `npx evalgate` the built CLI): on an invalid suite the gate
// step exits 2 and the summary step still succeeds, showing the load error; with no output
// directory at all the summary step still succeeds.
const BIN = resolve('bin/evalgate.js');
type Step = { name?: string; run?: string; if?: string };

/** The first YAML block after `heading` in `file`. */
function yamlAfter(file: string, heading: string): string {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf(heading);
  expect(at, `${file}: ${heading}`).toBeGreaterThanOrEqual(0);
  return /```yaml\n([\s\S]*?)```/.exec(text.slice(at))![1];
}

/** The steps of the `jobs.gate` of the first YAML block after `heading` in `file`. */
function recipe(file: string, heading: string): Step[] {
  return (parse(yamlAfter(file, heading)) as { jobs: { gate: { steps: Step[] } } }).jobs.gate.steps;
}

function sh(script: string, cwd: string, summary: string) {
  const r = spawnSync('bash', ['-e', '-c', script.replaceAll('npx evalgate', `node ${JSON.stringify(BIN)}`)], { cwd, encoding: 'utf8', env: { ...process.env, GITHUB_STEP_SUMMARY: summary } });
  return { code: r.status, stderr: r.stderr };
}

const invalid = 'suite: spam\ndata: { path: d.jsonl, input: text, label: label }\nmodel: { builtin: naive-bayes }\nchecks:\n  - cross-validation: { folds: 1 }\n';

describe('the CI recipes of README.md and docs/', () => {
  it('README.md and docs/ci.md show the same recipe', () => {
    expect(yamlAfter('docs/ci.md', '## In GitHub Actions')).toBe(yamlAfter('README.md', '\n## CI\n'));
  });

  it('an invalid suite: the gate step exits 2, the summary step succeeds and shows the load error with its line', () => {
    const steps = recipe('README.md', '\n## CI\n');
    const gate = steps.find((s) => s.name === 'Gate the model')!.run!;
    const summaryStep = steps.find((s) => s.name === 'Step summary')!;
    expect(summaryStep.if).toBe('always()');
    const dir = tempFiles({ 'suites/spam.yaml': invalid, 'suites/d.jsonl': '{"text":"a","label":"x"}\n' });
    const summary = join(dir, 'step-summary.md');
    expect(sh(gate, dir, summary).code).toBe(2);
    expect(sh(summaryStep.run!, dir, summary).code).toBe(0);
    const text = readFileSync(summary, 'utf8');
    expect(text).toMatch(/^## ⛔ ERROR: evalgate did not run `suites\/spam\.yaml`/);
    expect(text).toContain('invalid (exit 2)');
    expect(text).toMatch(/\n- suites\/spam\.yaml:5:32 checks\\\[0\\\]\.cross-validation\.folds: must be &gt;= 2 \(got 1\)\n/);
  }, 30_000);

  it('no output directory at all: the summary step still succeeds and says so', () => {
    const dir = tempFiles({ 'x.txt': '' });
    const summary = join(dir, 'step-summary.md');
    expect(sh(recipe('README.md', '\n## CI\n').find((s) => s.name === 'Step summary')!.run!, dir, summary).code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('evalgate wrote no summary');
  });

  it("the sharded recipe's merge summary step is guarded too", () => {
    const steps = recipe('docs/large-runs.md', 'GitHub Actions matrix');
    const step = steps.find((s) => s.run?.includes('GITHUB_STEP_SUMMARY'))!;
    expect(step.if).toBe('always()');
    const dir = tempFiles({ 'x.txt': '' });
    const summary = join(dir, 'step-summary.md');
    expect(sh(step.run!, dir, summary).code).toBe(0);
    expect(readFileSync(summary, 'utf8')).toContain('evalgate wrote no summary');
  });

  it('run keeps the summary.md it wrote itself when a later step of the command fails', () => {
    const dir = tempFiles({ 's.yaml': 'suite: s\ndata: { path: d.jsonl, label: label, prediction: prediction }\nchecks:\n  - metrics: [accuracy]\n', 'd.jsonl': '{"label":"a","prediction":"a"}\n{"label":"b","prediction":"a"}\n' });
    const r = spawnSync(process.execPath, [BIN, 'run', 's.yaml', '--out', 'out', '--format', 'md', '--save-baseline', 'x', '--quiet'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(readFileSync(join(dir, 'out', 'summary.md'), 'utf8')).toMatch(/^## ✅ PASS: evalgate suite `s`/);
  });
});
