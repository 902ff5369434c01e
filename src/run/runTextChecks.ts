import { pathToFileURL } from 'node:url';
import type { Example } from '../data/example.js';
import type { Model, Prediction } from '../models/model.js';
import { InvalidInputError } from '../problem.js';
import type { Figures } from '../contract/results.js';
import { counterfactualTwin } from '../perturb/counterfactualTwin.js';
import { jailbreakPrompts } from './jailbreakPrompts.js';
import { loadLexicons } from './loadLexicons.js';
import type { QualityCheck, SafetyCheck, Suite } from '../suite/types.js';
import { predictExamples } from './predictExamples.js';
import type { Progress } from './progress.js';
import { qualityFigures, referencesOf, type QualityDetail } from './qualityFigures.js';
import { OutcomeTerms } from './outcomeTerms.js';
import { recordOf } from './recordOf.js';
import type { RecordWriter } from './recordWriter.js';
import { safetyFigures, type SafetyDetail, type SafetyVariants } from './safetyFigures.js';
import { textRowOf, type TextRow } from './textRow.js';

/** What the safety and quality checks produced. */
export interface TextChecksOutcome {
  figures: Figures;
  safety?: SafetyDetail;
  quality?: QualityDetail;
  calls: number;
  errors: number;
  firstErrors: { id: string; error: string }[];
}

type Ctx = { journal: RecordWriter; progress: (label: string, total: number) => Progress; window?: number | undefined; only?: ((id: string) => boolean) | undefined };

/**
 * Runs the suite's `safety` and `quality` checks on `all` (the held-out rows when the suite trains
 * its model, which is then the fitted one): one model call per example (journaled under the first
 * of the two checks), then, for safety, every jailbreak variant of every harmful row
 * ({@link jailbreakPrompts}: the encodings, alone and composed with perturbations) and the
 * counterfactual twin of every fairness row (every row when the suite names no category field)
 * whose text the swap changes, each a journaled call with its variant. With `ctx.only` (a shard)
 * only the examples it accepts are scored and their variants sent (figures are then partial).
 * Without a model the outputs are the data's prediction field (jailbreak and counterfactual need a
 * model: a load-time rule). Custom scorers are imported here. Throws InvalidInputError for a scorer
 * that cannot be loaded or returns something other than a number in [0, 1] or a boolean. Writes one
 * outcome record per unit with the terms of its figures (OutcomeTerms), for comparisons.
 */
export async function runTextChecks(suite: Suite, all: readonly Example[], model: Model | undefined, ctx: Ctx): Promise<TextChecksOutcome> {
  const examples = ctx.only ? all.filter((e) => ctx.only!(e.id)) : all;
  const safety = suite.checks.find((c): c is SafetyCheck => c.kind === 'safety');
  const quality = suite.checks.find((c): c is QualityCheck => c.kind === 'quality');
  const first = suite.checks.find((c) => c.kind === 'safety' || c.kind === 'quality')!.kind;
  let calls = 0;
  let errors = 0;
  const firstErrors: { id: string; error: string }[] = [];
  const ask = async (label: string, exs: readonly Example[], variant: string | null): Promise<Prediction[]> => {
    if (!model) return exs.map((e) => (e.prediction === undefined ? { error: 'no prediction in the data' } : { text: String(e.prediction) }));
    const progress = ctx.progress(label, exs.length);
    const answers = await predictExamples(model, exs, {
      progress,
      window: ctx.window,
      onAnswer: (ex, a) => {
        ctx.journal.add(recordOf(ex, a, variant === null ? first : 'safety', variant), a);
        if (a.error !== undefined && firstErrors.length < 20) firstErrors.push({ id: ex.id, error: a.error });
      },
      onAnswers: () => ctx.journal.flushIfFull(),
    });
    progress.stop();
    calls += answers.length;
    errors += answers.filter((a) => a.error !== undefined).length;
    return answers;
  };
  const answers = await ask(first, examples, null);
  const rows = examples.map((ex, i) => textRowOf(ex, answers[i], safety?.categoryField));
  const figures: Figures = {};
  const s = (c: SafetyCheck | QualityCheck) => ({ confidence: c.confidence, resamples: c.bootstrap, seed: suite.seed });
  const out: TextChecksOutcome = { figures, calls: 0, errors: 0, firstErrors };
  const terms = new OutcomeTerms();
  if (safety) {
    const variants: SafetyVariants = { jailbreak: {}, counterfactual: [] };
    if (model && safety.include.includes('jailbreak')) {
      const harmful = examples.filter((_, i) => rows[i].category === 'harmful');
      for (const { variant, examples: sent, notApplicable } of jailbreakPrompts(safety, harmful, suite.seed, loadLexicons())) {
        const got = await ask(`safety jailbreak ${variant.name}`, sent, `jailbreak:${variant.name}`);
        const answers = got.map((a, i) => ({ id: sent[i].id, ...(a.error === undefined ? { output: a.text ?? String(a.label ?? '') } : {}) }));
        variants.jailbreak[variant.name] = { answers, notApplicable };
      }
    }
    if (model && safety.include.includes('counterfactual')) {
      const picked = examples.map((ex, i) => ({ ex, row: rows[i] })).filter(({ row }) => safety.categoryField === undefined || row.category === 'fairness');
      const twins = picked.map(({ ex }) => ({ ...ex, input: counterfactualTwin(String(ex.input ?? ''), loadLexicons()) })).filter((t, i) => t.input !== String(picked[i].ex.input ?? ''));
      const originals = new Map(picked.map(({ ex, row }) => [ex.id, row] as const));
      const got = await ask('safety counterfactual', twins, 'counterfactual');
      variants.counterfactual = got.map((a, i) => ({
        id: twins[i].id,
        original: originals.get(twins[i].id)!,
        ...(a.error === undefined ? { twin: a.text ?? String(a.label ?? '') } : {}),
        ...(a.label !== undefined ? { twinLabel: String(a.label) } : {}),
      }));
    }
    const r = safetyFigures(safety, rows, variants, suite.data.posLabel, s(safety), terms);
    Object.assign(figures, r.figures);
    out.safety = r.detail;
  }
  if (quality) {
    const custom = await customValues(quality, rows, suite.file, suite.checks.indexOf(quality));
    const r = qualityFigures(quality, rows, custom, s(quality), terms);
    Object.assign(figures, r.figures);
    out.quality = r.detail;
  }
  await terms.writeTo(ctx.journal);
  out.calls = calls;
  out.errors = errors;
  return out;
}

async function customValues(check: QualityCheck, rows: readonly TextRow[], file: string, index: number): Promise<Record<string, number[]>> {
  const out: Record<string, number[]> = {};
  for (const [i, c] of check.custom.entries()) {
    const path = ['checks', index, 'quality', 'custom', i, 'module'];
    const bad = (message: string) => new InvalidInputError([{ code: 'bad-scorer', file, path, message: `custom scorer '${c.name}' (${c.module}): ${message}` }]);
    let score: unknown;
    try {
      const mod = (await import(pathToFileURL(c.resolvedPath).href)) as { score?: unknown; default?: unknown };
      score = mod.score ?? mod.default;
    } catch (e) {
      throw bad(`cannot be loaded: ${(e as Error).message}`);
    }
    if (typeof score !== 'function') throw bad('must export a function named score (or a default export)');
    const values: number[] = [];
    for (const r of rows) {
      if (r.output === undefined) continue;
      const v = (await (score as (a: unknown) => unknown)({ input: r.input, output: r.output, reference: referencesOf(r, check.referenceField)?.[0], fields: r.fields })) as unknown;
      const n = typeof v === 'boolean' ? Number(v) : v;
      if (typeof n !== 'number' || !(n >= 0 && n <= 1)) throw bad(`returned ${JSON.stringify(v)} for example ${r.id}: expected a number in [0, 1] or a boolean`);
      values.push(n);
    }
    out[c.name] = values;
  }
  return out;
}
