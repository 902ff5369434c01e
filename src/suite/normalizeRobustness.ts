import { resolve } from 'node:path';
import { PRESETS, type PresetName, type Strength } from '../perturb/presets.js';
import type { RawExpectation } from './schema/expectation.js';
import type { RawPerturbation } from './schema/perturbation.js';
import type { RawRobustness } from './schema/robustness.js';
import type { RawTemplates, RawTemplateTest } from './schema/templates.js';
import type { ExpectationSpec, PerturbationSpec, RobustnessCheck, SearchSettings, TemplatesCheck, TemplateTest } from './types.js';

/** Normalizes a schema-valid `robustness` check at `checks[index]`: presets resolved, expectations filled in (default invariant). */
export function normalizeRobustness(o: RawRobustness, index: number, dir: string): RobustnessCheck {
  const path = ['checks', index, 'robustness'];
  const preset = o.preset ?? 'medium';
  const expect = normalizeExpectation(o.expect, dir) ?? { kind: 'invariant' };
  const check: RobustnessCheck = {
    kind: 'robustness',
    perturbations: normalizePerturbations(o.perturbations, [...path, 'perturbations'], preset, expect, dir),
    search: normalizeSearch(o),
  };
  if (o.examples !== undefined) check.examples = o.examples;
  return check;
}

/** Normalizes a schema-valid `templates` check: each test's lexicon merged over the check's, its expectation filled in. */
export function normalizeTemplates(o: RawTemplates, index: number, dir: string): TemplatesCheck {
  const shared = o.lexicon ?? {};
  const preset = o.preset ?? 'medium';
  const tests = o.tests.map((t: RawTemplateTest, j): TemplateTest => {
    const path = ['checks', index, 'templates', 'tests', j];
    const label = t.label;
    const byLabel: ExpectationSpec = label !== undefined ? { kind: 'label', label } : { kind: 'invariant' };
    const expect = normalizeExpectation(t.expect, dir) ?? byLabel;
    const test: TemplateTest = {
      name: t.name,
      templates: Array.isArray(t.template) ? t.template : [t.template],
      lexicon: { ...shared, ...(t.lexicon ?? {}) },
      perturbations: t.perturbations ? normalizePerturbations(t.perturbations, [...path, 'perturbations'], preset, expect, dir) : [],
      path,
    };
    const own = t.sample;
    const sample = own ?? o.sample;
    if (sample !== undefined) {
      test.sample = sample;
      test.samplePath = own !== undefined ? [...path, 'sample'] : ['checks', index, 'templates', 'sample'];
    }
    if (label !== undefined) test.label = label;
    return test;
  });
  return { kind: 'templates', tests, search: normalizeSearch(o) };
}

function normalizeSearch(o: RawRobustness | RawTemplates): SearchSettings {
  const s: SearchSettings = { runs: o.runs ?? 50, maxFailures: o.max_failures ?? 50 };
  if (o.time_budget_ms !== undefined) s.timeBudgetMs = o.time_budget_ms;
  if (o.concurrency !== undefined) s.concurrency = o.concurrency;
  return s;
}

function normalizePerturbations(list: RawPerturbation[], path: (string | number)[], preset: PresetName, expect: ExpectationSpec, dir: string): PerturbationSpec[] {
  return list.map((p, j) => {
    const o: Exclude<RawPerturbation, string> = typeof p === 'string' ? { kind: p } : p;
    const base: Strength = PRESETS[o.preset ?? preset];
    const strength: Strength = { rate: o.rate ?? base.rate, maxEdits: o.max_edits ?? base.maxEdits };
    return {
      kind: o.kind,
      name: o.name ?? o.kind,
      strength,
      expect: normalizeExpectation(o.expect, dir) ?? expect,
      path: [...path, j],
    };
  });
}

function normalizeExpectation(e: RawExpectation | undefined, dir: string): ExpectationSpec | undefined {
  if (e === undefined) return undefined;
  if (e === 'invariant') return { kind: 'invariant' };
  if (e === 'label') return { kind: 'label' };
  if ('invariant' in e) {
    const tol = e.invariant.tolerance;
    return tol === undefined ? { kind: 'invariant' } : { kind: 'invariant', tolerance: tol };
  }
  if ('label' in e) return { kind: 'label', label: e.label };
  if ('directional' in e) {
    const d = e.directional;
    return { kind: 'directional', ...(d.label !== undefined ? { label: d.label } : {}), direction: d.direction, minChange: d.min_change ?? 0 };
  }
  const path = e.custom;
  return { kind: 'custom', path, resolvedPath: resolve(dir, path) };
}
