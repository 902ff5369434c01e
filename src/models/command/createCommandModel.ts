import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model, ModelIdentity, Prediction, PredictOptions, TrainingExample } from '../model.js';
import { askInChunks } from '../askInChunks.js';
import type { Label } from '../../metrics/types.js';
import { errorPredictions } from '../module/errorPredictions.js';
import { trainingFingerprint } from '../trainingFingerprint.js';
import { toPredictions } from '../module/toPredictions.js';
import { CommandChannel } from './commandChannel.js';
import { normalizeCommandOptions, type CommandModelOptions, type NormalizedCommandOptions } from './commandOptions.js';
import { removeOnExit } from './exitCleanup.js';
import { formatCommand } from './formatCommand.js';
import { runFitCommand } from './runFitCommand.js';

/** The environment variable naming the directory a fit command saves into and the model reads. */
export const FIT_DIR_ENV = 'EVALGATE_FIT_DIR';

/** A fitted model's extra state: what it was fitted on, how, and what it must clean up. */
interface Fitted {
  fittedOn: string;
  /** Message fit: replayed as the first request of every process. */
  examples?: TrainingExample[];
  /** fitCommand fit: the directory it saved into, removed on close. */
  dir?: string;
  untrackDir?: () => void;
}

const isLabelList = (v: unknown): v is Label[] => Array.isArray(v) && v.every((c) => typeof c === 'string' || typeof c === 'number');

/** Batches queued to the process at once: enough to keep it busy, few enough to stop soon. */
const PIPELINE_DEPTH = 4;

/**
 * A model run as a long-lived child process speaking JSON lines (docs/command-protocol.md): started
 * lazily on the first predict, reused, restarted when it dies (at most `restarts` times), batches of
 * `batchSize` inputs sent one request at a time. A failed request (crash after one retry, garbage
 * line, timeout, `{"error"}` reply, malformed outputs) becomes error Predictions; predict rejects only
 * when the process is beyond recovery (RunError) or cannot be started (InvalidInputError). `fit`
 * returns a new model whose processes first receive `{"id","fit":[…]}` (or, with `fitCommand`, runs
 * that command once with the examples on stdin). Cost: one process start, one round trip per batch.
 * Throws InvalidInputError for wrong options.
 * Example: `await createCommandModel({ command: ['python3', 'model.py'] }).predict(['win money'])` → `[{ label: 'spam', … }]`.
 */
export function createCommandModel(options: CommandModelOptions): Model {
  return commandModel(normalizeCommandOptions(options));
}

function commandModel(o: NormalizedCommandOptions, fitted?: Fitted): Model & { start(): Promise<void>; close(): Promise<void> } {
  const label = `model command \`${formatCommand(o.command)}\``;
  let classes: Label[] | undefined;
  const channel = new CommandChannel({
    argv: o.command,
    cwd: o.cwd,
    env: { ...process.env, ...o.env },
    label,
    restarts: o.restarts,
    graceMs: o.graceMs,
    ...(fitted?.examples && {
      init: {
        payload: { fit: fitted.examples },
        timeoutMs: o.fitTimeoutMs,
        check: (reply: Record<string, unknown>) => {
          if (reply.error !== undefined) return `cannot fit: ${typeof reply.error === 'string' ? reply.error : JSON.stringify(reply.error)}`;
          if (reply.fitted !== true) return `answered the fit request without "fitted": true (keys: ${Object.keys(reply).join(', ')})`;
          if (isLabelList(reply.classes)) classes = [...reply.classes];
          return undefined;
        },
      },
    }),
  });
  const identity: ModelIdentity = {
    name: o.name ?? `command:${formatCommand(o.command)}`,
    parameters: { ...o.parameters, ...(fitted && { fittedOn: fitted.fittedOn }), ...(fitted?.dir && o.fitCommand && { fitCommand: o.fitCommand }) },
  };
  if (o.version !== undefined) identity.version = o.version;

  const predictBatch = async (batch: unknown[]): Promise<Prediction[]> => {
    const r = await channel.call({ inputs: batch }, o.timeoutMs);
    if (!r.ok) return errorPredictions(batch.length, r.error, r.ms);
    const m = r.message;
    if (m.error !== undefined) return errorPredictions(batch.length, typeof m.error === 'string' ? m.error : `${label} answered with a non-string error: ${JSON.stringify(m.error)}`, r.ms);
    if (!('outputs' in m)) return errorPredictions(batch.length, `${label} answered with neither "outputs" nor "error" (keys: ${Object.keys(m).join(', ')})`, r.ms);
    return toPredictions(m.outputs, batch.length, `${label} outputs`, r.ms);
  };

  return {
    identity,
    get classes() {
      return classes;
    },
    async predict(inputs: readonly unknown[], opts: PredictOptions = {}): Promise<Prediction[]> {
      // A few batches are queued to the process at a time (it answers them in order), so that a
      // stopped run sends nothing more than those, and each batch's answers are reported as they come.
      return askInChunks(inputs, o.batchSize, PIPELINE_DEPTH, opts, (batch) => predictBatch([...batch]));
    },
    async fit(examples: readonly TrainingExample[]): Promise<Model> {
      const copy = examples.map((e) => ({ input: e.input, label: e.label }));
      const fittedOn = trainingFingerprint(copy);
      if (!o.fitCommand) {
        const model = commandModel(o, { fittedOn, examples: copy });
        await model.start().catch(async (e: unknown) => {
          await model.close();
          throw e;
        });
        return model;
      }
      const dir = await mkdtemp(join(tmpdir(), 'evalgate-fit-'));
      const untrack = removeOnExit(dir);
      const env = { ...o.env, [FIT_DIR_ENV]: dir };
      try {
        await runFitCommand({ argv: o.fitCommand, cwd: o.cwd, env: { ...process.env, ...env }, examples: copy, timeoutMs: o.fitTimeoutMs, graceMs: o.graceMs });
      } catch (e) {
        await rm(dir, { recursive: true, force: true });
        untrack();
        throw e;
      }
      return commandModel({ ...o, env }, { fittedOn, dir, untrackDir: untrack });
    },
    start: () => channel.start(),
    async close(): Promise<void> {
      await channel.close();
      if (fitted?.dir) {
        await rm(fitted.dir, { recursive: true, force: true });
        fitted.untrackDir?.();
      }
    },
  };
}

