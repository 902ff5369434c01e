import fc from 'fast-check';
import { applyEdits, perturbedText } from './applyEdits.js';
import { editScript } from './editScript.js';
import { maxEditsFor, type Strength } from './presets.js';
import type { Verdict } from './expectation.js';
import type { AppliedEdit, Edit, Perturbation } from './types.js';

/** How one example's search ended. */
export type SearchOutcome =
  | { status: 'not-applicable'; sites: number }
  | { status: 'pass'; sites: number; runs: number; evaluated: number; worstCorrect?: boolean; interrupted: boolean }
  | { status: 'fail'; sites: number; runs: number; evaluated: number; worstCorrect?: boolean; shrinks: number; seed: number; path: string; kept: number[]; script: Edit[]; edits: AppliedEdit[]; perturbed: string; verdict: Verdict }
  | { status: 'error'; sites: number; evaluated: number; error: string };

/** A search's time budget, read from the caller's clock (this layer keeps none); fast-check reads its own while shrinking. */
export interface TimeLimit {
  ms: number;
  now: () => number;
}

/** An evaluation that could not be made (the model call failed): it ends the search as an error, not a failure. */
export class EvaluationError extends Error {}

/**
 * Searches for an edit script of a perturbation that makes `evaluate` fail on a text, with
 * fast-check: `numRuns` random scripts (seeded), and on a failure fast-check's shrinking, which
 * ends on a 1-minimal script (no single edit of it can go; see {@link editScript}). Each distinct
 * perturbed text is evaluated once; scripts that change nothing pass without a call. A text with
 * no site, or a strength whose rate is 0, is not applicable (no call). An
 * EvaluationError thrown by `evaluate` ends the search with status `error` and no further calls.
 * `worstCorrect` is false when any evaluated text got a verdict with `correct: false` (verdicts
 * carry `correct` only under expectations that keep the expected label), undefined when none carried it.
 *
 * The random phase and the shrinking are separate fc.check runs with the same seed: fc.check with
 * a synchronous property draws the scripts its runs try (their values do not depend on the
 * verdicts until one fails), a chunk at a time, and applies them in one go; they are then
 * evaluated in that order; the first failing one, at run i, is handed to an async fc.check
 * started at path `i`, which shrinks it, calling `evaluate`. Run count, shrink count, seed and
 * counterexample path are what a single async fc.check over the whole search reports
 * (property-tested); the point of the split is that a model call of the random phase costs a
 * loop step, not a pass through fast-check's runner. `timeLimit` stops the search between runs,
 * as fast-check's interruptAfterTimeLimit would, but never before the first model call (however
 * long drawing took); a failure found stands, shrunk as far as the time allowed. Cost: at most numRuns + shrinks evaluations. Replay with {@link replayScript}.
 */
export async function searchEdit(
  text: string,
  perturbation: Perturbation,
  opts: { strength: Strength; numRuns: number; seed: number; timeLimit?: TimeLimit },
  evaluate: (perturbed: string) => Promise<Verdict>,
): Promise<SearchOutcome> {
  const budget = opts.timeLimit;
  const started = budget?.now() ?? 0;
  const sites = perturbation.sites(text);
  const maxEdits = maxEditsFor(sites.length, opts.strength);
  // No site to edit, or a rate of 0 that allows no edit: nothing to search, never a pass.
  if (maxEdits === 0) return { status: 'not-applicable', sites: sites.length };
  const arb = editScript(sites, maxEdits);
  const seen = new Map<string, Verdict>();
  let worstCorrect: boolean | undefined;
  const verdictOf = async (perturbed: string): Promise<Verdict | string> => {
    let verdict = seen.get(perturbed);
    if (verdict) return verdict;
    try {
      verdict = await evaluate(perturbed);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    }
    seen.set(perturbed, verdict);
    if (verdict.correct !== undefined) worstCorrect = (worstCorrect ?? true) && verdict.correct;
    return verdict;
  };
  const outcome = (): { sites: number; evaluated: number; worstCorrect?: boolean } => ({ sites: sites.length, evaluated: seen.size, ...(worstCorrect !== undefined ? { worstCorrect } : {}) });
  const errorOutcome = (error: string): SearchOutcome => ({ status: 'error', sites: sites.length, evaluated: seen.size, error });

  // The random phase: fc.check's runs drawn in chunks of 64, 128, 256, ... (a large `numRuns`
  // under a time limit draws little more than it uses), each chunk applied at once, then evaluated
  // in order. Drawing a chunk in one go costs a fraction of drawing its scripts between model
  // calls. fc.check started at path k with numRuns n draws the very values its runs k .. k+n-1
  // would have (property-tested).
  const scripts: Edit[][] = [];
  const texts: (string | undefined)[] = [];
  const draw = fc.property(arb, (script) => {
    scripts.push(script);
    const perturbed = perturbedText(text, sites, script);
    texts.push(perturbed === text ? undefined : perturbed);
    return true;
  });
  // The budget ends a search only once it has asked something: a search that evaluated no text
  // would otherwise count as passed without a single model call.
  const expired = (): boolean => budget !== undefined && seen.size > 0 && budget.now() - started >= budget.ms;
  let failedAt = -1;
  let runs = 0;
  let interrupted = false;
  for (let chunk = 64; runs < opts.numRuns && failedAt < 0 && !interrupted; chunk *= 2) {
    const n = Math.min(chunk, opts.numRuns - runs);
    fc.check(draw, runs === 0 ? { seed: opts.seed, numRuns: n } : { seed: opts.seed, numRuns: n, path: String(runs) });
    for (const end = runs + n; runs < end; runs++) {
      if (expired()) {
        interrupted = true;
        break;
      }
      const perturbed = texts[runs];
      if (perturbed === undefined) continue;
      const verdict = await verdictOf(perturbed);
      if (typeof verdict === 'string') return errorOutcome(verdict);
      if (!verdict.pass) {
        failedAt = runs;
        break;
      }
    }
  }
  if (failedAt < 0) return { status: 'pass', ...outcome(), runs, interrupted };

  // Shrinking: fc.check from the failing run's path, with the model in the property.
  let failed: string | undefined;
  const property = fc.asyncProperty(arb, async (script) => {
    if (failed !== undefined) throw new EvaluationError(failed);
    const perturbed = perturbedText(text, sites, script);
    if (perturbed === text) return true;
    const verdict = await verdictOf(perturbed);
    if (typeof verdict === 'string') {
      failed = verdict;
      throw new EvaluationError(failed);
    }
    return verdict.pass;
  });
  const remaining = budget !== undefined ? Math.max(1, budget.ms - (budget.now() - started)) : undefined;
  const out = await fc.check(property, {
    seed: opts.seed,
    path: String(failedAt),
    ...(remaining !== undefined ? { interruptAfterTimeLimit: remaining, markInterruptAsFailure: false } : {}),
  });
  if (failed !== undefined) return errorOutcome(failed);
  // The time limit can stop fc.check before it replays the failing run: the failure stands unshrunk.
  const shrunk = out.failed && out.counterexample !== null;
  const script = shrunk ? out.counterexample[0] : (scripts[failedAt] as Edit[]);
  const { text: perturbed, applied } = applyEdits(text, sites, script);
  return {
    status: 'fail',
    ...outcome(),
    runs: failedAt + 1,
    shrinks: shrunk ? out.numShrinks : 0,
    seed: opts.seed,
    path: shrunk ? (out.counterexamplePath ?? String(failedAt)) : String(failedAt),
    // editScript's shrinking tries every single-edit removal last, so what fc.check ends with is
    // 1-minimal already (unless the time limit stopped it): every edit is kept.
    kept: script.map((_, i) => i),
    script,
    edits: applied,
    perturbed,
    verdict: seen.get(perturbed) as Verdict,
  };
}

/**
 * Regenerates the minimal failing edit script of a search from its seed and counterexample path,
 * and the indices of the edits the minimising pass kept, without calling any model, and applies
 * it: the replay half of {@link searchEdit}. Undefined if the text no longer has those sites.
 * @example replayScript(text, p, { strength, seed: 42, path: '3:0:1', kept: [1] })?.perturbed
 */
export function replayScript(text: string, perturbation: Perturbation, opts: { strength: Strength; seed: number; path: string; kept: readonly number[] }): { script: Edit[]; edits: AppliedEdit[]; perturbed: string } | undefined {
  const sites = perturbation.sites(text);
  const maxEdits = maxEditsFor(sites.length, opts.strength);
  if (maxEdits === 0) return undefined;
  const arb = editScript(sites, maxEdits);
  const out = fc.check(fc.property(arb, () => false), { seed: opts.seed, path: opts.path, endOnFailure: true });
  if (!out.counterexample) return undefined;
  const shrunk = (out.counterexample as [Edit[]])[0];
  if (opts.kept.some((k) => k >= shrunk.length)) return undefined;
  const script = opts.kept.map((k) => shrunk[k]);
  const { text: perturbed, applied } = applyEdits(text, sites, script);
  return { script, edits: applied, perturbed };
}
