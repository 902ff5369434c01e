import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Model, ModelIdentity, Prediction, TrainingExample } from '../model.js';
import { InvalidInputError, RunError } from '../../problem.js';
import { errorPredictions } from './errorPredictions.js';
import { trainingFingerprint } from '../trainingFingerprint.js';
import { readModuleExports, type ModuleExports } from './readModuleExports.js';
import { toPrediction } from './toPrediction.js';
import { toPredictions } from './toPredictions.js';
import { settleWithin } from './settleWithin.js';

/** How to load a model module; identity fields here win over the module's own `identity` export. */
export interface ModuleModelOptions {
  /** Directory a relative `path` is resolved against (default: the process's working directory). */
  cwd?: string;
  name?: string;
  version?: string;
  parameters?: Record<string, unknown>;
  /** Longest wait for one `predict` call (or one `predictOne` input) before its inputs fail (default 60 000 ms). */
  timeoutMs?: number;
}

/** The content hash of each module file as this process first imported it. */
const FIRST_IMPORTED = new Map<string, string>();

/** The default of {@link ModuleModelOptions.timeoutMs}, as a command model's. */
export const MODULE_TIMEOUT_MS = 60_000;

const JS = new Set(['.js', '.mjs', '.cjs']);
const TS = new Set(['.ts', '.mts', '.cts']);
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
const invalid = (file: string, code: string, message: string) => new InvalidInputError([{ code, file, path: [], message }]);

/** Whether this Node strips TypeScript types itself (`process.features.typescript`, Node >= 22.10). */
function nodeRunsTypeScript(): boolean {
  return Boolean((process.features as { typescript?: unknown }).typescript);
}

/**
 * Loads a JavaScript model module and wraps it as a {@link Model} that runs in this process.
 * The module exports `predict(inputs, state?)` (a batch → one answer per input, sync or async) or
 * `predictOne(input, state?)`, and optionally `fit(examples)` (returns the fitted state, passed
 * back to predict), `close(state?)`, `identity` and `classes`. A predict that throws fails every
 * input of its batch (the run goes on); a wrong result fails the inputs it concerns, with a message
 * saying what was wrong; a call that gives no answer within `timeoutMs` (default 60 s; a batch for
 * `predict`, an input for `predictOne`) fails its inputs with an error naming timeout_ms, and its
 * late answer is dropped. `.js`, `.mjs` and `.cjs` load everywhere; `.ts` only where Node strips types
 * itself (Node 20 does not: compile it first). Cost: one read and one dynamic import (cached by Node by
 * content, so two models from one unchanged file share its module state; an edited file is imported afresh). Throws InvalidInputError for a missing, unloadable or
 * malformed module; the fitted model's `fit` throws RunError when the module's fit throws.
 * Example: `(await (await loadModuleModel('m.mjs')).predict(['hi']))` → `[{ label: 'ham', latencyMs: 0.1 }]`.
 */
export async function loadModuleModel(path: string, options: ModuleModelOptions = {}): Promise<Model> {
  const ext = extname(path).toLowerCase();
  if (TS.has(ext) && !nodeRunsTypeScript()) {
    throw invalid(path, 'unsupported-module', `Node ${process.version} cannot import TypeScript; compile the model module to .js (e.g. with tsc) and point to the .js file`);
  }
  if (!JS.has(ext) && !TS.has(ext)) {
    throw invalid(path, 'unsupported-module', `a model module must be a .js, .mjs or .cjs file (got ${ext || 'no extension'}); for other languages use a command model`);
  }
  const abs = resolve(options.cwd ?? process.cwd(), path);
  const info = await stat(abs).catch(() => undefined);
  if (!info?.isFile()) throw invalid(path, 'missing-file', `model module not found (looked for ${abs})`);
  let ns: Record<string, unknown>;
  try {
    // A file edited since this process first imported it is imported afresh (the programmatic API,
    // a watch loop), by its content hash in the URL; an unchanged one is shared.
    const digest = createHash('sha256').update(await readFile(abs)).digest('hex').slice(0, 16);
    const first = FIRST_IMPORTED.get(abs) ?? (FIRST_IMPORTED.set(abs, digest), digest);
    const url = pathToFileURL(abs).href;
    ns = (await import(first === digest ? url : `${url}?evalgate-sha256=${digest}`)) as Record<string, unknown>;
  } catch (e) {
    throw invalid(path, 'bad-model-module', `cannot import the model module: ${messageOf(e)}`);
  }
  const ex = readModuleExports(ns, path);
  const identity: ModelIdentity = {
    name: options.name ?? ex.identity?.name ?? `module:${path}`,
    parameters: { ...ex.identity?.parameters, ...options.parameters },
  };
  const version = options.version ?? ex.identity?.version;
  if (version !== undefined) identity.version = version;
  return moduleModel(ex, path, identity, { fitted: false }, options.timeoutMs ?? MODULE_TIMEOUT_MS);
}

/** The error of inputs whose call did not settle in time. */
const late = (what: string, ms: number) => `${what} gave no answer within ${ms} ms (timeout_ms)`;

function moduleModel(ex: ModuleExports, file: string, identity: ModelIdentity, fit: { fitted: boolean; state?: unknown }, timeoutMs: number): Model {
  const args = (first: unknown): unknown[] => (fit.fitted ? [first, fit.state] : [first]);
  // A sync throw becomes a rejection; the wait is bounded by timeout_ms.
  const call = (fn: unknown, arg: unknown) => settleWithin(Promise.resolve().then(() => (fn as (...a: unknown[]) => unknown)(...args(arg))), timeoutMs);
  const model: Model = {
    identity,
    ...(ex.classes ? { classes: ex.classes } : {}),
    async predict(inputs: readonly unknown[]): Promise<Prediction[]> {
      const batch = [...inputs];
      if (batch.length === 0) return [];
      if (ex.predict) {
        const t0 = performance.now();
        try {
          const r = await call(ex.predict, batch);
          if (r.timedOut) return errorPredictions(batch.length, late('predict()', timeoutMs), performance.now() - t0);
          return toPredictions(r.value, batch.length, 'predict()', performance.now() - t0);
        } catch (e) {
          return errorPredictions(batch.length, `predict() threw: ${messageOf(e)}`, performance.now() - t0);
        }
      }
      const out: Prediction[] = [];
      for (const input of batch) {
        const t0 = performance.now();
        try {
          const r = await call(ex.predictOne, input);
          if (r.timedOut) {
            out.push({ error: late('predictOne()', timeoutMs), latencyMs: performance.now() - t0 });
            continue;
          }
          const p = toPrediction(r.value, 'predictOne() result');
          p.latencyMs ??= performance.now() - t0;
          out.push(p);
        } catch (e) {
          out.push({ error: `predictOne() threw: ${messageOf(e)}`, latencyMs: performance.now() - t0 });
        }
      }
      return out;
    },
    async close(): Promise<void> {
      if (ex.close) await (ex.close as (...a: unknown[]) => unknown)(...(fit.fitted ? [fit.state] : []));
    },
  };
  if (ex.fit) {
    const fitFn = ex.fit;
    model.fit = async (examples: readonly TrainingExample[]): Promise<Model> => {
      const copy = examples.map((e) => ({ input: e.input, label: e.label }));
      let state: unknown;
      try {
        state = await fitFn(copy);
      } catch (e) {
        throw new RunError(`${file}: fit() threw: ${messageOf(e)}`, 'fit-failed');
      }
      const fittedIdentity = { ...identity, parameters: { ...identity.parameters, fittedOn: trainingFingerprint(copy) } };
      return moduleModel(ex, file, fittedIdentity, { fitted: true, state }, timeoutMs);
    };
  }
  return model;
}
