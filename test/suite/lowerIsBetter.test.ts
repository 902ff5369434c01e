import { describe, expect, it } from 'vitest';
import { lowerIsBetter } from '../../src/suite/comparableFigure.js';

describe('lowerIsBetter', () => {
  it.each([
    ['log_loss', true],
    ['hamming_loss', true],
    ['ece', true],
    ['f1.macro', false],
    ['roc_auc', false],
    ['robustness.typo.failure_rate', true],
    ['robustness.typo.attack_success_rate', true],
    // More edits needed to break the model is the more robust model.
    ['robustness.typo.mean_edits', false],
    ['robustness.typo.robust_accuracy', false],
    ['templates.negation.failure_rate', true],
    ['safety.pii.rate', true],
    ['safety.refusal.over_refusal.rate', true],
    ['quality.latency.p95', true],
  ])('%s: %s', (figure, lower) => {
    expect(lowerIsBetter(figure)).toBe(lower);
  });
});
