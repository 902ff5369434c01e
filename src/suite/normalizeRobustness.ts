import { resolve } from 'node:path';
import type { Label } from '../metrics/types.js';
import type { PerturbationKind } from '../perturb/catalog.js';
import { PRESETS, type PresetName, type Strength } from '../perturb/presets.js';
import type { ExpectationSpec, PerturbationSpec, RobustnessCheck, SearchSettings, TemplatesCheck, TemplateTest } from './types.js';

type Raw = Record<string, unknown>;

/** Normalizes a schema-valid `robustness` check at `checks[index]`: presets resolved, expectations filled in (default invariant). */
export function normalizeRobustness(o: Raw, index: number, dir: string): RobustnessCheck {
  const path = ['checks', index, 'robustness'];
  const preset = (o.preset as PresetName | undefined) ?? 'medium';
  const expect = normalizeExpectation(o.expect, dir) ?? { kind: 'invariant' };
  const check: RobustnessCheck = {
    kind: 'robustness',
    perturbations: normalizePerturbations(o.perturbations as unknown[], [...path, 'perturbations'], preset, expect, dir),
    search: normalizeSearch(o),
  };
  if (typeof o.examples === 'number') check.examples = o.examples;
  return check;
}

/** Normalizes a schema-valid `templates` check: each test's lexicon merged over the check's, its expectation filled in. */
export function normalizeTemplates(o: Raw, index: number, dir: string): TemplatesCheck {
  const shared = (o.lexicon as Record<string, string[]> | undefined) ?? {};
  const preset = (o.preset as PresetName | undefined) ?? 'medium';
  const tests = (o.tests as Raw[]).map((t, j): TemplateTest => {
    const path = ['checks', index, 'templates', 'tests', j];
    const label = t.label as Label | undefined;
    const expect = normalizeExpectation(t.expect, dir) ?? (label !== undefined ? { kind: 'label' as const, label } : { kind: 'invariant' as const });
    const test: TemplateTest = {
      name: t.name as string,
      templates: Array.isArray(t.template) ? (t.template as string[]) : [t.template as string],
      lexicon: { ...shared, ...((t.lexicon as Record<string, string[]> | undefined) ?? {}) },
      perturbations: t.perturbations ? normalizePerturbations(t.perturbations as unknown[], [...path, 'perturbations'], preset, expect, dir) : [],
      path,
    };
    const own = t.sample as number | undefined;
    const sample = own ?? (o.sample as number | undefined);
    if (sample !== undefined) {
      test.sample = sample;
      test.samplePath = own !== undefined ? [...path, 'sample'] : ['checks', index, 'templates', 'sample'];
    }
    if (label !== undefined) test.label = label;
    return test;
  });
  return { kind: 'templates', tests, search: normalizeSearch(o) };
}

function normalizeSearch(o: Raw): SearchSettings {
  const s: SearchSettings = { runs: (o.runs as number | undefined) ?? 50, maxFailures: (o.max_failures as number | undefined) ?? 50 };
  if (typeof o.time_budget_ms === 'number') s.timeBudgetMs = o.time_budget_ms;
  if (typeof o.concurrency === 'number') s.concurrency = o.concurrency;
  return s;
}

function normalizePerturbations(list: unknown[], path: (string | number)[], preset: PresetName, expect: ExpectationSpec, dir: string): PerturbationSpec[] {
  return list.map((p, j) => {
    const o: Raw = typeof p === 'string' ? { kind: p } : (p as Raw);
    const base: Strength = PRESETS[(o.preset as PresetName | undefined) ?? preset];
    const strength: Strength = { rate: (o.rate as number | undefined) ?? base.rate, maxEdits: (o.max_edits as number | undefined) ?? base.maxEdits };
    return {
      kind: o.kind as PerturbationKind,
      name: (o.name as string | undefined) ?? (o.kind as string),
      strength,
      expect: normalizeExpectation(o.expect, dir) ?? expect,
      path: [...path, j],
    };
  });
}

function normalizeExpectation(e: unknown, dir: string): ExpectationSpec | undefined {
  if (e === undefined) return undefined;
  if (e === 'invariant') return { kind: 'invariant' };
  if (e === 'label') return { kind: 'label' };
  const o = e as Raw;
  if (o.invariant !== undefined) {
    const tol = (o.invariant as Raw).tolerance as number | undefined;
    return tol === undefined ? { kind: 'invariant' } : { kind: 'invariant', tolerance: tol };
  }
  if (o.label !== undefined) return { kind: 'label', label: o.label as Label };
  if (o.directional !== undefined) {
    const d = o.directional as Raw;
    return { kind: 'directional', ...(d.label !== undefined ? { label: d.label as Label } : {}), direction: d.direction as 'up' | 'down', minChange: (d.min_change as number | undefined) ?? 0 };
  }
  const path = o.custom as string;
  return { kind: 'custom', path, resolvedPath: resolve(dir, path) };
}
