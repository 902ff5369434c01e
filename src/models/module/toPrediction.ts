import type { Prediction } from '../model.js';
import type { Label } from '../../metrics/types.js';
import { describeValue } from './describeValue.js';

const isLabel = (v: unknown): v is Label => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));
const isFinite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Checks one answer a model gave for one input and copies its known fields (`label`, `text`,
 * `probabilities`, `score`, `error`, `latencyMs`) into a fresh Prediction; unknown keys are ignored.
 * A malformed answer becomes `{ error }` naming `where` and what was wrong, so one bad answer never
 * fails a batch. Cost O(number of fields and classes). Never throws.
 * Example: `toPrediction({ label: 'spam', extra: 1 }, 'output [0]')` → `{ label: 'spam' }`;
 * `toPrediction('spam', 'output [0]')` → `{ error: 'output [0] is a string, expected an object with label, text, probabilities or score' }`.
 */
export function toPrediction(value: unknown, where: string): Prediction {
  if (!isPlainObject(value)) return { error: `${where} is ${describeValue(value)}, expected an object with label, text, probabilities or score` };
  const out: Prediction = {};
  if (value.latencyMs !== undefined) {
    if (!isFinite(value.latencyMs) || value.latencyMs < 0) return { error: `${where}.latencyMs must be a number >= 0 (got ${describeValue(value.latencyMs)})` };
    out.latencyMs = value.latencyMs;
  }
  if (value.error !== undefined && value.error !== null) {
    if (typeof value.error !== 'string') return { error: `${where}.error must be a string (got ${describeValue(value.error)})` };
    return { ...out, error: value.error };
  }
  const { label, text, probabilities, score } = value;
  if (label !== undefined) {
    if (Array.isArray(label)) {
      const bad = label.findIndex((l) => !isLabel(l));
      if (bad >= 0) return { error: `${where}.label[${bad}] must be a string or a finite number (got ${describeValue(label[bad])})` };
      out.label = [...label] as Label[];
    } else if (isLabel(label)) out.label = label;
    else return { error: `${where}.label must be a string, a finite number or an array of them (got ${describeValue(label)})` };
  }
  if (text !== undefined) {
    if (typeof text !== 'string') return { error: `${where}.text must be a string (got ${describeValue(text)})` };
    out.text = text;
  }
  if (probabilities !== undefined) {
    if (!isPlainObject(probabilities)) return { error: `${where}.probabilities must be an object of label → number (got ${describeValue(probabilities)})` };
    const copy: Record<string, number> = {};
    for (const [k, p] of Object.entries(probabilities)) {
      if (!isFinite(p)) return { error: `${where}.probabilities[${JSON.stringify(k)}] must be a finite number (got ${describeValue(p)})` };
      copy[k] = p;
    }
    out.probabilities = copy;
  }
  if (score !== undefined) {
    if (!isFinite(score)) return { error: `${where}.score must be a finite number (got ${describeValue(score)})` };
    out.score = score;
  }
  if (out.label === undefined && out.text === undefined && out.probabilities === undefined && out.score === undefined) {
    const keys = Object.keys(value);
    return { error: `${where} has none of label, text, probabilities, score (keys: ${keys.length ? keys.join(', ') : 'none'})` };
  }
  return out;
}
