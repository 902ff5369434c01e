import type { Label } from '../../metrics/types.js';
import type { Prediction } from '../model.js';
import { MISSING, pickJsonPath, type JsonPath } from './jsonPath.js';

/** Where a response holds the answer, and what the `output` value is. */
export interface OutputPaths {
  output?: JsonPath;
  score?: JsonPath;
  probabilities?: JsonPath;
  /** `label` (string, number, or an array of them for multi-label) or `text` (a string). */
  kind: 'label' | 'text';
}

const typeName = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
const isLabel = (v: unknown): v is Label => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

/** Sets one field of `into` from value `v` found at `path`, or returns why it cannot. */
function assign(into: Prediction, field: 'output' | 'score' | 'probabilities', kind: OutputPaths['kind'], v: unknown, path: string): string | undefined {
  if (field === 'score') {
    if (typeof v !== 'number' || !Number.isFinite(v)) return `response \`${path}\` is not a number (got ${typeName(v)})`;
    into.score = v;
  } else if (field === 'probabilities') {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return `response \`${path}\` is not an object of probabilities (got ${typeName(v)})`;
    const p: Record<string, number> = {};
    for (const [k, x] of Object.entries(v)) {
      if (typeof x !== 'number' || !Number.isFinite(x)) return `response \`${path}\`: probability of ${JSON.stringify(k)} is not a number (got ${typeName(x)})`;
      p[k] = x;
    }
    into.probabilities = p;
  } else if (kind === 'text') {
    if (typeof v !== 'string') return `response \`${path}\` is not text (got ${typeName(v)})`;
    into.text = v;
  } else if (isLabel(v)) into.label = v;
  else if (Array.isArray(v) && v.every(isLabel)) into.label = v;
  else return `response \`${path}\` is not a label (got ${typeName(v)})`;
  return undefined;
}

const FIELDS = ['output', 'score', 'probabilities'] as const;

/**
 * The Prediction a parsed response document holds, read at the configured paths: a missing
 * path or a value of the wrong type gives `{ error }` naming the path, e.g.
 * "response has no `choices[0].text`". Cost O(paths + size of the values read).
 * Example: `readPrediction({ label: 'spam' }, { output: parseJsonPath('label'), kind: 'label' })` → `{ label: 'spam' }`.
 */
export function readPrediction(doc: unknown, paths: OutputPaths): Prediction {
  const p: Prediction = {};
  for (const field of FIELDS) {
    const path = paths[field];
    if (path === undefined) continue;
    const v = pickJsonPath(doc, path);
    if (v === MISSING) return { error: `response has no \`${path.text}\`` };
    const error = assign(p, field, paths.kind, v, path.text);
    if (error !== undefined) return { error };
  }
  return p;
}

/**
 * The Predictions of a batch response: each configured path must pick an array with one item
 * per input (directly, e.g. `labels`, or through `[*]`, e.g. `results[*].label`). A path missing or
 * of the wrong length fails every input of the batch; a bad item fails its input only.
 * Cost O(count × paths).
 * Example: `readBatchPredictions({ labels: ['a', 'b'] }, { output: parseJsonPath('labels'), kind: 'label' }, 2)` → `[{ label: 'a' }, { label: 'b' }]`.
 */
export function readBatchPredictions(doc: unknown, paths: OutputPaths, count: number): Prediction[] {
  const out: Prediction[] = Array.from({ length: count }, () => ({}));
  for (const field of FIELDS) {
    const path = paths[field];
    if (path === undefined) continue;
    const values = pickJsonPath(doc, path);
    let whole: string | undefined;
    if (values === MISSING) whole = `response has no \`${path.text}\``;
    else if (!Array.isArray(values)) whole = `response \`${path.text}\` is not an array (got ${typeName(values)})`;
    else if (values.length !== count) whole = `response \`${path.text}\` has ${values.length} items for ${count} inputs`;
    if (whole !== undefined) return out.map(() => ({ error: whole }));
    for (let i = 0; i < count; i++) {
      const p = out[i];
      if (p.error !== undefined) continue;
      const v = (values as unknown[])[i];
      const error = v === MISSING ? `response has no \`${path.text}\` for input ${i}` : assign(p, field, paths.kind, v, path.text);
      if (error !== undefined) out[i] = { error };
    }
  }
  return out;
}
