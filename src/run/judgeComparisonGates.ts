import type { Comparison, ComparisonFigure, ComparisonGateResult } from '../contract/results.js';
import { fmt } from '../contract/format.js';
import { holm } from '../stats/holm.js';
import { mcnemarOneSided } from '../stats/mcnemarOneSided.js';
import { benjaminiHochberg } from '../stats/benjaminiHochberg.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { ComparisonGate, ComparisonSpec } from '../suite/types.js';
import type { IntervalAt } from './compareFigures.js';

const pct = (c: number) => `${Math.round(c * 1000) / 10}%`;

function testName(f: ComparisonFigure, confidence?: number): string {
  const level = confidence !== undefined ? `, ${pct(confidence)} interval of candidate − baseline` : ', one-sided p-value';
  return f.test === 'corrected-resampled-t'
    ? `corrected resampled t-test (Nadeau–Bengio, df ${f.df})${level}`
    : `paired bootstrap (${f.resamples} resamples of ${f.test === 'paired-bootstrap-rows' ? `the ${f.pairs} paired units` : 'the joint label/prediction cells'})${confidence !== undefined ? `, ${pct(confidence)} percentile interval of candidate − baseline` : ', one-sided p-value'}`;
}

/**
 * Judges regression gates: a non-inferiority claim passes when the interval bound of
 * candidate − baseline clears the threshold (REFERENCES.md: lower bound ≥ −margin); "no significant
 * regression" fails when the one-sided p-value that the candidate is worse, corrected, is below α;
 * "improves" passes when the corrected p-value that it is better is below α. Accuracy is tested with
 * McNemar's exact test when the per-example correctness is known. Tests of blocking gates are
 * corrected together with Holm's method, those of warning gates with Benjamini–Hochberg. Pure.
 */
export function judgeComparisonGates(
  gates: readonly ComparisonGate[],
  figures: readonly ComparisonFigure[],
  intervalAt: IntervalAt,
  mcnemar: Comparison['mcnemar'],
  spec: Pick<ComparisonSpec, 'confidence' | 'alpha'>,
): ComparisonGateResult[] {
  const byName = new Map(figures.map((f) => [f.figure, f]));
  const tests: { index: number; p: number; alpha: number; severity: ComparisonGate['severity'] }[] = [];
  const results = gates.map((g, index): ComparisonGateResult => {
    const figure = formatFigurePath(g.figure);
    const base = { name: g.name, expression: g.expression, figure, claim: g.claim.kind, severity: g.severity };
    const f = byName.get(figure);
    if (!f) return { ...base, test: 'none', method: 'none', status: 'fail', message: `${figure} was not compared: the runs do not both have it` };
    const shown = `${figure}: candidate − baseline = ${fmt(f.delta)}`;
    if (g.claim.kind === 'non-inferiority') {
      const confidence = g.claim.confidence ?? spec.confidence;
      const iv = intervalAt(figure, confidence) ?? { low: NaN, high: NaN };
      const bound = g.claim.op === '>=' ? iv.low : iv.high;
      const pass = g.claim.op === '>=' ? bound >= g.claim.threshold : bound <= g.claim.threshold;
      const side = g.claim.op === '>=' ? 'lower' : 'upper';
      return {
        ...base, test: testName(f, confidence), method: f.test, sidedness: 'two-sided', status: pass ? 'pass' : 'fail', threshold: g.claim.threshold, confidence, bound,
        message: `${shown} [${fmt(iv.low)}, ${fmt(iv.high)}]; ${side} bound ${fmt(bound)} ${pass ? 'is' : 'is not'} ${g.claim.op} ${g.claim.threshold}`,
      };
    }
    const alpha = g.claim.alpha ?? spec.alpha;
    const worse = g.claim.kind === 'no-regression';
    let p = worse ? f.p_worse : f.p_better;
    let test = testName(f);
    let method: ComparisonGateResult['method'] = f.test;
    if (figure === 'accuracy' && mcnemar) {
      // One-sided exact test (binomial on the discordant pairs), as the claim names one direction.
      const one = mcnemarOneSided(mcnemar.broken, mcnemar.fixed);
      p = worse ? one.p_worse : one.p_better;
      method = 'mcnemar-exact';
      test = `McNemar's exact test, one-sided (P(${worse ? 'broken' : 'fixed'} ≥ ${worse ? mcnemar.broken : mcnemar.fixed} | ${mcnemar.broken + mcnemar.fixed} discordant, ½); ${mcnemar.fixed} fixed, ${mcnemar.broken} broken)`;
    }
    tests.push({ index, p: Number.isNaN(p) ? 1 : p, alpha, severity: g.severity });
    return { ...base, test, method, sidedness: 'one-sided', alternative: worse ? 'candidate-worse' : 'candidate-better', status: 'pass', alpha, p_value: p, message: '' };
  });
  for (const severity of ['blocking', 'warning'] as const) {
    const group = tests.filter((t) => t.severity === severity);
    // Each gate keeps its own α; the correction is applied at each gate's α over the whole group.
    for (const t of group) {
      const corrected = (severity === 'blocking' ? holm : benjaminiHochberg)(group.map((x) => x.p), t.alpha);
      const j = group.indexOf(t);
      const r = results[t.index];
      const significant = corrected.reject[j];
      r.p_adjusted = corrected.adjusted[j];
      r.correction = severity === 'blocking' ? 'holm' : 'benjamini-hochberg';
      const f = byName.get(r.figure)!;
      const head = `${r.figure}: candidate − baseline = ${fmt(f.delta)}; p = ${fmt(r.p_value)}, ${r.correction === 'holm' ? 'Holm' : 'BH'}-adjusted ${fmt(r.p_adjusted)} over ${group.length} test${group.length > 1 ? 's' : ''}`;
      if (r.claim === 'no-regression') {
        r.status = significant ? 'fail' : 'pass';
        r.message = `${head}: ${significant ? `a significant regression at α = ${t.alpha}` : `no significant regression at α = ${t.alpha}`}`;
      } else {
        r.status = significant ? 'pass' : 'fail';
        r.message = `${head}: ${significant ? `a significant improvement at α = ${t.alpha}` : `no significant improvement at α = ${t.alpha}`}`;
      }
    }
  }
  return results;
}
