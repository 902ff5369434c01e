import { InvalidInputError, type Problem } from '../../problem.js';
import { describeValue } from '../module/describeValue.js';

/** How to run a model as a child process speaking JSON lines (docs/command-protocol.md). */
export interface CommandModelOptions {
  /** The program and its arguments, run without a shell, e.g. `['python3', 'model.py']`. */
  command: string[];
  cwd?: string;
  /** Variables added to (or overriding) the inherited environment; never part of the identity. */
  env?: Record<string, string>;
  /** Run once per fit with the examples as JSONL on stdin; must exit 0 (see the protocol). */
  fitCommand?: string[];
  /** Inputs per request (default 64, as a suite's `batch_size`). */
  batchSize?: number;
  /** How long one request may take (default 60 000 ms). */
  timeoutMs?: number;
  /** How long one fit may take (default 600 000 ms). */
  fitTimeoutMs?: number;
  /** How many times a process that died or stopped answering is replaced (default 3). */
  restarts?: number;
  /** How long close() waits after ending stdin, and again after SIGTERM (default 2 000 ms). */
  graceMs?: number;
  name?: string;
  version?: string;
  parameters?: Record<string, unknown>;
}

/** The options with every default filled in. */
export type NormalizedCommandOptions = Required<Omit<CommandModelOptions, 'cwd' | 'fitCommand' | 'name' | 'version'>> &
  Pick<CommandModelOptions, 'cwd' | 'fitCommand' | 'name' | 'version'>;

const MAX_TIMER = 2_147_483_647;

/**
 * Checks command-model options and fills in the defaults. Cost O(arguments). Throws
 * InvalidInputError listing every wrong option.
 * Example: `normalizeCommandOptions({ command: ['node', 'm.mjs'] }).batchSize` → `64`.
 */
export function normalizeCommandOptions(o: CommandModelOptions): NormalizedCommandOptions {
  const problems: Problem[] = [];
  const bad = (key: string, message: string) => problems.push({ code: 'bad-model-command', path: [key], message });
  const argv = (key: 'command' | 'fitCommand', v: unknown) => {
    if (!Array.isArray(v) || v.length === 0 || v.some((a) => typeof a !== 'string')) bad(key, `must be a non-empty array of strings, the program then its arguments (got ${describeValue(v)})`);
    else if (v[0] === '') bad(key, 'the program (first element) must not be empty');
    else if (v.some((a: string) => a.includes('\0'))) bad(key, 'arguments must not contain NUL characters');
  };
  const int = (key: keyof CommandModelOptions, v: unknown, min: number, max = Number.MAX_SAFE_INTEGER) => {
    if (v !== undefined && (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)) bad(key, `must be an integer from ${min} to ${max} (got ${JSON.stringify(v) ?? describeValue(v)})`);
  };
  argv('command', o.command);
  if (o.fitCommand !== undefined) argv('fitCommand', o.fitCommand);
  if (o.cwd !== undefined && typeof o.cwd !== 'string') bad('cwd', `must be a string (got ${describeValue(o.cwd)})`);
  if (o.env !== undefined && (o.env === null || typeof o.env !== 'object' || Object.values(o.env).some((v) => typeof v !== 'string'))) bad('env', 'must be an object of string values');
  int('batchSize', o.batchSize, 1);
  int('timeoutMs', o.timeoutMs, 1, MAX_TIMER);
  int('fitTimeoutMs', o.fitTimeoutMs, 1, MAX_TIMER);
  int('restarts', o.restarts, 0, 1000);
  int('graceMs', o.graceMs, 0, MAX_TIMER);
  if (problems.length) throw new InvalidInputError(problems);
  return {
    command: [...o.command],
    env: { ...o.env },
    batchSize: o.batchSize ?? 64,
    timeoutMs: o.timeoutMs ?? 60_000,
    fitTimeoutMs: o.fitTimeoutMs ?? 600_000,
    restarts: o.restarts ?? 3,
    graceMs: o.graceMs ?? 2_000,
    parameters: { ...o.parameters },
    ...(o.cwd !== undefined ? { cwd: o.cwd } : {}),
    ...(o.fitCommand !== undefined ? { fitCommand: [...o.fitCommand] } : {}),
    ...(o.name !== undefined ? { name: o.name } : {}),
    ...(o.version !== undefined ? { version: o.version } : {}),
  };
}
