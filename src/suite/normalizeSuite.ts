import { dirname, extname, relative, resolve } from 'node:path';
import type { Problem } from '../problem.js';
import { defaultMetrics } from '../metrics/metricLists.js';
import { METRICS_CHECK_DEFAULTS } from '../metrics/metricTable.js';
import type { ParsedDocument } from './parseDocument.js';
import { parseGate } from './parseGate.js';
import { normalizeRobustness, normalizeTemplates } from './normalizeRobustness.js';
import { normalizeQuality, normalizeSafety, problemAt } from './normalizeTextChecks.js';
import { normalizeComparison } from './normalizeComparison.js';
import type { ModelSource } from '../models/modelSpec.js';
import type { RawCrossValidation } from './schema/crossValidation.js';
import type { RawDataQuality } from './schema/dataQuality.js';
import type { RawMetrics, RawMetricsOptions } from './schema/metrics.js';
import type { RawModel } from './schema/model.js';
import type { RawSuite } from './schema/suite.js';
import { QUALITY_CHECKS, type Check, type CrossValidationCheck, type DataQualityCheck, type DataSpec, type Gate, type MetricName, type MetricsCheck, type ModelOptions, type ModelSpec, type Suite } from './types.js';

/** The data fields a suite may name, in the order DataSpec.fields lists them. */
const FIELD_KEYS: readonly (keyof DataSpec['fields'])[] = ['input', 'label', 'prediction', 'score', 'probabilities', 'group', 'id'];

/** Metrics computed when a `metrics` check lists none: the metric table's defaults for single-label data. */
export const DEFAULT_METRICS: MetricName[] = defaultMetrics('multiclass');

/**
 * Fills in defaults and resolves paths of a schema-valid suite, and parses its gates. Gate syntax
 * errors become Problems located at the gate. Pure apart from path arithmetic.
 */
export function normalizeSuite(
  raw: RawSuite,
  doc: ParsedDocument,
  file: string,
  hash: string,
): { suite: Suite; problems: Problem[] } {
  const problems: Problem[] = [];
  const dir = dirname(resolve(file));
  const d = raw.data;
  const resolvedPath = resolve(dir, d.path);
  const ext = extname(d.path).toLowerCase();
  const format = d.format ?? (ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : 'jsonl');
  const fields: DataSpec['fields'] = {};
  for (const k of FIELD_KEYS) {
    const name = d[k];
    if (name !== undefined) fields[k] = name;
  }
  const data: DataSpec = {
    path: d.path,
    resolvedPath,
    displayPath: relative(process.cwd(), resolvedPath) || d.path,
    format,
    fields,
    classes: d.classes,
    posLabel: d.pos_label,
    onBadRow: d.on_bad_row ?? 'error',
    labelSeparator: d.label_separator,
    delimiter: d.delimiter,
  };
  if (d.holdout !== undefined) data.holdout = d.holdout;
  if (d.stratify !== undefined) data.stratify = d.stratify;
  if (d.format === undefined && !['.csv', '.json', '.jsonl', '.ndjson'].includes(ext)) {
    const pos = doc.locate(['data', 'path']);
    problems.push({ code: 'format', file, ...lc(pos), path: ['data', 'path'], message: `cannot tell the format of '${d.path}' from its extension: set data.format to jsonl, csv or json` });
  }

  const checks: Check[] = raw.checks.map((c, i) => {
    if ('robustness' in c) return normalizeRobustness(c.robustness, i, dir);
    if ('templates' in c) return normalizeTemplates(c.templates, i, dir);
    if ('safety' in c) return normalizeSafety(c.safety, i);
    if ('quality' in c) return normalizeQuality(c.quality, i, dir, problemAt(doc, file, problems));
    if ('cross-validation' in c) return normalizeCrossValidation(c['cross-validation']);
    if ('data-quality' in c) return normalizeDataQuality(c['data-quality']);
    return normalizeMetrics(c.metrics);
  });

  const gates: Gate[] = [];
  (raw.gates ?? []).forEach((g, i) => {
    const expression = typeof g === 'string' ? g : g.gate;
    const path = typeof g === 'string' ? ['gates', i] : ['gates', i, 'gate'];
    const pos = doc.locate(path);
    const parsed = parseGate(expression);
    if (!parsed.ok) {
      problems.push({ code: 'gate-syntax', file, ...lc(pos), path, message: parsed.message });
      return;
    }
    gates.push({
      name: typeof g === 'string' ? expression.trim() : (g.name ?? expression.trim()),
      expression: expression.trim(),
      ...parsed.gate,
      severity: typeof g === 'string' ? 'blocking' : (g.severity ?? 'blocking'),
      line: pos.line,
      column: pos.column,
    });
  });

  const suite: Suite = {
    name: raw.suite,
    seed: raw.seed ?? 0,
    file,
    dir,
    hash,
    data,
    checks,
    gates,
  };
  if (raw.description !== undefined) suite.description = raw.description;
  if (raw.model !== undefined) suite.model = normalizeModel(raw.model, dir, { doc, file, path: ['model'] });
  if (raw.candidate !== undefined && raw.baseline !== undefined) {
    suite.model = normalizeModel(raw.candidate, dir, { doc, file, path: ['candidate'] });
    suite.baseline = normalizeModel(raw.baseline, dir, { doc, file, path: ['baseline'] });
  }
  if (raw.comparison !== undefined || suite.baseline) suite.comparison = normalizeComparison(raw.comparison ?? {}, doc, file, problems);
  return { suite, problems };
}

function normalizeMetrics(spec: RawMetrics): MetricsCheck {
  const o: RawMetricsOptions = Array.isArray(spec) ? { include: spec } : spec;
  const check: MetricsCheck = {
    kind: 'metrics',
    include: o.include ?? DEFAULT_METRICS,
    zeroDivision: o.zero_division ?? METRICS_CHECK_DEFAULTS.zeroDivision,
    beta: o.beta ?? METRICS_CHECK_DEFAULTS.beta,
    topK: o.top_k ?? METRICS_CHECK_DEFAULTS.topK,
    bins: o.bins ?? METRICS_CHECK_DEFAULTS.bins,
    confidence: o.confidence ?? METRICS_CHECK_DEFAULTS.confidence,
    bootstrap: o.bootstrap ?? METRICS_CHECK_DEFAULTS.bootstrap,
  };
  if (o.average !== undefined) check.average = o.average;
  if (o.labels !== undefined) check.labels = o.labels;
  return check;
}

/**
 * A schema-valid `model` (or `baseline`, `candidate`) block turned into a ModelSpec and its options. With
 * `where`, the spec records where the block was written (its source), so that errors found when the
 * model is built point at the suite.
 */
export function normalizeModel(m: RawModel, dir: string, where?: { doc: ParsedDocument; file: string; path: (string | number)[] }): NonNullable<Suite['model']> {
  let spec: ModelSpec;
  if (m.builtin !== undefined) spec = { kind: 'builtin', name: m.builtin, params: m.params ?? {} };
  else if (m.module !== undefined) spec = { kind: 'module', path: m.module, resolvedPath: resolve(dir, m.module) };
  else if (m.command !== undefined) spec = { kind: 'command', command: m.command, ...(m.fit_command !== undefined ? { fitCommand: m.fit_command } : {}) };
  else if (m.http !== undefined) spec = { kind: 'http', config: m.http };
  else spec = { kind: 'openai', config: m.openai ?? {} };
  if (where) spec.source = modelSource(m, where.doc, where.file, where.path);
  const remote = spec.kind === 'http' || spec.kind === 'openai' || spec.kind === 'command';
  const options: ModelOptions = {
    batchSize: m.batch_size ?? 64,
    cache: m.cache ?? remote,
    maxErrorRate: m.max_error_rate ?? 0.05,
  };
  if (m.concurrency !== undefined) options.concurrency = m.concurrency;
  if (m.timeout_ms !== undefined) options.timeoutMs = m.timeout_ms;
  if (m.retries !== undefined) options.retries = m.retries;
  return { spec, options };
}

function normalizeCrossValidation(o: RawCrossValidation): CrossValidationCheck {
  const check: CrossValidationCheck = {
    kind: 'cross-validation',
    folds: o.folds ?? 5,
    group: o.group ?? false,
    shuffle: o.shuffle ?? false,
    repeats: o.repeats ?? 1,
    include: o.metrics ?? ['accuracy', 'f1'],
    confidence: o.confidence ?? 0.95,
  };
  if (o.stratify !== undefined) check.stratify = o.stratify;
  if (o.average !== undefined) check.average = o.average;
  return check;
}

function normalizeDataQuality(spec: RawDataQuality): DataQualityCheck {
  const o: Exclude<RawDataQuality, unknown[]> = Array.isArray(spec) ? { include: spec } : spec;
  return {
    kind: 'data-quality',
    include: o.include ?? [...QUALITY_CHECKS],
    nearDuplicateThreshold: o.near_duplicate_threshold ?? 0.8,
    maxInputChars: o.max_input_chars ?? 10_000,
  };
}

/** The position of every key path inside a model block (see ModelSource). O(size of the block). */
function modelSource(m: unknown, doc: ParsedDocument, file: string, path: (string | number)[]): ModelSource {
  const positions: ModelSource['positions'] = { '': lc(doc.locate(path)) };
  const walk = (v: unknown, inner: (string | number)[]): void => {
    if (v === null || typeof v !== 'object') return;
    for (const [k, child] of Array.isArray(v) ? v.entries() : Object.entries(v)) {
      const at = [...inner, k];
      positions[at.join('.')] = lc(doc.locate([...path, ...at], { key: typeof k === 'string' }));
      walk(child, at);
    }
  };
  walk(m, []);
  return { file, path, positions };
}

function lc(pos: { line: number; column: number }) {
  return { line: pos.line, column: pos.column };
}
