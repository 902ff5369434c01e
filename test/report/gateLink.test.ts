import { describe, expect, it } from 'vitest';
import { gateLink, slug } from '../../src/report/gateLink.js';
import type { Results } from '../../src/contract/results.js';

const results = {
  figures: { 'f1.macro': { value: 0.9 }, 'safety.pii.rate': { value: 0 }, 'support.spam': { value: 3 } },
  checks: {
    metrics: {},
    'cross-validation': {},
    'data-quality': [{ name: 'leakage' }, { name: 'near_duplicates' }],
    robustness: { perturbations: [{ name: 'typo' }] },
    templates: { tests: [{ name: 'neg ation', perturbations: [{ name: 'typo' }] }] },
    safety: {},
  },
} as unknown as Results;

describe('gateLink', () => {
  it('points a gate at the section and finding that explain its figure', () => {
    expect(gateLink(results, 'leakage.rate')).toEqual({ href: '#dq-leakage', text: 'Data quality › leakage' });
    expect(gateLink(results, 'near_duplicates.count')).toEqual({ href: '#dq-near_duplicates', text: 'Data quality › near_duplicates' });
    expect(gateLink(results, 'cross-validation.f1.macro.std')).toEqual({ href: '#cv-f1-macro', text: 'Cross-validation › f1.macro' });
    expect(gateLink(results, 'f1.macro')).toEqual({ href: '#figure-f1-macro', text: 'Metrics › f1.macro' });
    expect(gateLink(results, 'robustness.typo.failure_rate')).toEqual({ href: '#robustness-typo', text: 'Robustness › typo' });
    expect(gateLink(results, 'robustness.failure_rate')).toEqual({ href: '#robustness', text: 'Robustness' });
    expect(gateLink(results, 'templates.neg ation.failure_rate')).toEqual({ href: '#templates-neg-ation', text: 'Template tests › neg ation' });
    expect(gateLink(results, 'templates.neg ation.typo.failure_rate')).toEqual({ href: '#templates-neg-ation-typo', text: 'Template tests › neg ation › typo' });
    expect(gateLink(results, 'safety.pii.rate')).toEqual({ href: '#figure-safety-pii-rate', text: 'Safety › safety.pii.rate' });
  });

  it('gives no link where the report shows nothing, and hrefs hold no markup', () => {
    expect(gateLink(results, 'support.spam')).toBeUndefined();
    expect(gateLink(results, 'quality.json.rate')).toBeUndefined();
    expect(slug('<a href="x">')).toMatch(/^[a-z0-9_-]+$/i);
  });
});
