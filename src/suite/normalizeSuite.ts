import { dirname, extname, relative, resolve } from 'node:path';
import type { Problem } from '../problem.js';
import type { Label, ZeroDivision } from '../metrics/types.js';
import { defaultMetrics } from '../metrics/metricLists.js';
import { METRICS_CHECK_DEFAULTS } from '../metrics/metricTable.js';
import type { ParsedDocument } from './parseDocument.js';
import { parseGate } from './parseGate.js';
import { normalizeRobustness, normalizeTemplates } from './normalizeRobustness.js';
import { normalizeQuality as normalizeTextQuality, normalizeSafety, problemAt } from './normalizeTextChecks.js';
import { normalizeComparison } from './normalizeComparison.js';
import type { ModelSource } from '../models/modelSpec.js';
import { QUALITY_CHECKS, type Check, type CrossValidationCheck, type DataQualityCheck, type DataSpec, type Gate, type MetricName, type MetricsCheck, type ModelOptions, type ModelSpec, type QualityCheckName, type Suite } from './types.js';

/** The plain shape of a suite file that passed the JSON Schema. */
interface RawSuite {
  suite: string;
  description?: string;
  seed?: number;
  data: Record<string, unknown> & { path: string };
  model?: Record<string, unknown>;
  baseline?: Record<string, unknown>;
  candidate?: Record<string, unknown>;
  comparison?: Record<string, unknown>;
  checks: Record<string, unknown>[];
  gates?: (string | { gate: string; name?: string; severity?: 'blocking' | 'warning' })[];
}

/** Metrics computed when a `metrics` check lists none: the metric table's defaults for single-label data. */
export const DEFAULT_METRICS: MetricName[] = defaultMetrics('multiclass');

/**
 * Fills in defaults and resolves paths of a schema-valid suite, and parses its gates. Gate syntax
 * errors come back as Problems located at the gate. Pure apart from path arithmetic.
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
  const format = (d.format as DataSpec['format'] | undefined) ?? (ext === '.csv' ? 'csv' : ext === '.json' ? 'json' : 'jsonl');
  const field = (k: string) => (typeof d[k] === 'string' ? (d[k] as string) : undefined);
  const data: DataSpec = {
    path: d.path,
    resolvedPath,
    displayPath: relative(process.cwd(), resolvedPath) || d.path,
    format,
    fields: {
      input: field('input'),
      label: field('label'),
      prediction: field('prediction'),
      score: field('score'),
      probabilities: field('probabilities'),
      group: field('group'),
      id: field('id'),
    },
    classes: d.classes as Label[] | undefined,
    posLabel: d.pos_label as Label | undefined,
    onBadRow: (d.on_bad_row as 'error' | 'skip' | undefined) ?? 'error',
    labelSeparator: field('label_separator'),
    delimiter: field('delimiter'),
  };
  if (typeof d.holdout === 'number') data.holdout = d.holdout;
  if (typeof d.stratify === 'boolean') data.stratify = d.stratify;
  for (const k of Object.keys(data.fields) as (keyof typeof data.fields)[]) {
    if (data.fields[k] === undefined) delete data.fields[k];
  }
  if (d.format === undefined && !['.csv', '.json', '.jsonl', '.ndjson'].includes(ext)) {
    const pos = doc.locate(['data', 'path']);
    problems.push({ code: 'format', file, ...lc(pos), path: ['data', 'path'], message: `cannot tell the format of '${d.path}' from its extension: set data.format to jsonl, csv or json` });
  }

  const checks: Check[] = raw.checks.map((c, i) => {
    if ('robustness' in c) return normalizeRobustness(c.robustness as Record<string, unknown>, i, dir);
    if ('templates' in c) return normalizeTemplates(c.templates as Record<string, unknown>, i, dir);
    if ('safety' in c) return normalizeSafety((c.safety ?? {}) as Record<string, unknown>, i);
    if ('quality' in c) return normalizeTextQuality((c.quality ?? {}) as Record<string, unknown>, i, dir, problemAt(doc, file, problems));
    if ('cross-validation' in c) return normalizeCrossValidation(c['cross-validation'] as Record<string, unknown>);
    if ('data-quality' in c) return normalizeQuality(c['data-quality']);
    return normalizeMetrics(c.metrics as unknown);
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

function normalizeMetrics(spec: unknown): MetricsCheck {
  const o = (Array.isArray(spec) ? { include: spec } : (spec ?? {})) as Record<string, unknown>;
  const check: MetricsCheck = {
    kind: 'metrics',
    include: (o.include as MetricName[] | undefined) ?? DEFAULT_METRICS,
    zeroDivision: (o.zero_division as ZeroDivision | undefined) ?? METRICS_CHECK_DEFAULTS.zeroDivision,
    beta: (o.beta as number | undefined) ?? METRICS_CHECK_DEFAULTS.beta,
    topK: (o.top_k as number | undefined) ?? METRICS_CHECK_DEFAULTS.topK,
    bins: (o.bins as number | undefined) ?? METRICS_CHECK_DEFAULTS.bins,
    confidence: (o.confidence as number | undefined) ?? METRICS_CHECK_DEFAULTS.confidence,
    bootstrap: (o.bootstrap as number | undefined) ?? METRICS_CHECK_DEFAULTS.bootstrap,
  };
  if (o.average !== undefined) check.average = o.average as MetricsCheck['average'];
  if (o.labels !== undefined) check.labels = o.labels as Label[];
  return check;
}

/**
 * A schema-valid `model` (or `baseline`, `candidate`) block as a ModelSpec and its options. With
 * `where`, the spec records where the block was written (its source), so that errors found when the
 * model is built point at the suite.
 */
export function normalizeModel(m: Record<string, unknown>, dir: string, where?: { doc: ParsedDocument; file: string; path: (string | number)[] }): NonNullable<Suite['model']> {
  let spec: ModelSpec;
  if (typeof m.builtin === 'string') spec = { kind: 'builtin', name: m.builtin as 'naive-bayes', params: (m.params as Record<string, unknown> | undefined) ?? {} };
  else if (typeof m.module === 'string') spec = { kind: 'module', path: m.module, resolvedPath: resolve(dir, m.module) };
  else if (Array.isArray(m.command)) spec = { kind: 'command', command: m.command as string[], ...(Array.isArray(m.fit_command) ? { fitCommand: m.fit_command as string[] } : {}) };
  else if (m.http !== undefined) spec = { kind: 'http', config: m.http as Record<string, unknown> };
  else spec = { kind: 'openai', config: (m.openai as Record<string, unknown> | undefined) ?? {} };
  if (where) spec.source = modelSource(m, where.doc, where.file, where.path);
  const remote = spec.kind === 'http' || spec.kind === 'openai' || spec.kind === 'command';
  const options: ModelOptions = {
    batchSize: (m.batch_size as number | undefined) ?? 64,
    cache: (m.cache as boolean | undefined) ?? remote,
    maxErrorRate: (m.max_error_rate as number | undefined) ?? 0.05,
  };
  if (typeof m.concurrency === 'number') options.concurrency = m.concurrency;
  if (typeof m.timeout_ms === 'number') options.timeoutMs = m.timeout_ms;
  if (typeof m.retries === 'number') options.retries = m.retries;
  return { spec, options };
}

function normalizeCrossValidation(o: Record<string, unknown>): CrossValidationCheck {
  const check: CrossValidationCheck = {
    kind: 'cross-validation',
    folds: (o.folds as number | undefined) ?? 5,
    group: (o.group as boolean | undefined) ?? false,
    shuffle: (o.shuffle as boolean | undefined) ?? false,
    repeats: (o.repeats as number | undefined) ?? 1,
    include: (o.metrics as MetricName[] | undefined) ?? ['accuracy', 'f1'],
    confidence: (o.confidence as number | undefined) ?? 0.95,
  };
  if (typeof o.stratify === 'boolean') check.stratify = o.stratify;
  if (o.average !== undefined) check.average = o.average as CrossValidationCheck['average'];
  return check;
}

function normalizeQuality(spec: unknown): DataQualityCheck {
  const o = (Array.isArray(spec) ? { include: spec } : (spec ?? {})) as Record<string, unknown>;
  return {
    kind: 'data-quality',
    include: (o.include as QualityCheckName[] | undefined) ?? [...QUALITY_CHECKS],
    nearDuplicateThreshold: (o.near_duplicate_threshold as number | undefined) ?? 0.8,
    maxInputChars: (o.max_input_chars as number | undefined) ?? 10_000,
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
