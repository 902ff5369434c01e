import type { ModelCallFailure, Results, RunError } from '../contract/results.js';
import { gateCounts } from './gateCounts.js';

/** A share as a percentage for messages, without float noise: `0.07` → `"7%"`, `1` → `"100%"`. */
function percent(x: number, digits?: number): string {
  return `${digits === undefined ? String(Number((100 * x).toPrecision(12))) : (100 * x).toFixed(digits)}%`;
}

/**
 * One model's part of the reason. Example: the baseline of a two-model suite →
 * `the baseline 'b': 40 of 40 model calls failed (100.0%, above the suite's max_error_rate of 5%): the run could not complete; first: e0: boom`
 * (a one-model suite's starts at the count).
 */
export function describeFailure(f: ModelCallFailure): string {
  const who = f.role === 'model' ? '' : `the ${f.role} '${f.name}': `;
  const first = f.first_error ? `; first: ${f.first_error.id}: ${f.first_error.error}` : '';
  return `${who}${f.errors} of ${f.calls} model calls failed (${percent(f.error_rate, 1)}, above the suite's max_error_rate of ${percent(f.max_error_rate)}): the run could not complete${first}`;
}

/**
 * The rule that decides whether a run could complete: each model (a two-model suite's baseline
 * as well as its candidate) is held to its own `max_error_rate`; a model whose share of failed
 * calls is above it makes the run an error. Returns why, or undefined when every model is within
 * its rate. Shared by `run`, `merge` and two-model suites. Pure.
 * Example: a model with 40 of 40 calls failed and max_error_rate 0.05 →
 * `{ reason: 'error_rate', message: "40 of 40 model calls failed (100.0%, above the suite's max_error_rate of 5%): the run could not complete", models: [...] }`.
 */
export function runError(models: readonly { role: ModelCallFailure['role']; model: Results['model'] }[]): RunError | undefined {
  const failing: ModelCallFailure[] = [];
  for (const { role, model: m } of models) {
    if (!m || !(m.error_rate > m.max_error_rate)) continue;
    failing.push({ role, name: m.name, calls: m.calls, errors: m.errors, error_rate: m.error_rate, max_error_rate: m.max_error_rate, ...(m.first_errors[0] ? { first_error: m.first_errors[0] } : {}) });
  }
  if (failing.length === 0) return undefined;
  return { reason: 'error_rate', message: failing.map(describeFailure).join('; '), models: failing };
}

/**
 * Results with the verdict `error` and its reason: a gate whose figure has no value (no answers
 * to compute it from) reads "no data" with the reason instead of failing on NaN; gates over
 * figures that were computed keep their outcome, for information, and the counts are recounted.
 * The verdict is `error` whatever the gates say. Pure. Example: `withRunError(r, e).verdict` → `'error'`.
 */
export function withRunError(results: Results, error: RunError): Results {
  const why = error.models.map((f) => `${f.role === 'model' ? '' : `${f.role}: `}${f.errors} of ${f.calls} model calls failed`).join(', ');
  const gates = results.gates.map((g) =>
    g.status === 'fail' && Number.isNaN(g.value)
      ? { ...g, status: 'no_data' as const, message: `${g.stat === 'value' ? g.figure : `${g.figure}.${g.stat}`}: no data (${why}: the run could not complete)` }
      : g,
  );
  return { ...results, gates, verdict: 'error', error, counts: gateCounts([...gates, ...(results.comparison?.gates ?? [])]) };
}
