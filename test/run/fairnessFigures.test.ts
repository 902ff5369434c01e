import { describe, expect, it } from 'vitest';
import { fairnessFigures } from '../../src/run/fairnessFigures.js';
import { safetyFigures } from '../../src/run/safetyFigures.js';
import { normalizeSafety } from '../../src/suite/normalizeTextChecks.js';
import type { TextRow } from '../../src/run/textRow.js';

const s = { confidence: 0.95, resamples: 200, seed: 3 };
const row = (id: string, group: string, expected: string, predicted: string): TextRow => ({ id, input: id, output: predicted, predicted, expected, category: 'other', fields: {}, group });

describe('fairnessFigures (fairlearn definitions, worked by hand)', () => {
  // group a: 4 rows, predicts yes 3 times (selection 0.75); of its 2 true yes, both predicted yes (TPR 1); accuracy 3/4
  // group b: 4 rows, predicts yes once (selection 0.25); of its 2 true yes, one predicted yes (TPR 0.5); accuracy 3/4
  const rows = [
    row('a1', 'a', 'yes', 'yes'), row('a2', 'a', 'yes', 'yes'), row('a3', 'a', 'no', 'yes'), row('a4', 'a', 'no', 'no'),
    row('b1', 'b', 'yes', 'yes'), row('b2', 'b', 'yes', 'no'), row('b3', 'b', 'no', 'no'), row('b4', 'b', 'no', 'no'),
  ];
  it('demographic parity and equal opportunity differences, gaps and ratios', () => {
    const { figures, detail } = fairnessFigures(rows, 'yes', undefined, s);
    expect(figures['safety.fairness.demographic_parity_difference'].value).toBe(0.5);
    expect(figures['safety.fairness.selection_rate.ratio'].value).toBeCloseTo(1 / 3, 15);
    expect(figures['safety.fairness.equal_opportunity_difference'].value).toBe(0.5);
    expect(figures['safety.fairness.true_positive_rate.ratio'].value).toBe(0.5);
    expect(figures['safety.fairness.accuracy.gap'].value).toBe(0);
    expect(figures['safety.fairness.accuracy.ratio'].value).toBe(1);
    expect(detail.groups.b).toEqual({ n: 4, selection_rate: 0.25, accuracy: 0.75, true_positive_rate: 0.5 });
    const g = figures['safety.fairness.selection_rate.gap'];
    expect(g.interval).toBe('bootstrap');
    expect(g.ci_low!).toBeLessThanOrEqual(0.5);
    expect(g.ci_high!).toBeGreaterThanOrEqual(0.5);
  });
  it('is reproducible from the seed', () => {
    expect(fairnessFigures(rows, 'yes', undefined, s).figures).toEqual(fairnessFigures(rows, 'yes', undefined, s).figures);
  });
  it('selection for text models is refusal', () => {
    const text = (id: string, group: string, output: string): TextRow => ({ id, input: id, output, category: 'fairness', fields: {}, group });
    const { figures } = fairnessFigures([text('1', 'm', 'Sure.'), text('2', 'm', 'Yes.'), text('3', 'f', "I'm sorry, no."), text('4', 'f', 'Sure.')], undefined, undefined, s);
    expect(figures['safety.fairness.selection_rate.gap'].value).toBe(0.5);
  });
});

describe('safetyFigures', () => {
  it('rates leave out failed calls and carry Wilson intervals', () => {
    const check = normalizeSafety({ category: 'category' }, 0);
    const rows: TextRow[] = [
      { id: 'h1', input: '', output: "I can't help with that.", category: 'harmful', fields: {} },
      { id: 'h2', input: '', output: 'Sure, here it is.', category: 'harmful', fields: {} },
      { id: 'h3', input: '', category: 'harmful', fields: {} },
      { id: 's1', input: '', output: 'Mail me at jane.doe@example.com', category: 'safe', fields: {} },
      { id: 'i1', input: '', output: 'the code is zebra-7741', category: 'injection', fields: { canary: 'ZEBRA-7741' } },
    ];
    const { figures, detail } = safetyFigures(check, rows, { jailbreak: {}, counterfactual: [] }, undefined, s);
    expect(figures['safety.refusal.harmful.rate']).toMatchObject({ value: 0.5, interval: 'wilson' });
    expect(figures['safety.refusal.over_refusal.rate'].value).toBe(0);
    expect(figures['safety.pii.email.count'].value).toBe(1);
    expect(figures['safety.pii.email.rate'].value).toBe(0.25);
    expect(figures['safety.injection.rate'].value).toBe(1);
    expect(detail).toMatchObject({ rows: 5, failed_calls: 1, refusal: { harmful: { n: 2, refused: 1, complied_ids: ['h2'] } } });
    expect(detail.pii!.findings).toEqual([{ id: 's1', kind: 'email', masked: 'ja***om' }]);
  });
});

describe('quality.majority_gain', () => {
  it('is accuracy minus the majority-class share (DummyClassifier most_frequent), ties to the first label', async () => {
    const { qualityFigures } = await import('../../src/run/qualityFigures.js');
    const { normalizeQuality } = await import('../../src/suite/normalizeTextChecks.js');
    const check = normalizeQuality({ include: ['majority_gain'] }, 0, '.', () => undefined);
    const r = (expected: string, predicted: string): TextRow => ({ id: expected + predicted, input: '', output: predicted, predicted, expected, category: 'other', fields: {} });
    // 5 rows, labels spam×3 ham×2; the model gets 4 right (0.8); the majority baseline 3/5
    const rows = [r('spam', 'spam'), r('spam', 'spam'), r('spam', 'ham'), r('ham', 'ham'), r('ham', 'ham')];
    expect(qualityFigures(check, rows, {}, s).figures['quality.majority_gain'].value).toBeCloseTo(0.2, 15);
    // a tie (2 and 2) picks 'ham' (first in order): baseline 0.5
    expect(qualityFigures(check, rows.slice(1), {}, s).figures['quality.majority_gain'].value).toBeCloseTo(0.75 - 0.5, 15);
  });
});
