import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { EvalgateError, formatProblem } from '../problem.js';
import { errorSummaryMarkdown } from '../report/errorSummaryMarkdown.js';

/**
 * Wraps `run` or `merge` so that when it stops with an error (an invalid suite at exit 2, a run
 * that could not complete at exit 3) it still writes `<out>/summary.md` saying what was wrong,
 * when `--format` includes md and the output directory can be made: a CI step that appends
 * summary.md to `$GITHUB_STEP_SUMMARY` then shows the error. The error is rethrown unchanged (the
 * CLI entry prints it and exits); a summary that cannot be written is skipped silently, and one
 * this very command already wrote (with its verdict) is kept.
 */
export function withErrorSummary(m: CommandModule, verb: string, subjectOf: (args: Record<string, unknown>) => string): CommandModule {
  return {
    ...m,
    handler: async (args) => {
      const started = Date.now();
      try {
        await m.handler(args);
      } catch (e) {
        const formats = String(args.format ?? 'md').split(',').map((s) => s.trim());
        if (formats.includes('md') && typeof args.out === 'string') {
          const problems = e instanceof EvalgateError ? (e.problems.length > 0 ? e.problems.map(formatProblem) : [e.message]) : [`internal error: ${e instanceof Error ? e.message : String(e)}`];
          const code = e instanceof EvalgateError ? e.exitCode : 3;
          const path = join(args.out, 'summary.md');
          try {
            if (!(existsSync(path) && statSync(path).mtimeMs >= started)) {
              mkdirSync(args.out, { recursive: true });
              writeFileSync(path, errorSummaryMarkdown(verb, subjectOf(args), code, problems));
            }
          } catch {
            // No usable output directory: the error itself is still printed.
          }
        }
        throw e;
      }
    },
  };
}
