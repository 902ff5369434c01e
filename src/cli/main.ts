import yargs, { type CommandModule } from 'yargs';
import { EvalgateError, formatProblem } from '../problem.js';
import { processIo, type CliIo } from './io.js';
import { runCommand } from './runCommand.js';
import { scoreCommand } from './scoreCommand.js';
import { validateCommand } from './validateCommand.js';
import { schemaCommand } from './schemaCommand.js';
import { splitCommand } from './splitCommand.js';
import { perturbCommand } from './perturbCommand.js';
import { replayCommand } from './replayCommand.js';
import { compareCommand } from './compareCommand.js';
import { mergeCommand } from './mergeCommand.js';
import { VERSION } from '../version.js';
import { withErrorSummary } from './errorSummary.js';
import { cacheCommand } from './cacheCommand.js';
import { initCommand } from './initCommand.js';

/**
 * The evalgate command line. Parses `argv`, runs one command and resolves to the exit code:
 * 0 pass, 1 a gate failed, 2 invalid suite/data/arguments, 3 the run could not complete.
 * Never calls process.exit itself (bin/evalgate.js does), so tests can call it in process.
 */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let code = 0;
  let usageError: string | undefined;
  let commandError: unknown;
  let failed = false;
  const set = (c: number) => {
    code = c;
  };
  // Errors from a command's own work are kept apart from yargs' parse and validation errors.
  const guard = (m: CommandModule): CommandModule => ({
    ...m,
    handler: async (args) => {
      try {
        await m.handler(args);
      } catch (e) {
        commandError = e;
        failed = true;
      }
    },
  });
  const parser = yargs(argv)
    .scriptName('evalgate')
    .usage('$0 <command> [options]\n\nDecide whether a machine-learning model may ship.')
    .command(guard(withErrorSummary(runCommand(io, set), 'run', (a) => String(a.suite))))
    .command(guard(scoreCommand(io, set)))
    .command(guard(validateCommand(io, set)))
    .command(guard(splitCommand(io, set)))
    .command(guard(compareCommand(io, set)))
    .command(guard(schemaCommand(io, set)))
    .command(guard(perturbCommand(io, set)))
    .command(guard(replayCommand(io, set)))
    .command(guard(withErrorSummary(mergeCommand(io, set), 'merge', (a) => (Array.isArray(a.dirs) ? a.dirs.map(String).join(' ') : 'merge'))))
    .command(guard(cacheCommand(io, set)))
    .command(guard(initCommand(io, set)))
    .demandCommand(1, 'name a command: init, run, compare, merge, score, validate, split, schema, perturb, replay or cache')
    .strict()
    .strictOptions()
    .recommendCommands()
    .exitProcess(false)
    // evalgate's own version: without an argument yargs reads the package.json of the project that installed it.
    .version(VERSION)
    .help()
    .wrap(Math.min(100, process.stdout.columns ?? 100))
    .fail((msg, err) => {
      // yargs goes on to run the command unless fail() throws.
      usageError = msg ?? err?.message ?? 'invalid arguments';
      throw new UsageStop();
    });
  let output = '';
  try {
    await parser.parseAsync(argv, {}, (_err: unknown, _argv: unknown, out: string) => {
      output = out;
    });
  } catch (e) {
    if (!(e instanceof UsageStop)) return reportError(e, io);
  }
  if (failed) return reportError(commandError, io);
  if (usageError !== undefined) {
    io.stderr.write(`${output ? `${output}\n\n` : ''}evalgate: ${usageError}\n`);
    return 2;
  }
  if (output) io.stdout.write(`${output}\n`);
  return code;
}

/** Prints an error without a stack trace (unless EVALGATE_DEBUG is set) and picks its exit code. */
export function reportError(e: unknown, io: CliIo): number {
  if (e instanceof EvalgateError) {
    const lines = e.problems.length > 0 ? e.problems.map(formatProblem) : [e.message];
    io.stderr.write(`${lines.map((l) => `error: ${l}`).join('\n')}\n`);
    if (e.problems.length > 1) io.stderr.write(`${e.problems.length} problems found.\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`evalgate: internal error: ${err.message}\n`);
  if (process.env.EVALGATE_DEBUG) io.stderr.write(`${err.stack ?? ''}\n`);
  else io.stderr.write('Set EVALGATE_DEBUG=1 to see the stack trace, and please report this.\n');
  return 3;
}

/** Thrown from yargs' fail hook to stop it from running a command after a usage error. */
class UsageStop extends Error {}
