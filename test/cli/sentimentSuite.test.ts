import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, afterHeader } from '../helpers/cli.js';

// suites/sentiment.yaml gates a lexicon model nobody here wrote (the `sentiment` package): it must
// pass on accuracy and surface the failures such a model really has.
describe('suites/sentiment.yaml', () => {
  it('passes the accuracy gate and fails on typos, look-alike letters, negation and "never"', async () => {
    const out = mkdtempSync(join(tmpdir(), 'evalgate-sentiment-'));
    const r = await runCli(['run', 'suites/sentiment.yaml', '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(1);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const f = (k: string) => results.figures[k].value as number;
    const gate = (name: string) => results.gates.find((g: { name: string }) => g.name === name).status;
    expect(f('accuracy')).toBeGreaterThanOrEqual(0.9);
    expect(gate('accuracy on the reviews')).toBe('pass');
    // A misspelt or disguised word is a word AFINN does not know: one edit breaks many reviews.
    expect(f('robustness.typo.failure_rate')).toBeGreaterThan(0.3);
    expect(f('robustness.homoglyph.failure_rate')).toBeGreaterThan(0.3);
    expect(gate('typos do not change the answer')).toBe('fail');
    expect(gate('look-alike letters do not change the answer')).toBe('fail');
    // It lowercases words before looking them up, so case never matters.
    expect(f('robustness.case.failure_rate')).toBe(0);
    // The fewest-edit counterexample is one typo on a word it scores; none needs more than the
    // mild preset's 3 edits (a review with two scored words needs both broken).
    const typo = results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'typo');
    expect(typo.counterexamples[0].edits).toHaveLength(1);
    expect(typo.counterexamples.every((c: { edits: unknown[] }) => c.edits.length <= 3)).toBe(true);
    // Negating a verb it gives no score ("was", "were") leaves the probability where it was.
    const negation = results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'negation');
    expect(f('robustness.negation.failures')).toBeGreaterThan(0);
    expect(negation.counterexamples.some((c: { reason: string }) => /must fall/.test(c.reason))).toBe(true);
    // Its negators include "don't" and "not" but not "never": only the "never" cases fail.
    const negated = results.checks.templates.tests.find((t: { name: string }) => t.name === 'negated-positive');
    expect(negated.failures).toBeGreaterThan(0);
    expect(negated.failed_cases.every((c: { text: string }) => c.text.startsWith('I never '))).toBe(true);
    expect(gate('negated praise reads as negative')).toBe('fail');
  }, 60_000);
});
