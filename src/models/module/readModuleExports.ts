import type { TrainingExample } from '../model.js';
import type { Label } from '../../metrics/types.js';
import { InvalidInputError, type Problem } from '../../problem.js';
import { describeValue } from './describeValue.js';

type Fn = (...args: never[]) => unknown;

/** What a model module may export; everything but one of `predict`/`predictOne` is optional. */
export interface ModuleExports {
  /** A batch of inputs (and, once fitted, the state `fit` returned) → one answer per input. */
  predict?: (inputs: unknown[], state?: unknown) => unknown;
  /** One input (and the fitted state) → its answer; used when `predict` is absent. */
  predictOne?: (input: unknown, state?: unknown) => unknown;
  /** Training examples → the fitted state (any value, `undefined` included). */
  fit?: (examples: TrainingExample[]) => unknown;
  /** Frees resources; called with the fitted state for a fitted model. */
  close?: (state?: unknown) => unknown;
  identity?: { name?: string; version?: string; parameters?: Record<string, unknown> };
  classes?: Label[];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function pickSource(ns: Record<string, unknown>): Record<string, unknown> {
  if ('predict' in ns || 'predictOne' in ns) return ns;
  const d = ns.default;
  if ((isObject(d) || typeof d === 'function') && ('predict' in d || 'predictOne' in d)) return d as Record<string, unknown>;
  return ns;
}

function foundExports(ns: Record<string, unknown>): string {
  const names = Object.keys(ns).sort();
  const d = ns.default;
  const inner = isObject(d) ? Object.keys(d).sort().map((k) => `default.${k}`) : [];
  const all = [...names, ...inner];
  return all.length ? all.join(', ') : 'nothing';
}

/**
 * Reads a model module's namespace (or, when it has neither `predict` nor `predictOne`, its default
 * export, which is what a CommonJS `module.exports = { predict }` becomes) and checks every export it
 * uses. Cost O(number of exports). Throws InvalidInputError naming `file`, every wrong export and, when
 * no predictor exists, the exports it found.
 * Example: `readModuleExports({ predict: f }, 'm.js')` → `{ predict: f }`.
 */
export function readModuleExports(ns: Record<string, unknown>, file: string): ModuleExports {
  const src = pickSource(ns);
  const problems: Problem[] = [];
  const bad = (path: string[], message: string) => problems.push({ code: 'bad-model-module', file, path, message });
  if (src.predict === undefined && src.predictOne === undefined) {
    bad([], `exports no predict(inputs) or predictOne(input) function (found: ${foundExports(ns)})`);
  }
  for (const name of ['predict', 'predictOne', 'fit', 'close'] as const) {
    const v = src[name];
    if (v !== undefined && typeof v !== 'function') bad([name], `must be a function (got ${describeValue(v)})`);
  }
  const id = src.identity;
  if (id !== undefined) {
    if (!isObject(id)) bad(['identity'], `must be an object with name, version and parameters (got ${describeValue(id)})`);
    else {
      if (id.name !== undefined && typeof id.name !== 'string') bad(['identity', 'name'], `must be a string (got ${describeValue(id.name)})`);
      if (id.version !== undefined && typeof id.version !== 'string') bad(['identity', 'version'], `must be a string (got ${describeValue(id.version)})`);
      if (id.parameters !== undefined && !isObject(id.parameters)) bad(['identity', 'parameters'], `must be an object (got ${describeValue(id.parameters)})`);
    }
  }
  const classes = src.classes;
  if (classes !== undefined && (!Array.isArray(classes) || classes.some((c) => typeof c !== 'string' && typeof c !== 'number'))) {
    bad(['classes'], 'must be an array of strings or numbers');
  }
  if (problems.length) throw new InvalidInputError(problems);
  const out: ModuleExports = {};
  if (src.predict) out.predict = (src.predict as Fn).bind(src) as ModuleExports['predict'];
  else out.predictOne = (src.predictOne as Fn).bind(src) as ModuleExports['predictOne'];
  if (src.fit) out.fit = (src.fit as Fn).bind(src) as ModuleExports['fit'];
  if (src.close) out.close = (src.close as Fn).bind(src) as ModuleExports['close'];
  if (id) out.identity = id as ModuleExports['identity'];
  if (classes) out.classes = [...(classes as Label[])];
  return out;
}
