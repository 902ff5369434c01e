// The one place the figure reference reads the catalogs: each check kind's spec (src/checks/<kind>/spec.ts)
// and the gate resolver that dispatches over them (src/suite/resolveFigure.ts).
import { figureRoots, SUBS } from '../../src/checks/metrics/spec.js';
import { CV_STATS } from '../../src/checks/cross-validation/spec.js';
import { QUALITY_FIGURES, qualityFigureRoot } from '../../src/checks/data-quality/spec.js';
import { PERTURBATION_FIGURES, ROBUSTNESS_FIGURES } from '../../src/checks/robustness/spec.js';
import { TEMPLATE_TEST_FIGURES, TEMPLATES_FIGURES } from '../../src/checks/templates/spec.js';
import { safetyFigureNames } from '../../src/checks/safety/spec.js';
import { qualityFigureNames } from '../../src/checks/quality/spec.js';
import { resolveFigure } from '../../src/suite/resolveFigure.js';
import { QUALITY_SCORERS, SAFETY_SCORERS, type QualityCheck, type SafetyCheck } from '../../src/suite/textCheckTypes.js';
import { METRIC_NAMES, QUALITY_CHECKS, type Check, type MetricsCheck, type PerturbationSpec, type Suite } from '../../src/suite/types.js';

/** One figure (a name pattern: upper-case segments are placeholders) as the catalogs declare it. */
export interface CatalogFigure {
  /** The name a gate uses, e.g. `f1.macro`, `robustness.NAME.failure_rate`. */
  figure: string;
  /** The check kind that produces it (`errors` for the model-call counts). */
  check: string;
  /** Whether a gate may read `.ci_low` / `.ci_high` of it, as the catalog's resolver decides; undefined for metrics figures, whose method the meanings table gives. */
  gateableInterval?: boolean;
}

const invariant = (name: string): PerturbationSpec => ({ kind: 'typo', name, strength: { rate: 0.3, maxEdits: 8 }, expect: { kind: 'invariant' }, path: [] }) as unknown as PerturbationSpec;

/** The widest suite the catalogs can describe: every check with every option that adds figures, placeholders for user-chosen names. */
function widestChecks(): Check[] {
  const metrics = { kind: 'metrics', include: [...METRIC_NAMES] } as unknown as MetricsCheck;
  const safety = {
    kind: 'safety', include: [...SAFETY_SCORERS], piiKinds: ['KIND'], encodings: ['ENC'],
    jailbreak: { perturbations: [{ name: 'PERT' }], orders: ['perturb_first', 'encode_first'] },
  } as unknown as SafetyCheck;
  const quality = {
    kind: 'quality', include: [...QUALITY_SCORERS], jsonSchema: {}, assertions: [{ name: 'NAME' }], custom: [{ name: 'NAME' }],
  } as unknown as QualityCheck;
  return [
    metrics,
    { kind: 'cross-validation', include: [...METRIC_NAMES] } as unknown as Check,
    { kind: 'data-quality', include: [...QUALITY_CHECKS] } as unknown as Check,
    { kind: 'robustness', perturbations: [invariant('NAME')] } as unknown as Check,
    { kind: 'templates', tests: [{ name: 'TEST', perturbations: [invariant('NAME')] }] } as unknown as Check,
    safety,
    quality,
  ];
}

/**
 * Every figure evalgate can produce, in catalog order: metrics (each metric's bare name, its fixed
 * second segments, `.LABEL`), cross-validation statistics, data quality, model-call errors,
 * robustness, templates, safety, quality. Placeholders: LABEL, NAME, TEST, KIND, ENC, PERT, FIGURE.
 */
export function catalogFigures(): CatalogFigure[] {
  const checks = widestChecks();
  const suite = { checks, model: { kind: 'builtin' } } as unknown as Pick<Suite, 'checks' | 'model'>;
  const out: CatalogFigure[] = [];
  const metrics = checks[0] as MetricsCheck;
  for (const root of figureRoots(metrics)) {
    const subs = SUBS[root];
    if (subs?.bare !== false) out.push({ figure: root, check: 'metrics' });
    for (const sub of subs?.fixed ?? []) out.push({ figure: `${root}.${sub}`, check: 'metrics' });
    if (subs?.labels) out.push({ figure: `${root}.LABEL`, check: 'metrics' });
  }
  for (const stat of CV_STATS) out.push({ figure: `cross-validation.FIGURE.${stat}`, check: 'cross-validation', gateableInterval: false });
  for (const name of QUALITY_CHECKS) {
    for (const sub of QUALITY_FIGURES[qualityFigureRoot(name)]) out.push(probe(`${qualityFigureRoot(name)}.${sub}`, 'data-quality', suite));
  }
  for (const f of ['errors.count', 'errors.rate']) out.push(probe(f, 'errors', suite));
  for (const f of ROBUSTNESS_FIGURES) out.push(probe(`robustness.${f}`, 'robustness', suite));
  for (const f of PERTURBATION_FIGURES) out.push(probe(`robustness.NAME.${f}`, 'robustness', suite));
  for (const f of TEMPLATES_FIGURES) out.push(probe(`templates.${f}`, 'templates', suite));
  for (const f of TEMPLATE_TEST_FIGURES) out.push(probe(`templates.TEST.${f}`, 'templates', suite));
  for (const f of PERTURBATION_FIGURES) out.push(probe(`templates.TEST.NAME.${f}`, 'templates', suite));
  for (const f of safetyFigureNames(checks[5] as SafetyCheck)) out.push(probe(f, 'safety', suite));
  for (const f of qualityFigureNames(checks[6] as QualityCheck)) out.push(probe(f, 'quality', suite));
  return out;
}

/** The figure, checked against the catalog's own resolver, with whether a gate may read its interval. */
function probe(figure: string, check: string, suite: Pick<Suite, 'checks' | 'model'>): CatalogFigure {
  const path = figure.split('.');
  const resolve = (p: string[]) => resolveFigure(p, suite);
  const plain = resolve(path);
  if (!plain.ok) throw new Error(`the catalog lists ${figure} but does not resolve it: ${plain.message}`);
  return { figure, check, gateableInterval: resolve([...path, 'ci_low']).ok };
}
