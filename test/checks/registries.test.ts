import { describe, expect, it } from 'vitest';
import { CHECK_SPECS, SPEC_LIST } from '../../src/checks/specs.js';
import { CHECK_RUNNERS, RUN_ORDER } from '../../src/checks/runners.js';
import { CHECK_SECTIONS } from '../../src/checks/sections.js';
import { resolveFigure } from '../../src/suite/resolveFigure.js';

const KINDS = ['metrics', 'cross-validation', 'data-quality', 'robustness', 'templates', 'safety', 'quality'];

describe('the check registries', () => {
  it('have one entry per check kind, each filed under its own kind', () => {
    expect(Object.keys(CHECK_SPECS).sort()).toEqual([...KINDS].sort());
    expect(Object.keys(CHECK_RUNNERS).sort()).toEqual([...KINDS].sort());
    expect(Object.keys(CHECK_SECTIONS).sort()).toEqual([...KINDS].sort());
    for (const [kind, spec] of Object.entries(CHECK_SPECS)) expect(spec.kind).toBe(kind);
    for (const [kind, runner] of Object.entries(CHECK_RUNNERS)) expect(runner.kind).toBe(kind);
    expect(new Set(Object.values(CHECK_SECTIONS).map((s) => s.id)).size).toBe(KINDS.length);
  });

  it('give each figure root to one kind, the metrics check taking the rest', () => {
    expect(SPEC_LIST.filter((s) => s.fallback).map((s) => s.kind)).toEqual(['metrics']);
    const roots = ['cross-validation', 'robustness', 'templates', 'safety', 'quality', 'duplicates', 'near_duplicates', 'conflicting_labels', 'leakage', 'imbalance', 'empty_inputs', 'long_inputs'];
    for (const root of roots) expect(SPEC_LIST.filter((s) => !s.fallback && s.claims(root)), root).toHaveLength(1);
    for (const root of ['f1', 'roc_auc', 'n', 'support', 'nonsense']) expect(SPEC_LIST.filter((s) => !s.fallback && s.claims(root)), root).toHaveLength(0);
  });

  it('run the checks in a fixed order: metrics answers before the searches that reuse them, data checks last', () => {
    expect(RUN_ORDER.map((r) => r.kind)).toEqual(['metrics', 'robustness', 'templates', 'cross-validation', 'safety', 'quality', 'data-quality']);
    expect(RUN_ORDER.filter((r) => r.phase === 'data').map((r) => r.kind)).toEqual(['data-quality']);
    expect(RUN_ORDER.filter((r) => r.withoutModel).map((r) => r.kind)).toEqual(['safety', 'quality']);
  });

  it('resolve a gate through the kind that claims it, saying so when the suite lacks the check', () => {
    const suite = { checks: [], model: undefined };
    expect(resolveFigure(['robustness', 'typo', 'failure_rate'], suite)).toMatchObject({ ok: false, message: 'the suite has no robustness check' });
    expect(resolveFigure(['duplicates', 'rate'], suite)).toMatchObject({ ok: false, message: "the suite has no data-quality check computing 'duplicates': add duplicates to a data-quality check" });
    expect(resolveFigure(['f1'], suite)).toMatchObject({ ok: false, message: 'the suite has no metrics check to compute it' });
    expect(resolveFigure(['errors', 'rate'], suite)).toMatchObject({ ok: false, message: 'errors.* counts failed model calls, and the suite has no model' });
  });
});
