import { beforeAll, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';

const XSD = readFileSync(new URL('../fixtures/junit.xsd', import.meta.url), 'utf8');

// A run that cannot complete has the verdict `error` in every output and exits 3: results.json
// (with the reason, valid against its schema), summary.md, junit.xml (an <error>, not a
// <failure>), the report's banner and the terminal. Never "FAIL", "PASS" or NaN gates.

/** A loopback port nobody listens on: bound, then closed. */
async function deadPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const rows = Array.from({ length: 24 }, (_, i) => ({ id: `e${i}`, text: i % 4 === 0 ? `win cash ${i}` : `lunch at ${i}`, label: i % 4 === 0 ? 'spam' : 'ham' }));
const okModel = `export function predict(inputs) { return inputs.map((t) => ({ label: t.startsWith('win') ? 'spam' : 'ham' })); }\n`;
const throwing = `export function predict() { throw new Error('baseline is down'); }\n`;
let url = '';
beforeAll(async () => {
  url = `http://127.0.0.1:${await deadPort()}/predict`;
});

const dead = (gates: string) => `suite: dead
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http: { url: ${url}, body: '{"text": "{{input}}"}', output: label }
  retries: 0
  timeout_ms: 1000
checks:
  - metrics: [accuracy, f1, recall]
${gates}`;
const paired = (comparison: string) => `suite: pair
data: { path: d.jsonl, id: id, input: text, label: label }
baseline: { module: ./throw.mjs }
candidate: { module: ./ok.mjs }
checks:
  - metrics: [accuracy]
gates:
  - accuracy >= 0.5
${comparison}`;

// `passed`: gates whose figures the run did compute (the candidate's, when only the baseline broke) keep their outcome.
const cases: { name: string; suite: () => string; reason: RegExp; gates: number; passed?: number }[] = [
  { name: 'a dead endpoint', suite: () => dead('gates:\n  - accuracy >= 0.9\n  - f1.macro >= 0.8\n'), reason: /24 of 24 model calls failed \(100\.0%, above the suite's max_error_rate of 5%\): the run could not complete; first: e\d+: .*ECONNREFUSED/, gates: 2 },
  { name: 'a dead endpoint with a gate on a per-label figure', suite: () => dead('gates:\n  - recall.spam >= 0.8\n'), reason: /24 of 24 model calls failed/, gates: 1 },
  { name: 'a suite without gates whose calls all fail', suite: () => dead(''), reason: /24 of 24 model calls failed/, gates: 0 },
  { name: 'a baseline that always throws', suite: () => paired(''), reason: /the baseline 'module:.*throw\.mjs': 24 of 24 model calls failed .*baseline is down/, gates: 1, passed: 1 },
  { name: 'a baseline that always throws, with comparison gates', suite: () => paired('comparison:\n  gates:\n    - accuracy: candidate - baseline >= -0.05\n    - accuracy: improves\n'), reason: /the baseline .*; the comparison \(2 regression gates\) was not made/, gates: 1, passed: 1 },
];

async function expectErrorEverywhere(out: string, stdout: string, reason: RegExp, gates: number, passed = 0) {
  const results = readResults(out);
  expect(results.verdict).toBe('error');
  expect(results.error.reason).toBe('error_rate');
  expect(results.error.message).toMatch(reason);
  expect(results.counts).toEqual({ gates, passed, failed: 0, warnings: 0, no_data: gates - passed });
  expect(results.gates).toHaveLength(gates);
  for (const g of results.gates.filter((x: { status: string }) => x.status !== 'pass')) {
    expect(g.status).toBe('no_data');
    expect(g.value).toBeNull();
    expect(g.message).toMatch(/no data \(.*model calls failed: the run could not complete\)/);
  }
  const summary = readFileSync(join(out, 'summary.md'), 'utf8');
  expect(summary).toMatch(/^## ⛔ ERROR: /);
  expect(summary).toContain('**The run could not complete; this is not a verdict on the model.**');
  expect(summary).not.toMatch(/FAIL|PASS|NaN/);
  const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
  expect(junit).toMatch(/<testcase classname="evalgate\.\w+" name="run completed">\s*<error message="[^"]*model calls failed[^"]*: the run could not complete[^"]*" type="error_rate">/);
  expect(junit).toContain('errors="1"');
  expect(junit).not.toContain('<failure');
  expect((await validateXML({ xml: [{ fileName: 'junit.xml', contents: junit }], schema: [XSD] })).errors).toEqual([]);
  expect(junit).toContain(`skipped="${gates - passed}"`);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  expect(html).toMatch(/<header class="banner status-error" id="verdict">/);
  expect(html).toContain('<span class="verdict-text">ERROR</span>');
  expect(html).toMatch(/<p class="reason">[^<]*model calls failed [^<]*: the run could not complete/);
  expect(html).not.toContain('may not ship');
  expect(/id="gates-table">[\s\S]*?<\/table>/.exec(html)?.[0] ?? '').not.toContain('NaN');
  expect(stdout).toContain(`verdict: ERROR (${passed}/${gates} gates passed${gates - passed ? `, ${gates - passed} with no data` : ''})`);
  expect(stdout).not.toMatch(/FAIL|PASS|NaN/);
}

describe('a run that cannot complete: verdict error, exit 3, in every output', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const dir = tempFiles({ 's.yaml': c.suite(), 'd.jsonl': jsonl(rows), 'ok.mjs': okModel, 'throw.mjs': throwing });
      const out = join(dir, 'out');
      const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--no-cache']);
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^error: .*model calls failed .*: the run could not complete/m);
      expect(r.stderr).toMatch(c.reason);
      await expectErrorEverywhere(out, r.stdout, c.reason, c.gates, c.passed);
    }, 90_000);
  }

  it('the broken baseline keeps its own results.json with the verdict error', async () => {
    const dir = tempFiles({ 's.yaml': paired(''), 'd.jsonl': jsonl(rows), 'ok.mjs': okModel, 'throw.mjs': throwing });
    const out = join(dir, 'out');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', out, '--no-cache', '--quiet'])).code).toBe(3);
    const base = readResults(join(out, 'baseline'));
    expect(base.verdict).toBe('error');
    expect(base.error.models).toEqual([expect.objectContaining({ role: 'model', calls: 24, errors: 24, error_rate: 1, max_error_rate: 0.05 })]);
  }, 90_000);

  it('a sharded run against a dead endpoint merges into the verdict error (exit 3)', async () => {
    const dir = tempFiles({ 's.yaml': dead('gates:\n  - recall.spam >= 0.8\n'), 'd.jsonl': jsonl(rows) });
    for (const i of [1, 2]) {
      const s = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, `s${i}`), '--shard', `${i}/2`, '--no-cache', '--quiet']);
      expect(s.code).toBe(0);
    }
    const out = join(dir, 'merged');
    const m = await runCli(['merge', join(dir, 's1'), join(dir, 's2'), '--out', out]);
    expect(m.code).toBe(3);
    expect(m.stderr).toMatch(/^error: 24 of 24 model calls failed \(100\.0%, above the suite's max_error_rate of 5%\): the run could not complete/m);
    await expectErrorEverywhere(out, m.stdout, /24 of 24 model calls failed/, 1);
  }, 90_000);

  it('an error run is not saved as a baseline, nor compared with one', async () => {
    const dir = tempFiles({ 's.yaml': dead('gates:\n  - accuracy >= 0.9\n'), 'good.yaml': `suite: good\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel: { module: ./ok.mjs }\nchecks:\n  - metrics: [accuracy]\n`, 'd.jsonl': jsonl(rows), 'ok.mjs': okModel });
    const bases = join(dir, 'bases');
    const saved = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'o1'), '--no-cache', '--quiet', '--save-baseline', 'v1', '--baselines-dir', bases]);
    expect(saved.code).toBe(3);
    expect(saved.stderr).toContain("baseline 'v1' not saved: the run could not complete");
    expect(existsSync(join(bases, 'v1'))).toBe(false);
    expect((await runCli(['run', join(dir, 'good.yaml'), '--out', join(dir, 'o2'), '--quiet', '--save-baseline', 'v0', '--baselines-dir', bases])).code).toBe(0);
    const held = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'o3'), '--no-cache', '--baseline', 'v0', '--baselines-dir', bases]);
    expect(held.code).toBe(3);
    const results = readResults(join(dir, 'o3'));
    expect(results.verdict).toBe('error');
    expect(results.comparison).toBeUndefined();
  }, 90_000);

  it('a model within its max_error_rate is judged by its gates as before', async () => {
    const half = `export function predict(inputs) { return inputs.map((t, i) => (t.includes('1') ? { error: 'no' } : { label: t.startsWith('win') ? 'spam' : 'ham' })); }\n`;
    const dir = tempFiles({ 's.yaml': `suite: ok\ndata: { path: d.jsonl, id: id, input: text, label: label }\nmodel: { module: ./ok.mjs }\nchecks:\n  - metrics: [accuracy]\ngates:\n  - accuracy >= 0.99\n`, 'd.jsonl': jsonl(rows), 'ok.mjs': okModel, 'half.mjs': half });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache', '--quiet']);
    expect(r.code).toBe(0);
    const results = readResults(join(dir, 'out'));
    expect(results.verdict).toBe('pass');
    expect(results.error).toBeUndefined();
    expect(results.counts).toEqual({ gates: 1, passed: 1, failed: 0, warnings: 0, no_data: 0 });
  }, 90_000);
});
