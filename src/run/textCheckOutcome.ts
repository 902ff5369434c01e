import type { Figures } from '../contract/results.js';
import type { QualityCheck, SafetyCheck } from '../suite/types.js';
import type { CheckOutcome, RunContext } from './checkRunner.js';
import { runTextChecks } from './runTextChecks.js';

/**
 * The outcome of the safety or quality check: the first of the two to run scores both (one model
 * call per example serves both, see runTextChecks) and reports the calls; the other reads what it left.
 * Each takes its own figures (`safety.…` or `quality.…`) and detail.
 */
export async function textCheckOutcome<K extends 'safety' | 'quality'>(ctx: RunContext<K>): Promise<CheckOutcome<K>> {
  const fresh = ctx.left.text === undefined;
  const text = (ctx.left.text ??= await runTextChecks(ctx.suite, ctx.fitted?.testRows ?? ctx.examples, ctx.fitted?.scored, { journal: ctx.journal, progress: ctx.progress, window: ctx.window, only: ctx.only }));
  const kind = (ctx.check as SafetyCheck | QualityCheck).kind;
  const figures: Figures = {};
  for (const [name, f] of Object.entries(text.figures)) if (name.startsWith(`${kind}.`)) figures[name] = f;
  const detail = (kind === 'safety' ? text.safety : text.quality) as CheckOutcome<K>['detail'];
  return { figures, ...(detail ? { detail } : {}), calls: fresh ? text.calls : 0, errors: fresh ? text.errors : 0, firstErrors: fresh ? text.firstErrors : [] };
}
