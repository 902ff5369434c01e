import fc from 'fast-check';
import { applyEdits } from './applyEdits.js';
import { editScript } from './editScript.js';
import { maxEditsFor, type Strength } from './presets.js';
import type { Verdict } from './expectation.js';
import type { AppliedEdit, Edit, Perturbation } from './types.js';

/** How one example's search ended. */
export type SearchOutcome =
  | { status: 'not-applicable'; sites: 0 }
  | { status: 'pass'; sites: number; runs: number; evaluated: number; worstCorrect?: boolean; interrupted: boolean }
  | { status: 'fail'; sites: number; runs: number; evaluated: number; worstCorrect?: boolean; shrinks: number; seed: number; path: string; kept: number[]; script: Edit[]; edits: AppliedEdit[]; perturbed: string; verdict: Verdict }
  | { status: 'error'; sites: number; evaluated: number; error: string };

/** An evaluation that could not be made (the model call failed): it ends the search as an error, not a failure. */
export class EvaluationError extends Error {}

/**
 * Searches for an edit script of a perturbation that makes `evaluate` fail on a text, with
 * fast-check: `numRuns` random scripts (seeded), and on a failure fast-check's shrinking down to a
 * small failing script, then a pass that drops each edit whose removal still fails, so no single
 * edit of the result can go (fast-check's array shrinking alone can stop short of that). Each distinct
 * perturbed text is evaluated once; scripts that change nothing pass without a call. An
 * EvaluationError thrown by `evaluate` ends the search with status `error` and no further calls.
 * `worstCorrect` is false when any evaluated text got a verdict with `correct: false`.
 * Cost: at most numRuns + shrinks evaluations. Replay with {@link replayScript}.
 */
export async function searchEdit(
  text: string,
  perturbation: Perturbation,
  opts: { strength: Strength; numRuns: number; seed: number; timeLimitMs?: number },
  evaluate: (perturbed: string) => Promise<Verdict>,
): Promise<SearchOutcome> {
  const sites = perturbation.sites(text);
  if (sites.length === 0) return { status: 'not-applicable', sites: 0 };
  const arb = editScript(sites, maxEditsFor(sites.length, opts.strength));
  const seen = new Map<string, Verdict>();
  let failed: string | undefined;
  let worstCorrect: boolean | undefined;
  const property = fc.asyncProperty(arb, async (script) => {
    if (failed !== undefined) throw new EvaluationError(failed);
    const perturbed = applyEdits(text, sites, script).text;
    if (perturbed === text) return true;
    let verdict = seen.get(perturbed);
    if (!verdict) {
      try {
        verdict = await evaluate(perturbed);
      } catch (e) {
        failed = e instanceof Error ? e.message : String(e);
        throw new EvaluationError(failed);
      }
      seen.set(perturbed, verdict);
      if (verdict.correct !== undefined) worstCorrect = (worstCorrect ?? true) && verdict.correct;
    }
    return verdict.pass;
  });
  const out = await fc.check(property, {
    seed: opts.seed,
    numRuns: opts.numRuns,
    ...(opts.timeLimitMs !== undefined ? { interruptAfterTimeLimit: opts.timeLimitMs, markInterruptAsFailure: false } : {}),
  });
  const common = { sites: sites.length, evaluated: seen.size, ...(worstCorrect !== undefined ? { worstCorrect } : {}) };
  if (failed !== undefined) return { status: 'error', sites: sites.length, evaluated: seen.size, error: failed };
  if (!out.failed || !out.counterexample) return { status: 'pass', ...common, runs: out.numRuns, interrupted: out.interrupted };
  const shrunk = out.counterexample[0];
  // Drop edits one at a time while the text still fails: the result is 1-minimal.
  let kept = shrunk.map((_, i) => i);
  for (let i = 0; i < kept.length && kept.length > 1; ) {
    const trial = kept.filter((_, k) => k !== i);
    const t = applyEdits(text, sites, trial.map((k) => shrunk[k])).text;
    let v = seen.get(t);
    if (!v && t !== text) {
      try {
        v = await evaluate(t);
      } catch (e) {
        return { status: 'error', sites: sites.length, evaluated: seen.size, error: e instanceof Error ? e.message : String(e) };
      }
      seen.set(t, v);
      if (v.correct !== undefined) worstCorrect = (worstCorrect ?? true) && v.correct;
    }
    if (v && !v.pass) kept = trial;
    else i++;
  }
  const script = kept.map((k) => shrunk[k]);
  const { text: perturbed, applied } = applyEdits(text, sites, script);
  return {
    status: 'fail',
    sites: sites.length,
    evaluated: seen.size,
    ...(worstCorrect !== undefined ? { worstCorrect } : {}),
    runs: out.numRuns,
    shrinks: out.numShrinks,
    seed: out.seed,
    path: out.counterexamplePath ?? '',
    kept,
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
  if (sites.length === 0) return undefined;
  const arb = editScript(sites, maxEditsFor(sites.length, opts.strength));
  const out = fc.check(fc.property(arb, () => false), { seed: opts.seed, path: opts.path, endOnFailure: true });
  if (!out.counterexample) return undefined;
  const shrunk = (out.counterexample as [Edit[]])[0];
  if (opts.kept.some((k) => k >= shrunk.length)) return undefined;
  const script = opts.kept.map((k) => shrunk[k]);
  const { text: perturbed, applied } = applyEdits(text, sites, script);
  return { script, edits: applied, perturbed };
}
