import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec } from '../../suite/checkSpec.js';
import type { QualityCheckName } from '../../suite/types.js';
import { QUALITY_CHECKS } from '../../suite/types.js';

/** The figure root of a data-quality check: `near-duplicates` → `near_duplicates`. */
export function qualityFigureRoot(name: QualityCheckName): string {
  return name.replace(/-/g, '_');
}

const ALL_QUALITY_ROOTS = QUALITY_CHECKS.map(qualityFigureRoot);
/** The figures each data-quality check reports. */
export const QUALITY_FIGURES: Record<string, string[]> = {
  duplicates: ['total', 'count', 'rate', 'groups'],
  near_duplicates: ['total', 'count', 'rate', 'clusters'],
  conflicting_labels: ['total', 'count', 'rate', 'groups'],
  leakage: ['total', 'count', 'rate', 'exact', 'near'],
  imbalance: ['total', 'count', 'rate', 'classes', 'ratio', 'minority_share', 'majority_share', 'entropy'],
  empty_inputs: ['total', 'count', 'rate', 'missing'],
  long_inputs: ['total', 'count', 'rate', 'max_chars', 'max_tokens'],
};

/** Checks of the data itself: each included check's figures are gate-able as `NAME.FIGURE` (`duplicates.rate`). */
export const dataQualitySpec: CheckSpec<'data-quality'> = {
  kind: 'data-quality',
  scoresModel: false,
  claims: (root) => ALL_QUALITY_ROOTS.includes(root),
  roots: (check) => check.include.map(qualityFigureRoot),
  figureNames: (check) => check.include.flatMap((name) => QUALITY_FIGURES[qualityFigureRoot(name)].map((f) => `${qualityFigureRoot(name)}.${f}`)),
  resolveFigure(path, quality) {
    const root = path[0];
    if (!quality || !quality.include.map(qualityFigureRoot).includes(root)) {
      return { ok: false, message: `the suite has no data-quality check computing '${root}': add ${root.replace(/_/g, '-')} to a data-quality check`, candidates: [] };
    }
    const subs = QUALITY_FIGURES[root];
    if (path.length === 2 && subs.includes(path[1])) return { ok: true, ref: { name: [...path], stat: 'value' } };
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: expected ${subs.map((x) => `${root}.${x}`).join(', ')}`, candidates: subs.map((x) => `${root}.${x}`) };
  },
  rules({ suite, checks, at }) {
    for (const { index } of checks.slice(1)) at(['checks', index, 'data-quality'], 'a suite has at most one data-quality check', 'duplicate-check', true);
    const { check: quality, index } = checks[0];
    const f = suite.data.fields;
    const qPath: (string | number)[] = ['checks', index, 'data-quality'];
    if (quality.include.includes('leakage') && suite.data.holdout === undefined) at(qPath, 'leakage compares the training rows with the test rows: set data.holdout', 'contradiction');
    const needsInput = quality.include.filter((q) => q !== 'imbalance');
    if (needsInput.length > 0 && !f.input) at(qPath, `${needsInput.join(', ')} read data.input, which is not set`, 'missing-field');
    const needsLabel = quality.include.filter((q) => q === 'imbalance' || q === 'conflicting-labels');
    if (needsLabel.length > 0 && !f.label) at(qPath, `${needsLabel.join(', ')} read data.label, which is not set`, 'missing-field');
  },
};
