import { spawn } from 'node:child_process';
import { once } from 'node:events';
import type { TrainingExample } from '../model.js';
import { InvalidInputError, RunError } from '../../problem.js';
import { describeExit, type ExitInfo } from './childLink.js';
import { killOnExit } from './exitCleanup.js';
import { formatCommand } from './formatCommand.js';
import { StderrTail } from './stderrTail.js';
import { stopChild } from './stopChild.js';

/** One fit run: the program, where and with what environment, the examples and the bounds. */
export interface FitCommandSpec {
  argv: readonly string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  examples: readonly TrainingExample[];
  timeoutMs: number;
  graceMs: number;
}

/**
 * Runs a fit command once (`shell: false`): writes each example as a JSON line `{"input", "label"}`
 * to its stdin, closes stdin and waits for it to exit 0. Its stdout and stderr are kept (last lines)
 * for the error message. Cost: one process run, O(examples) to write. Throws InvalidInputError when
 * the program cannot be started, RunError when it exits non-zero, is killed or exceeds `timeoutMs`.
 * Example: `await runFitCommand({ argv: ['python3', 'model.py', 'fit'], examples, timeoutMs: 60000, graceMs: 2000 })` → `undefined`.
 */
export async function runFitCommand(spec: FitCommandSpec): Promise<void> {
  const label = `fit command \`${formatCommand(spec.argv)}\``;
  const tail = new StderrTail();
  const child = spawn(spec.argv[0], spec.argv.slice(1), { cwd: spec.cwd, env: spec.env, shell: false, stdio: ['pipe', 'pipe', 'pipe'] });
  const untrack = killOnExit(child);
  const exited = new Promise<ExitInfo>((resolve) => {
    child.once('close', () => resolve({ code: child.exitCode, signal: child.signalCode }));
    child.once('error', (e: NodeJS.ErrnoException) => child.pid === undefined && resolve({ code: null, signal: null, spawnError: e }));
  }).finally(untrack);
  for (const s of [child.stdout, child.stderr]) {
    s.setEncoding('utf8');
    s.on('data', (chunk: string) => tail.push(chunk));
  }
  child.stdin.on('error', () => undefined); // EPIPE if it exits without reading: its exit code decides
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void stopChild(child, exited, spec.graceMs, false);
  }, spec.timeoutMs);
  try {
    for (let i = 0; i < spec.examples.length; i++) {
      if (child.exitCode !== null || child.pid === undefined) break;
      const e = spec.examples[i];
      let line: string;
      try {
        line = `${JSON.stringify({ input: e.input, label: e.label })}\n`;
      } catch (err) {
        await stopChild(child, exited, spec.graceMs, false);
        throw new RunError(`${label}: cannot send example ${i} as JSON: ${err instanceof Error ? err.message : String(err)}`, 'fit-failed');
      }
      if (!child.stdin.write(line)) await Promise.race([once(child.stdin, 'drain').catch(() => undefined), exited]);
    }
    child.stdin.end();
    const exit = await exited;
    if (exit.spawnError) {
      const code = exit.spawnError.code ?? '';
      const message = `${label} could not be started${spec.cwd ? ` (cwd ${spec.cwd})` : ''}: ${exit.spawnError.message}`;
      if (['ENOENT', 'EACCES', 'ENOTDIR', 'EPERM'].includes(code)) throw new InvalidInputError([{ code: 'bad-model-command', path: ['fitCommand'], message }]);
      throw new RunError(message, 'fit-failed');
    }
    if (timedOut) throw new RunError(`${label} did not finish within ${spec.timeoutMs} ms and was stopped${tail.describe()}`, 'fit-failed');
    if (exit.code !== 0) throw new RunError(`${label} ${describeExit(exit)}${tail.describe()}`, 'fit-failed');
  } finally {
    clearTimeout(timer);
  }
}
