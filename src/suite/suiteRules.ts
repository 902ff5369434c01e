import { existsSync, statSync } from 'node:fs';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { resolveFigure } from './figureCatalog.js';
import { didYouMean } from './didYouMean.js';
import { robustnessRules } from './robustnessRules.js';
import { formatFigurePath } from './parseGate.js';
import { comparableFigure } from './comparableFigure.js';
import { modelRules } from './modelRules.js';
import type { CrossValidationCheck, DataQualityCheck, MetricsCheck, Suite } from './types.js';
import { METRIC_TABLE } from '../metrics/metricTable.js';
import { textCheckRules } from './textCheckRules.js';


/**
 * The semantic rules a schema cannot express: one metrics check at most, the fields its metrics
 * need, options that contradict each other, gates that name figures the suite computes, and a data
 * file that exists. Returns every problem found, each located in the suite file.
 */
export function suiteRules(suite: Suite, doc: ParsedDocument): Problem[] {
  const problems: Problem[] = [];
  const file = suite.file;
  const at = (path: (string | number)[], message: string, code = 'rule', key = false) => {
    const pos = doc.locate(path, { key });
    problems.push({ code, file, line: pos.line, column: pos.column, path, message });
  };
  const { data } = suite;
  const f = data.fields;

  if (!existsSync(data.resolvedPath)) at(['data', 'path'], `data file not found: ${data.displayPath}`, 'missing-file');
  else if (!statSync(data.resolvedPath).isFile()) at(['data', 'path'], `not a file: ${data.displayPath}`, 'missing-file');

  if (f.score && f.probabilities) at(['data', 'probabilities'], `set either data.score or data.probabilities, not both`, 'contradiction', true);
  if (data.classes && !f.probabilities) at(['data', 'classes'], `data.classes orders the probabilities field, but data.probabilities is not set`, 'contradiction', true);
  if (data.format !== 'csv') {
    if (data.labelSeparator !== undefined) at(['data', 'label_separator'], `label_separator applies to CSV data only (this data is ${data.format})`, 'contradiction', true);
    if (data.delimiter !== undefined) at(['data', 'delimiter'], `delimiter applies to CSV data only (this data is ${data.format})`, 'contradiction', true);
  }

  const metricsIndexes = suite.checks.map((c, i) => (c.kind === 'metrics' ? i : -1)).filter((i) => i >= 0);
  for (const i of metricsIndexes.slice(1)) at(['checks', i, 'metrics'], 'a suite has at most one metrics check: merge their metric lists', 'duplicate-check', true);
  const metrics = suite.checks[metricsIndexes[0]] as MetricsCheck | undefined;
  if (metrics) {
    const checkPath: (string | number)[] = ['checks', metricsIndexes[0], 'metrics'];
    if (!f.label) at(['data'], 'the metrics check needs data.label: the field holding the expected label', 'missing-field');
    if (!f.prediction && !f.probabilities && !suite.model) at(['data'], 'the metrics check needs a model, or data.prediction (or data.probabilities, whose most probable class is the prediction)', 'missing-field');
    for (const m of metrics.include) {
      const needs = METRIC_TABLE[m].needs;
      if (needs === 'scores' && !f.score && !f.probabilities && !suite.model) at(checkPath, `${m} needs scores: set data.score or data.probabilities`, 'missing-field');
      if (needs === 'probabilities' && !f.probabilities && !suite.model) at(checkPath, `${m} needs data.probabilities (one probability per class)`, 'missing-field');
    }
    if (metrics.average === 'binary' && metrics.labels && metrics.labels.length > 2) {
      at([...checkPath, 'average'], `average 'binary' reports one positive label, but labels lists ${metrics.labels.length}`, 'contradiction');
    }
  }

  const cvIndex = suite.checks.findIndex((c) => c.kind === 'cross-validation');
  const cv = suite.checks[cvIndex] as CrossValidationCheck | undefined;
  const qIndex = suite.checks.findIndex((c) => c.kind === 'data-quality');
  const quality = suite.checks[qIndex] as DataQualityCheck | undefined;
  for (const kind of ['cross-validation', 'data-quality'] as const) {
    suite.checks.forEach((c, i) => {
      if (c.kind === kind && i !== suite.checks.findIndex((x) => x.kind === kind)) at(['checks', i, kind], `a suite has at most one ${kind} check`, 'duplicate-check', true);
    });
  }
  const model = suite.model?.spec;
  if (model) {
    const kindName = model.kind === 'builtin' ? `builtin: ${model.name}` : model.kind;
    if (!f.input) at(['data'], 'a model needs data.input: the field holding what it reads', 'missing-field');
    for (const role of ['prediction', 'score', 'probabilities'] as const) {
      if (f[role]) at(['data', role], `data.${role} and the model both give predictions: remove data.${role} or the model`, 'contradiction', true);
    }
    const trainable = model.kind === 'builtin' || model.kind === 'module' || model.kind === 'command';
    if (data.holdout !== undefined && !trainable) at(['data', 'holdout'], `holdout trains the model on the other rows, but ${kindName} models cannot be trained`, 'contradiction', true);
    if (cv && !trainable) at(['checks', cvIndex, 'cross-validation'], `cross-validation trains the model on each fold, but ${kindName} models cannot be trained`, 'not-trainable', true);
    const scoring = suite.checks.filter((c) => ['metrics', 'robustness', 'templates', 'safety', 'quality'].includes(c.kind)).map((c) => c.kind);
    if (model.kind === 'builtin' && scoring.length > 0 && data.holdout === undefined) {
      at(['model'], `${kindName} is trained by the suite: set data.holdout (e.g. 0.2) so the ${scoring.join(', ')} ${scoring.length > 1 ? 'checks score' : 'check scores'} rows the model did not see`, 'needs-holdout', true);
    }
    if (model.kind === 'module' && !existsSync(model.resolvedPath)) at(['model', 'module'], `module not found: ${model.path}`, 'missing-file');
  } else {
    if (cv) at(['checks', cvIndex, 'cross-validation'], 'cross-validation trains a model on each fold: the suite needs a trainable model (model: { builtin: naive-bayes })', 'not-trainable', true);
    if (data.holdout !== undefined) at(['data', 'holdout'], 'holdout splits the data for a model the suite trains, but the suite has no model', 'contradiction', true);
  }
  if (cv?.group && !f.group) at(['checks', cvIndex, 'cross-validation', 'group'], 'group: true splits by data.group, which is not set', 'missing-field');
  if (cv && !f.label) at(['data'], 'cross-validation needs data.label', 'missing-field');
  if (quality) {
    const qPath: (string | number)[] = ['checks', qIndex, 'data-quality'];
    if (quality.include.includes('leakage') && data.holdout === undefined) at(qPath, 'leakage compares the training rows with the test rows: set data.holdout', 'contradiction');
    const needsInput = quality.include.filter((q) => q !== 'imbalance');
    if (needsInput.length > 0 && !f.input) at(qPath, `${needsInput.join(', ')} read data.input, which is not set`, 'missing-field');
    const needsLabel = quality.include.filter((q) => q === 'imbalance' || q === 'conflicting-labels');
    if (needsLabel.length > 0 && !f.label) at(qPath, `${needsLabel.join(', ')} read data.label, which is not set`, 'missing-field');
  }

  problems.push(...modelRules(suite, doc));
  robustnessRules(suite, at);
  problems.push(...textCheckRules(suite, doc));

  suite.gates.forEach((g, i) => {
    const raw = doc.value as { gates: unknown[] };
    const path = typeof raw.gates[i] === 'string' ? ['gates', i] : ['gates', i, 'gate'];
    const r = resolveFigure(g.figure, suite);
    if (!r.ok) {
      const near = didYouMean(formatFigurePath(g.figure), r.candidates);
      at(path, `gate '${g.expression}': ${r.message}${near ? ` (did you mean '${near}'?)` : ''}`, 'unknown-figure');
    }
  });
  const raw = doc.value as Record<string, unknown>;
  if (raw.model !== undefined && raw.candidate !== undefined) at(['model'], 'a two-model suite names baseline and candidate instead of model: remove model', 'contradiction', true);
  suite.comparison?.gates.forEach((g) => {
    const r = comparableFigure(g.figure, suite);
    if (!r.ok) problems.push({ code: 'unknown-figure', file, line: g.line, column: g.column, path: ['comparison', 'gates'], message: `comparison gate '${g.expression}': ${r.message}` });
  });
  if (suite.baseline && (data.holdout !== undefined || cv)) {
    const b = suite.baseline.spec;
    if (b.kind === 'http' || b.kind === 'openai') at(['baseline'], `the suite trains its models (holdout or cross-validation), but ${b.kind} baselines cannot be trained`, 'not-trainable', true);
  }
  return problems;
}
