import { dirname, extname, relative, resolve } from 'node:path';
import type { Problem } from '../problem.js';
import type { Label, ZeroDivision } from '../metrics/types.js';
import type { ParsedDocument } from './parseDocument.js';
import { parseGate } from './parseGate.js';
import type { Check, DataSpec, Gate, MetricName, MetricsCheck, Suite } from './types.js';

/** The plain shape of a suite file that passed the JSON Schema. */
interface RawSuite {
  suite: string;
  description?: string;
  seed?: number;
  data: Record<string, unknown> & { path: string };
  checks: Record<string, unknown>[];
  gates?: (string | { gate: string; name?: string; severity?: 'blocking' | 'warning' })[];
}

/** Metrics computed when a `metrics` check lists none: every label-based figure. */
export const DEFAULT_METRICS: MetricName[] = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'mcc', 'kappa'];

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
  for (const k of Object.keys(data.fields) as (keyof typeof data.fields)[]) {
    if (data.fields[k] === undefined) delete data.fields[k];
  }
  if (d.format === undefined && !['.csv', '.json', '.jsonl', '.ndjson'].includes(ext)) {
    const pos = doc.locate(['data', 'path']);
    problems.push({ code: 'format', file, ...lc(pos), path: ['data', 'path'], message: `cannot tell the format of '${d.path}' from its extension: set data.format to jsonl, csv or json` });
  }

  const checks: Check[] = raw.checks.map((c) => normalizeMetrics(c.metrics as unknown));

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
  return { suite, problems };
}

function normalizeMetrics(spec: unknown): MetricsCheck {
  const o = (Array.isArray(spec) ? { include: spec } : (spec ?? {})) as Record<string, unknown>;
  const check: MetricsCheck = {
    kind: 'metrics',
    include: (o.include as MetricName[] | undefined) ?? DEFAULT_METRICS,
    zeroDivision: (o.zero_division as ZeroDivision | undefined) ?? 'warn',
    beta: (o.beta as number | undefined) ?? 1,
    topK: (o.top_k as number | undefined) ?? 2,
    bins: (o.bins as number | undefined) ?? 15,
    confidence: (o.confidence as number | undefined) ?? 0.95,
    bootstrap: (o.bootstrap as number | undefined) ?? 1000,
  };
  if (o.average !== undefined) check.average = o.average as MetricsCheck['average'];
  if (o.labels !== undefined) check.labels = o.labels as Label[];
  return check;
}

function lc(pos: { line: number; column: number }) {
  return { line: pos.line, column: pos.column };
}
