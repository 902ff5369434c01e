import { existsSync, statSync } from 'node:fs';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { resolveFigure } from './figureCatalog.js';
import { didYouMean } from './didYouMean.js';
import { formatFigurePath } from './parseGate.js';
import type { MetricName, MetricsCheck, Suite } from './types.js';

const NEEDS_SCORES: MetricName[] = ['roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'];

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
    if (!f.prediction && !f.probabilities) at(['data'], 'the metrics check needs data.prediction (or data.probabilities, whose most probable class is the prediction)', 'missing-field');
    for (const m of metrics.include) {
      if (NEEDS_SCORES.includes(m) && !f.score && !f.probabilities) at(checkPath, `${m} needs scores: set data.score or data.probabilities`, 'missing-field');
      if (m === 'top_k_accuracy' && !f.probabilities) at(checkPath, 'top_k_accuracy needs data.probabilities (one probability per class)', 'missing-field');
    }
    if (metrics.average === 'binary' && metrics.labels && metrics.labels.length > 2) {
      at([...checkPath, 'average'], `average 'binary' reports one positive label, but labels lists ${metrics.labels.length}`, 'contradiction');
    }
  }

  suite.gates.forEach((g, i) => {
    const raw = doc.value as { gates: unknown[] };
    const path = typeof raw.gates[i] === 'string' ? ['gates', i] : ['gates', i, 'gate'];
    const r = resolveFigure(g.figure, metrics);
    if (!r.ok) {
      const near = didYouMean(formatFigurePath(g.figure), r.candidates);
      at(path, `gate '${g.expression}': ${r.message}${near ? ` (did you mean '${near}'?)` : ''}`, 'unknown-figure');
    }
  });
  return problems;
}
