import { formatFigurePath } from '../../suite/parseGate.js';
import type { CheckSpec } from '../../suite/checkSpec.js';
import { isTrainable, modelKindName } from '../../suite/trainableModel.js';
import { metricFigureNames, resolveMetricFigure } from '../metrics/spec.js';

/** The statistics across folds a cross-validation figure ends in. */
export const CV_STATS = ['mean', 'std', 'ci_low', 'ci_high', 'min', 'max'];

/** k-fold cross-validation: `cross-validation.f1.macro.std` is a metric figure of the folds, then a statistic across them. */
export const crossValidationSpec: CheckSpec<'cross-validation'> = {
  kind: 'cross-validation',
  scoresModel: false,
  claims: (root) => root === 'cross-validation',
  roots: () => ['cross-validation'],
  // Each fold's metric figures (without n and support), then each statistic across the folds.
  figureNames: (check, _suite, data) =>
    metricFigureNames(check, data)
      .filter((name) => name !== 'n' && !name.startsWith('support.') && !name.startsWith('support['))
      .flatMap((name) => ['mean', 'std', 'min', 'max', 'ci_low', 'ci_high'].map((stat) => `cross-validation.${name}.${stat}`)),
  resolveFigure(path, cv) {
    if (!cv) return { ok: false, message: 'the suite has no cross-validation check', candidates: [] };
    const stat = path[path.length - 1];
    if (path.length < 3 || !CV_STATS.includes(stat)) {
      return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: cross-validation figures read cross-validation.METRIC[.AVERAGE|.LABEL].STAT with STAT one of ${CV_STATS.join(', ')}`, candidates: [] };
    }
    const inner = path.slice(1, -1);
    const r = resolveMetricFigure(inner[0], inner.slice(1), inner);
    if (!r.ok) return r;
    if (!(cv.include as string[]).includes(inner[0]) && inner[0] !== 'mce') {
      return { ok: false, message: `the cross-validation check does not compute '${inner[0]}': add it to its metrics`, candidates: [] };
    }
    if (r.ref.stat !== 'value') return { ok: false, message: `'${formatFigurePath(path)}': write the interval of the mean as cross-validation.${formatFigurePath(r.ref.name)}.ci_low`, candidates: [] };
    return { ok: true, ref: { name: ['cross-validation', ...r.ref.name, stat], stat: 'value', ...(r.ref.label !== undefined ? { label: r.ref.label } : {}) } };
  },
  rules({ suite, checks, at }) {
    for (const { index } of checks.slice(1)) at(['checks', index, 'cross-validation'], 'a suite has at most one cross-validation check', 'duplicate-check', true);
    const { check: cv, index } = checks[0];
    const f = suite.data.fields;
    const model = suite.model?.spec;
    if (model && !isTrainable(model)) at(['checks', index, 'cross-validation'], `cross-validation trains the model on each fold, but ${modelKindName(model)} models cannot be trained`, 'not-trainable', true);
    if (!model) at(['checks', index, 'cross-validation'], 'cross-validation trains a model on each fold: the suite needs a trainable model (model: { builtin: naive-bayes })', 'not-trainable', true);
    if (cv.group && !f.group) at(['checks', index, 'cross-validation', 'group'], 'group: true splits by data.group, which is not set', 'missing-field');
    if (!f.label) at(['data'], 'cross-validation needs data.label', 'missing-field');
  },
};
