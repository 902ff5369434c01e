import type { Results, Timing } from '../contract/results.js';
import { verdictMark } from './statusMark.js';
import { fmt } from '../contract/format.js';

const VERDICT_TEXT = { pass: 'PASS', warn: 'PASS with warnings', fail: 'FAIL', error: 'ERROR' } as const;
const VERDICT_ADVICE = {
  pass: 'Every gate passed: the model may ship.',
  warn: 'Every blocking gate passed, some warnings did not: the model may ship; read the warnings.',
  fail: 'A blocking gate failed: the model may not ship.',
  error: 'The run could not complete: this says nothing about the model. Fix the run and run it again.',
} as const;

/**
 * The verdict banner every report opens with: pass / warn / fail / error as an icon and a word, what that
 * means, why the run could not complete (an `error` run), the gate counts, the suite, the model identity (or "predictions from the data"), the data
 * and the date the run started (UTC).
 * Example: for a passing run → `{ mark: { icon: '✔' }, text: 'PASS', counts: '5 of 5 gates passed', ... }`.
 */
export function reportBanner(results: Results, timing: Timing | undefined) {
  const r = results;
  const parts = [`${r.counts.passed} of ${r.counts.gates} gates passed`];
  if (r.counts.failed) parts.push(`${r.counts.failed} blocking failed`);
  if (r.counts.warnings) parts.push(`${r.counts.warnings} warning${r.counts.warnings > 1 ? 's' : ''}`);
  if (r.counts.no_data) parts.push(`${r.counts.no_data} with no data`);
  return {
    mark: verdictMark(r.verdict),
    text: VERDICT_TEXT[r.verdict],
    advice: VERDICT_ADVICE[r.verdict],
    reason: r.error?.message ?? '',
    counts: parts.join(', '),
    suite: r.suite.name,
    description: r.suite.description ?? '',
    model: r.model ? `${r.model.name}${r.model.version !== undefined ? ` (version ${r.model.version})` : ''}` : 'predictions from the data',
    data: `${r.data.examples} examples from ${r.data.path}${r.data.skipped.count ? `, ${r.data.skipped.count} bad rows skipped` : ''}`,
    date: timing ? timing.started_at.replace('T', ' ').replace(/\.\d+Z$/, ' UTC') : '',
  };
}

/**
 * The reproducibility footer: suite and data hashes, every seed, versions, duration and cache use.
 * Example: `reportFooter(results, timing).rows[0]` → `{ name: 'suite', value: 'suites/spam.yaml', hash: '3f…' }`.
 */
export function reportFooter(results: Results, timing: Timing | undefined) {
  const r = results;
  const rows: { name: string; value: string; hash?: string }[] = [
    { name: 'suite', value: r.suite.file, hash: r.suite.sha256 },
    { name: 'data', value: `${r.data.path} (${r.data.format}, ${r.data.rows} rows)`, hash: r.data.sha256 },
    { name: 'seed', value: String(r.seed) },
  ];
  const m = r.checks.metrics;
  if (m) rows.push({ name: 'bootstrap', value: `${m.bootstrap.resamples} resamples, seed ${m.bootstrap.seed}` });
  const cv = r.checks['cross-validation'];
  if (cv) rows.push({ name: 'cross-validation', value: `${cv.splitter}, ${cv.folds} folds × ${cv.repeats}, ${cv.shuffle ? `shuffled with seed ${cv.seed}` : 'not shuffled'}` });
  if (r.model) rows.push({ name: 'model', value: `${r.model.name}${r.model.version !== undefined ? ` ${r.model.version}` : ''} ${JSON.stringify(r.model.parameters)}` });
  rows.push({ name: 'evalgate', value: `${r.evalgate.version} (results version ${r.evalgate.results_version})` });
  if (timing) {
    rows.push({ name: 'node', value: timing.node });
    rows.push({ name: 'run', value: `${timing.started_at} → ${timing.finished_at} (${fmt(timing.duration_ms / 1000)} s)` });
    if (timing.cache) rows.push({ name: 'cache', value: `${timing.cache.hits} answers from the cache, ${timing.cache.misses} asked of the model` });
  }
  return { rows };
}
