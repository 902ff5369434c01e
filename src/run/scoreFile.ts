import { existsSync, statSync } from 'node:fs';
import { resolve, relative, extname } from 'node:path';
import { readScoreColumns } from '../data/readScoreColumns.js';
import type { FieldMap } from '../data/fieldMap.js';
import type { Label } from '../metrics/types.js';
import { InvalidInputError, type Problem } from '../problem.js';
import { defaultMetrics, metricsWhere } from '../metrics/metricLists.js';
import { METRICS_CHECK_DEFAULTS, type TargetType } from '../metrics/metricTable.js';
import type { DataSpec, MetricName, MetricsCheck } from '../suite/types.js';
import { evaluateMetrics } from './evaluateMetrics.js';
import type { Figures } from '../contract/results.js';
import { MetricsCollector } from './metricsInput.js';
import type { MetricsDetail } from '../contract/results.js';

/** Options of {@link scoreFile}; field names default to `label` and `prediction`. */
export interface ScoreOptions {
  label?: string;
  prediction?: string;
  score?: string;
  probabilities?: string;
  posLabel?: Label;
  /** The classes of the probability columns, in order (default: the sorted labels). */
  classes?: Label[];
  average?: MetricsCheck['average'];
  format?: DataSpec['format'];
  digits?: number;
  bootstrap?: number;
  confidence?: number;
  seed?: number;
  onBadRow?: 'error' | 'skip';
}

/** What {@link scoreFile} computed. */
export interface ScoreOutcome {
  file: string;
  rows: number;
  examples: number;
  skipped: Problem[];
  figures: Figures;
  detail: MetricsDetail;
  /** scikit-learn's classification_report text. */
  reportText: string;
}

/**
 * The quick path: streams a predictions file and computes every applicable figure with its
 * interval: the label metrics always, the score metrics when a score or probabilities field is
 * given (binary: all of them; multiclass with one score: calibration only).
 */
export async function scoreFile(path: string, opts: ScoreOptions = {}): Promise<ScoreOutcome> {
  const displayPath = relative(process.cwd(), resolve(path)) || path;
  if (opts.score && opts.probabilities) throw new InvalidInputError([{ code: 'contradiction', path: ['--score'], message: 'give either --score or --probabilities, not both' }]);
  const fields: FieldMap = { label: opts.label ?? 'label' };
  if (opts.prediction !== undefined || !opts.probabilities) fields.prediction = opts.prediction ?? 'prediction';
  if (opts.score) fields.score = opts.score;
  if (opts.probabilities) fields.probabilities = opts.probabilities;
  const ext = extname(path).toLowerCase();
  const data: DataSpec = {
    path,
    resolvedPath: resolve(path),
    displayPath,
    format: opts.format ?? (ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : 'jsonl'),
    fields,
    onBadRow: opts.onBadRow ?? 'error',
    ...(opts.posLabel !== undefined ? { posLabel: opts.posLabel } : {}),
    ...(opts.classes !== undefined ? { classes: opts.classes } : {}),
  };
  const skipped: Problem[] = [];
  // About one row per 40 bytes of JSONL: size the columns once instead of growing them.
  const expectedRows = existsSync(data.resolvedPath) ? statSync(data.resolvedPath).size / 40 : 1024;
  const collector = new MetricsCollector(fields.score !== undefined, fields.probabilities !== undefined, expectedRows);
  const stats = await readScoreColumns(
    data.resolvedPath,
    {
      format: data.format,
      fields,
      required: Object.keys(fields) as (keyof FieldMap)[],
      onBadRow: data.onBadRow,
      displayPath,
      batchSize: 8192,
      derivedIds: 'line',
      onSkip: (r) => skipped.push(r.problem),
    },
    collector,
  );
  if (collector.size === 0) {
    throw new InvalidInputError([{ code: 'empty-data', file: displayPath, path: [], message: stats.rows === 0 ? 'the file has no rows' : 'every row was bad and skipped' }]);
  }
  const input = collector.result();
  const multilabel = input.firstMultiLine >= 0;
  const binary = !multilabel && input.labels.length <= 2;
  const include = scoreFileMetrics(multilabel ? 'multilabel' : binary ? 'binary' : 'multiclass', fields);
  const { zeroDivision, beta, topK, bins } = METRICS_CHECK_DEFAULTS;
  const check: MetricsCheck = {
    kind: 'metrics',
    include,
    zeroDivision,
    beta,
    topK,
    bins,
    confidence: opts.confidence ?? METRICS_CHECK_DEFAULTS.confidence,
    bootstrap: opts.bootstrap ?? METRICS_CHECK_DEFAULTS.bootstrap,
    ...(opts.average ? { average: opts.average } : {}),
  };
  const { figures, detail, reportText } = evaluateMetrics(input, check, data, { suiteFile: '', seed: opts.seed ?? 0, digits: opts.digits ?? 2 });
  return { file: displayPath, rows: stats.rows, examples: collector.size, skipped, figures, detail, reportText };
}

/**
 * What `evalgate score` computes on a target: the table's defaults, then the metrics the mapped
 * fields allow: with a score, the score metrics on binary data and those a confidence score allows
 * otherwise (ece); with probabilities, every score metric of the target, then the probability ones.
 */
function scoreFileMetrics(target: TargetType, fields: FieldMap): MetricName[] {
  const include = defaultMetrics(target);
  if (target === 'multilabel') return include;
  const on = (needs: 'scores' | 'probabilities', confidence = false) => metricsWhere((d) => d.needs === needs && d.targets.includes(target) && (!confidence || d.confidenceScore));
  if (fields.score) include.push(...on('scores', target !== 'binary'));
  if (fields.probabilities) include.push(...on('scores'), ...on('probabilities'));
  return include;
}
