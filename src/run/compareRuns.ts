import { InvalidInputError, type Problem } from '../problem.js';
import type { Label, ZeroDivision } from '../metrics/types.js';
import type { Comparison, ComparedRun, ComparisonFigure } from '../contract/results.js';
import { mcnemar } from '../stats/mcnemar.js';
import { mcnemarOneSided } from '../stats/mcnemarOneSided.js';
import { pairedCells } from '../stats/pairedCells.js';
import { formatFigurePath, parseFigurePath } from '../suite/parseGate.js';
import type { ComparisonSpec } from '../suite/types.js';
import { bootstrapFigures, crossValidationFigures, labelCodes, type IntervalAt } from './compareFigures.js';
import { confusionFigure } from './confusionFigure.js';
import { judgeComparisonGates } from './judgeComparisonGates.js';
import { outcomeStatistics } from './outcomeStatistics.js';
import { pairedStatisticFigures } from './pairedStatisticFigures.js';
import { scoreStatistics } from './scoreStatistics.js';
import { ownFigureValues } from './ownFigureValues.js';
import { pairRecords } from './pairRecords.js';
import type { StoredRun } from './readRun.js';

const LISTED = 100;
const EXAMPLES = 50;

function describeRun(r: StoredRun): ComparedRun {
  const res = r.results;
  return {
    dir: r.dir, ...(r.baselineName !== undefined ? { baseline_name: r.baselineName } : {}),
    suite: res.suite.name, suite_sha256: res.suite.sha256, data_sha256: res.data.sha256,
    ...(res.model ? { model: res.model.name } : {}), examples: res.data.examples,
  };
}

/**
 * Holds a candidate run against a baseline run: pairs their records by (check, variant, id),
 * tests per-example correctness with McNemar's exact test, puts a paired-bootstrap interval on the
 * difference of every confusion-matrix figure (joint cells) and of every score-based, robustness,
 * template, safety and quality figure both runs have (paired rows, recomputed from the records:
 * the scores of the metrics records and the terms of the outcome records), a corrected resampled t-test on every
 * cross-validated figure when both used the same folds, and judges the regression gates.
 * Throws InvalidInputError (exit 2) for runs of different suites or data (unless `force`),
 * different label sets, no example in common, or gates the runs cannot answer.
 */
export async function compareRuns(baseline: StoredRun, candidate: StoredRun, o: { force: boolean; spec: ComparisonSpec; seed?: number }): Promise<Comparison> {
  const B = baseline.results;
  const C = candidate.results;
  const problems: Problem[] = [];
  const bad = (code: string, message: string) => problems.push({ code, file: candidate.dir, path: [], message });
  const warnings: string[] = [];
  if (B.suite.sha256 !== C.suite.sha256 || B.suite.name !== C.suite.name) {
    if (o.force) warnings.push(`different suites compared (--force): '${B.suite.name}' and '${C.suite.name}'`);
    else bad('different-suite', `the runs are of different suites ('${B.suite.name}' ${B.suite.sha256.slice(0, 12)} in ${baseline.dir}, '${C.suite.name}' ${C.suite.sha256.slice(0, 12)} here): pass --force to compare them anyway`);
  }
  if (B.data.sha256 !== C.data.sha256) {
    if (o.force) warnings.push(`different data compared (--force): ${B.data.path} and ${C.data.path}`);
    else bad('different-data', `the runs read different data (${B.data.path} sha256 ${B.data.sha256.slice(0, 12)} in ${baseline.dir}, ${C.data.path} sha256 ${C.data.sha256.slice(0, 12)} here): pass --force to compare them anyway`);
  }
  const bm = B.checks.metrics;
  const cm = C.checks.metrics;
  const key = (ls: readonly Label[]) => ls.map((l) => JSON.stringify(l)).sort().join(',');
  if (bm?.confusion_matrix && cm?.confusion_matrix && key(bm.confusion_matrix.labels) !== key(cm.confusion_matrix.labels)) {
    bad('label-mismatch', `the runs have different label sets: ${bm.confusion_matrix.labels.map((l) => JSON.stringify(l)).join(', ')} in ${baseline.dir}, ${cm.confusion_matrix.labels.map((l) => JSON.stringify(l)).join(', ')} here`);
  }
  if (problems.length > 0) throw new InvalidInputError(problems);

  const pairing = await pairRecords(baseline.recordsPath, candidate.recordsPath);
  if (pairing.pairs.length === 0 && pairing.outcomes.length === 0) throw new InvalidInputError([{ code: 'no-overlap', file: candidate.dir, path: [], message: `no example is in both runs (${pairing.onlyBaseline.length} only in ${baseline.dir}, ${pairing.onlyCandidate.length} only here): nothing to compare` }]);
  const seed = o.seed ?? C.seed;
  const figures: ComparisonFigure[] = [];
  const intervals: IntervalAt[] = [];
  let tests: Comparison['mcnemar'];
  const levels = o.spec.gates.flatMap((g) => (g.claim.kind === 'non-inferiority' && g.claim.confidence !== undefined ? [g.claim.confidence] : []));

  const metricPairs = pairing.pairs.filter((p) => p.check === 'metrics' && !p.error);
  if (cm?.confusion_matrix && metricPairs.length > 0 && cm.target !== 'multilabel') {
    const labels = cm.confusion_matrix.labels;
    const codes = labelCodes(labels);
    const code = (v: unknown, id: string) => {
      const c = codes.get(JSON.stringify(v));
      if (c === undefined) throw new InvalidInputError([{ code: 'label-mismatch', file: candidate.dir, path: [], message: `example ${id}: ${JSON.stringify(v)} is not one of the runs' labels` }]);
      return c;
    };
    const n = metricPairs.length;
    const y = new Int32Array(n);
    const a = new Int32Array(n);
    const c = new Int32Array(n);
    const counts = { both_right: 0, both_wrong: 0, broken: 0, fixed: 0 };
    const fixed: NonNullable<Comparison['mcnemar']>['fixed_examples'] = [];
    const broken: typeof fixed = [];
    metricPairs.forEach((p, i) => {
      y[i] = code(p.expected, p.id);
      a[i] = code(p.baseline, p.id);
      c[i] = code(p.candidate, p.id);
      const ra = a[i] === y[i];
      const rc = c[i] === y[i];
      const ex = { id: p.id, expected: p.expected, baseline: p.baseline, candidate: p.candidate };
      if (ra && rc) counts.both_right++;
      else if (!ra && !rc) counts.both_wrong++;
      else if (ra) { counts.broken++; if (broken.length < EXAMPLES) broken.push(ex); }
      else { counts.fixed++; if (fixed.length < EXAMPLES) fixed.push(ex); }
    });
    const t = mcnemar(counts.broken, counts.fixed);
    tests = { ...counts, statistic: t.statistic, p_value: t.pvalue, ...mcnemarOneSided(counts.broken, counts.fixed), test: 'mcnemar-exact', fixed_examples: fixed, broken_examples: broken };
    const ctx = { matrixLabels: labels, labels: cm.labels, ...(cm.pos_label !== undefined ? { posLabel: cm.pos_label } : {}), average: cm.average, zeroDivision: zeroDivision(cm.zero_division) };
    const gateNames = o.spec.gates.filter((g) => g.figure[0] !== 'cross-validation').map((g) => formatFigurePath(g.figure));
    const defaults = Object.entries(C.figures).filter(([name, f]) => f.average === undefined && !name.startsWith('support') && name !== 'n').map(([name]) => name);
    const names = [...new Set([...gateNames, ...defaults])].filter((name) => name in B.figures && confusionFigure(parse(name), ctx) !== undefined);
    const r = bootstrapFigures(pairedCells(y, a, c, labels.length), names, ctx, { seed, resamples: o.spec.resamples, confidence: o.spec.confidence, levels });
    figures.push(...r.figures);
    intervals.push(r.intervalAt);
  }
  const order = new Map(Object.keys(C.figures).map((k, i) => [k, i]));
  const has = (f: string) => f in B.figures && f in C.figures;
  const rowSpecs = [
    ...(cm && bm && cm.target === bm.target ? scoreStatistics(metricPairs, cm, has) : []),
    ...outcomeStatistics(pairing.outcomes, has),
  ].sort((x, y) => (order.get(x.figure) ?? 0) - (order.get(y.figure) ?? 0));
  if (rowSpecs.length > 0) {
    const gated = new Set(o.spec.gates.map((g) => formatFigurePath(g.figure)));
    const r = pairedStatisticFigures(rowSpecs, { seed, resamples: o.spec.resamples, confidence: o.spec.confidence, levels, gated });
    figures.push(...ownFigureValues(r.figures, B.figures, C.figures));
    intervals.push(r.intervalAt);
  }
  const bcv = B.checks['cross-validation'];
  const ccv = C.checks['cross-validation'];
  if (bcv && ccv) {
    // The t-test pairs the runs' per-fold figures, each computed over a whole fold (and its model fitted
    // on the rest), so a fold cannot drop the examples the other run's fold lacks: when any
    // cross-validation example is in one run only, the folds hold different examples and the test is
    // skipped, saying how many. Units of other checks in one run only do not bear on it.
    const [cvOnlyBase, cvOnlyCand] = pairing.onlyByCheck['cross-validation'] ?? [0, 0];
    const same = bcv.splitter === ccv.splitter && bcv.folds === ccv.folds && bcv.repeats === ccv.repeats && bcv.shuffle === ccv.shuffle && bcv.seed === ccv.seed &&
      bcv.per_fold.length === ccv.per_fold.length && bcv.per_fold.every((f, i) => f.fold === ccv.per_fold[i].fold && f.test === ccv.per_fold[i].test);
    if (!same) warnings.push('the runs were not cross-validated on the same folds: no corrected resampled t-test');
    else if (cvOnlyBase + cvOnlyCand > 0) warnings.push(`the runs' folds hold different examples (${cvOnlyBase} cross-validation records only in the baseline, ${cvOnlyCand} only in the candidate): no corrected resampled t-test`);
    else {
      const r = crossValidationFigures(bcv, ccv, o.spec.confidence);
      figures.push(...r.figures);
      intervals.push(r.intervalAt);
    }
  }
  for (const g of o.spec.gates) {
    const name = formatFigurePath(g.figure);
    if (!figures.some((f) => f.figure === name)) {
      throw new InvalidInputError([{ code: 'unknown-figure', path: ['comparison', 'gates'], message: `comparison gate '${g.expression}': the runs do not both have ${name} to compare${g.figure[0] === 'cross-validation' ? ' (both must be cross-validated on the same folds, holding the same examples)' : ''}` }]);
    }
  }
  const intervalAt: IntervalAt = (f, level) => intervals.map((i) => i(f, level)).find((x) => x !== undefined);
  const gates = judgeComparisonGates(o.spec.gates, figures, intervalAt, tests, o.spec);
  const failed = (s: string) => gates.some((g) => g.status === 'fail' && g.severity === s);
  return {
    baseline: describeRun(baseline), candidate: describeRun(candidate), forced: o.force && warnings.some((w) => w.includes('--force')),
    seed, resamples: o.spec.resamples, confidence: o.spec.confidence, alpha: o.spec.alpha,
    pairing: {
      paired: pairing.pairs.length, errors: pairing.pairs.filter((p) => p.error).length, units: pairing.outcomes.length,
      only_baseline: { count: pairing.onlyBaseline.length, ids: pairing.onlyBaseline.slice(0, LISTED) },
      only_candidate: { count: pairing.onlyCandidate.length, ids: pairing.onlyCandidate.slice(0, LISTED) },
      status_mismatch: { count: pairing.statusMismatch.length, ids: pairing.statusMismatch.slice(0, LISTED) },
    },
    ...(tests ? { mcnemar: tests } : {}),
    figures, gates, verdict: failed('blocking') ? 'fail' : failed('warning') ? 'warn' : 'pass',
    counts: { gates: gates.length, passed: gates.filter((g) => g.status === 'pass').length, failed: gates.filter((g) => g.status === 'fail' && g.severity === 'blocking').length, warnings: gates.filter((g) => g.status === 'fail' && g.severity === 'warning').length },
    warnings,
  };
}

/** A canonical figure name back to its segments. */
function parse(name: string): string[] {
  const p = parseFigurePath(name);
  return p.ok ? p.path : [name];
}

function zeroDivision(s: string): ZeroDivision {
  return (s === 'warn' || s === 'nan' ? s : Number(s)) as ZeroDivision;
}
