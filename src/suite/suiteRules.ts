import { existsSync, statSync } from 'node:fs';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { resolveFigure } from './resolveFigure.js';
import { CHECK_SPECS, SPEC_LIST } from '../checks/specs.js';
import { isTrainable, modelKindName } from './trainableModel.js';
import { didYouMean } from './didYouMean.js';
import { formatFigurePath } from './parseGate.js';
import { comparableFigure } from './comparableFigure.js';
import { modelRules } from './modelRules.js';
import type { Suite } from './types.js';

/**
 * The semantic rules a schema cannot express: the fields the data and the model need, options that
 * contradict each other, a data file that exists, then each check kind's own rules (its spec in
 * src/checks/specs.ts), and gates that name figures the suite computes. Returns every problem
 * found, each located in the suite file.
 */
export function suiteRules(suite: Suite, doc: ParsedDocument): Problem[] {
  const problems: Problem[] = [];
  const file = suite.file;
  const at = (path: (string | number)[], message: string, code = 'rule', key = false) => {
    const pos = doc.locate(path, { key });
    problems.push({ code, file, line: pos.line, column: pos.column, path, message });
  };
  const { data } = suite;
  const f = data.fields;

  if (!existsSync(data.resolvedPath)) at(['data', 'path'], `data file not found: ${data.displayPath}`, 'missing-file');
  else if (!statSync(data.resolvedPath).isFile()) at(['data', 'path'], `not a file: ${data.displayPath}`, 'missing-file');

  if (f.score && f.probabilities) at(['data', 'probabilities'], `set either data.score or data.probabilities, not both`, 'contradiction', true);
  if (data.classes && !f.probabilities) at(['data', 'classes'], `data.classes orders the probabilities field, but data.probabilities is not set`, 'contradiction', true);
  if (data.format !== 'csv') {
    if (data.labelSeparator !== undefined) at(['data', 'label_separator'], `label_separator applies to CSV data only (this data is ${data.format})`, 'contradiction', true);
    if (data.delimiter !== undefined) at(['data', 'delimiter'], `delimiter applies to CSV data only (this data is ${data.format})`, 'contradiction', true);
  }

  const model = suite.model?.spec;
  if (model) {
    const kindName = modelKindName(model);
    if (!f.input) at(['data'], 'a model needs data.input: the field holding what it reads', 'missing-field');
    for (const role of ['prediction', 'score', 'probabilities'] as const) {
      if (f[role]) at(['data', role], `data.${role} and the model both give predictions: remove data.${role} or the model`, 'contradiction', true);
    }
    if (data.holdout !== undefined && !isTrainable(model)) at(['data', 'holdout'], `holdout trains the model on the other rows, but ${kindName} models cannot be trained`, 'contradiction', true);
    const scoring = suite.checks.filter((c) => CHECK_SPECS[c.kind].scoresModel).map((c) => c.kind);
    if (model.kind === 'builtin' && scoring.length > 0 && data.holdout === undefined) {
      at(['model'], `${kindName} is trained by the suite: set data.holdout (e.g. 0.2) so the ${scoring.join(', ')} ${scoring.length > 1 ? 'checks score' : 'check scores'} rows the model did not see`, 'needs-holdout', true);
    }
    if (model.kind === 'module' && !existsSync(model.resolvedPath)) at(['model', 'module'], `module not found: ${model.path}`, 'missing-file');
  } else if (data.holdout !== undefined) {
    at(['data', 'holdout'], 'holdout splits the data for a model the suite trains, but the suite has no model', 'contradiction', true);
  }
  problems.push(...modelRules(suite, doc));
  // Each check kind's own rules (src/checks/<kind>/spec.ts), in registry order.
  for (const spec of SPEC_LIST) {
    const checks = suite.checks.flatMap((check, index) => (check.kind === spec.kind ? [{ check, index }] : []));
    if (checks.length > 0) spec.rules({ suite, doc, checks, at });
  }

  suite.gates.forEach((g, i) => {
    const raw = doc.value as { gates: unknown[] };
    const path = typeof raw.gates[i] === 'string' ? ['gates', i] : ['gates', i, 'gate'];
    const r = resolveFigure(g.figure, suite);
    if (!r.ok) {
      const near = didYouMean(formatFigurePath(g.figure), r.candidates);
      at(path, `gate '${g.expression}': ${r.message}${near ? ` (did you mean '${near}'?)` : ''}`, 'unknown-figure');
    }
  });
  const raw = doc.value as Record<string, unknown>;
  if (raw.model !== undefined && raw.candidate !== undefined) at(['model'], 'a two-model suite names baseline and candidate instead of model: remove model', 'contradiction', true);
  suite.comparison?.gates.forEach((g) => {
    const r = comparableFigure(g.figure, suite);
    if (!r.ok) problems.push({ code: 'unknown-figure', file, line: g.line, column: g.column, path: ['comparison', 'gates'], message: `comparison gate '${g.expression}': ${r.message}` });
  });
  if (suite.baseline && (data.holdout !== undefined || suite.checks.some((c) => c.kind === 'cross-validation'))) {
    const b = suite.baseline.spec;
    if (b.kind === 'http' || b.kind === 'openai') at(['baseline'], `the suite trains its models (holdout or cross-validation), but ${b.kind} baselines cannot be trained`, 'not-trainable', true);
  }
  return problems;
}
