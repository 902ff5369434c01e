import { describe, expect, it } from 'vitest';
import type { SearchOutcome } from '../../src/perturb/searchEdit.js';
import type { Perturbation } from '../../src/perturb/types.js';
import { OutcomeTerms } from '../../src/run/outcomeTerms.js';
import { perturbationFigures } from '../../src/run/robustnessFigures.js';
import type { PerturbationRun } from '../../src/run/searchPerturbations.js';
import type { ExpectationSpec } from '../../src/suite/types.js';

const perturbation = { name: 'p', kind: 'negation', description: 'd', sites: () => [] } as unknown as Perturbation;
const pass = (worstCorrect?: boolean): SearchOutcome => ({ status: 'pass', sites: 1, runs: 5, evaluated: 5, interrupted: false, ...(worstCorrect !== undefined ? { worstCorrect } : {}) });

/** Four examples, right on the original; a perturbed answer was wrong (worstCorrect false) on b only. */
function run(expect: ExpectationSpec): PerturbationRun {
  const items = [
    { id: 'a', label: 'neg', worst: true },
    { id: 'b', label: 'neg', worst: false },
    { id: 'c', label: 'pos', worst: true },
    { id: 'd', label: 'pos', worst: true },
  ];
  return {
    spec: { kind: 'negation', name: 'p', strength: { rate: 0.1, maxEdits: 3 }, expect, path: [] },
    perturbation,
    expectation: expect.kind === 'custom' ? { kind: 'custom', name: expect.path, predicate: () => true } : expect,
    outcomes: items.map((it) => ({ item: { id: it.id, text: 'x', before: { label: it.label }, expected: it.label }, outcome: pass(it.worst), seed: 1 })),
  };
}

describe('perturbationFigures: robust_accuracy over the examples whose perturbed texts keep the expected label', () => {
  it('invariance: right on the original and on every perturbed text, over every tested example', () => {
    const r = perturbationFigures(run({ kind: 'invariant' }), 'robustness', 0.95, 10);
    expect(r.figures['robustness.p.robust_accuracy'].value).toBe(0.75);
    expect(r.result.robust_accuracy_note).toBeUndefined();
  });

  it('a fixed label: over the examples expected to have it, the others left out (they are expected to change label)', () => {
    const terms = new OutcomeTerms();
    const r = perturbationFigures(run({ kind: 'label', label: 'neg' }), 'robustness', 0.95, 10, { terms, check: 'robustness' });
    expect(r.figures['robustness.p.robust_accuracy'].value).toBe(0.5); // a of a, b
    expect(r.result.robust_accuracy_note).toBe('over the examples whose expected label is neg (the others are expected to change label)');
    expect(terms.records().map((u) => [u.id, u.terms!['robustness.p.robust_accuracy']])).toEqual([['a', [1, 1]], ['b', [0, 1]], ['c', [0, 0]], ['d', [0, 0]]]);
  });

  it('directional and custom tests: not computed, no figure, no terms, and a note saying why', () => {
    for (const expect_ of [{ kind: 'directional', direction: 'down', minChange: 0 }, { kind: 'custom', path: './c.mjs', resolvedPath: '/c.mjs' }] as ExpectationSpec[]) {
      const terms = new OutcomeTerms();
      const r = perturbationFigures(run(expect_), 'robustness', 0.95, 10, { terms, check: 'robustness' });
      expect(r.figures).not.toHaveProperty('robustness.p.robust_accuracy');
      expect(r.figures['robustness.p.failure_rate'].value).toBe(0);
      expect(r.result.robust_accuracy_note).toMatch(/^not computed: the expectation \((probability of the expected label falls|custom \.\/c\.mjs)\) does not keep the expected label/);
      expect(terms.records().every((u) => !('robustness.p.robust_accuracy' in u.terms!))).toBe(true);
    }
  });
});
