import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllExamples } from '../data/readAllExamples.js';
import type { Label } from '../metrics/types.js';
import { createModel } from '../models/createModel.js';
import type { Prediction } from '../models/model.js';
import { makePerturbation } from '../perturb/catalog.js';
import { judge, type Answer, type Verdict } from '../perturb/expectation.js';
import { replayScript } from '../perturb/searchEdit.js';
import type { AppliedEdit } from '../perturb/types.js';
import { InvalidInputError } from '../problem.js';
import type { CounterexampleResult, Results } from '../contract/results.js';
import { loadSuiteOrThrow } from '../suite/loadSuite.js';
import type { PerturbationSpec, RobustnessCheck, TemplatesCheck } from '../suite/types.js';
import { holdoutSplit, scoredModel } from './holdoutSplit.js';
import { loadLexicons } from './loadLexicons.js';
import { templateCases } from './runTemplates.js';
import { toExpectation } from './searchPerturbations.js';

/** What a replay found. */
export interface ReplayOutcome {
  counterexample: CounterexampleResult;
  original: string;
  perturbed: string;
  /** The regenerated edits, as applied to `original`. */
  edits: AppliedEdit[];
  /** Whether the regenerated edits are the ones the run recorded. */
  sameEdits: boolean;
  before: Prediction;
  after: Prediction;
  verdict: Verdict;
}

const bad = (file: string, message: string, path: (string | number)[] = []) => new InvalidInputError([{ code: 'bad-replay', file, path, message }]);

/**
 * Replays one minimal counterexample of a run: finds it in `<runDir>/results.json`, reloads the
 * suite (or `suiteFile`) and its data, rebuilds the model as the run did (fitted on the holdout's
 * training part when the suite trains it), regenerates the edit script from the recorded seed,
 * path and kept edits (no model involved), and asks the model about the original and the
 * perturbed text. Throws InvalidInputError for a missing run, an unknown id or a suite that no
 * longer has the perturbation.
 */
export async function replayCounterexample(runDir: string, id: string, opts: { suiteFile?: string } = {}): Promise<ReplayOutcome> {
  const file = join(runDir, 'results.json');
  if (!existsSync(file)) throw bad(file, `no results.json in ${runDir}: give the output directory of an evalgate run`);
  const results = JSON.parse(readFileSync(file, 'utf8')) as Results;
  const robust = results.checks.robustness?.perturbations ?? [];
  const tpl = results.checks.templates?.tests.flatMap((t) => t.perturbations.map((p) => ({ test: t.name, p }))) ?? [];
  const all = [...robust.map((p) => ({ test: undefined as string | undefined, p })), ...tpl];
  const found = all.flatMap(({ test, p }) => p.counterexamples.filter((c) => c.id === id).map((c) => ({ test, c })))[0];
  if (!found) {
    const ids = all.flatMap(({ p }) => p.counterexamples.map((c) => c.id));
    throw bad(file, `no counterexample '${id}' in this run${ids.length ? `; it has ${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, … (${ids.length})` : ''}` : ' (it found none)'}`);
  }
  const suite = await loadSuiteOrThrow(opts.suiteFile ?? results.suite.file);
  const { c } = found;
  let spec: PerturbationSpec | undefined;
  let text: string | undefined;
  let expected: Label | Label[] | undefined;
  const { examples } = await readAllExamples(suite.data.resolvedPath, { format: suite.data.format, fields: suite.data.fields, onBadRow: suite.data.onBadRow, displayPath: suite.data.displayPath });
  if (found.test === undefined) {
    spec = suite.checks.find((x): x is RobustnessCheck => x.kind === 'robustness')?.perturbations.find((p) => p.name === c.perturbation);
    const ex = examples.find((e) => e.id === c.example);
    if (ex) {
      text = typeof ex.input === 'string' ? ex.input : '';
      if (ex.label !== undefined) expected = ex.label;
    }
  } else {
    const test = suite.checks.find((x): x is TemplatesCheck => x.kind === 'templates')?.tests.find((t) => t.name === found.test);
    spec = test?.perturbations.find((p) => p.name === c.perturbation);
    const cs = test ? templateCases(test, suite.seed).find((e) => e.id === c.example) : undefined;
    if (cs) {
      text = cs.input as string;
      if (test?.label !== undefined) expected = test.label;
    }
  }
  if (!spec) throw bad(suite.file, `the suite no longer has the perturbation '${c.perturbation}'`);
  if (text === undefined) throw bad(suite.data.displayPath, `example '${c.example}' is no longer in the data`);
  const replayed = replayScript(text, makePerturbation(spec.kind, loadLexicons(), spec.name), { strength: spec.strength, seed: c.seed, path: c.path, kept: c.kept });
  if (!replayed) throw bad(suite.file, `the edit script of '${id}' no longer applies to the example's text`);
  const { spec: modelSpec, options } = suite.model!;
  const base = await createModel(modelSpec, options, { dir: suite.dir });
  let model = base;
  try {
    model = (await scoredModel(base, examples, holdoutSplit(suite, examples))).scored;
    const [before, after] = await model.predict([text, replayed.perturbed]);
    const expectation = await toExpectation(spec.expect, spec, suite.file);
    const posLabel = results.checks.metrics?.pos_label ?? suite.data.posLabel;
    const verdict = before.error ?? after.error
      ? { pass: false, reason: `model call failed: ${before.error ?? after.error}` }
      : judge(expectation, before as Answer, after as Answer, { ...(expected !== undefined ? { expected } : {}), ...(posLabel !== undefined ? { posLabel } : {}), original: text, perturbed: replayed.perturbed });
    return { counterexample: c, original: text, perturbed: replayed.perturbed, edits: replayed.edits, sameEdits: JSON.stringify(replayed.edits) === JSON.stringify(c.edits), before, after, verdict };
  } finally {
    if (model !== base) await model.close?.();
    await base.close?.();
  }
}
