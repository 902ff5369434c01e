import type { Label } from '../metrics/types.js';
import { InvalidInputError, type Problem } from '../problem.js';
import { didYouMean } from '../suite/didYouMean.js';
import { resolveFigure } from '../suite/resolveFigure.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { MetricsCheck, Suite } from '../suite/types.js';
import type { Figures } from '../contract/results.js';

/**
 * Once the data's labels are known (the labels of the data's rows, and those the metrics check
 * scored), checks that every gate naming a label (`recall.spam`) names one of them, before any
 * gate is judged; a label the data has whose figure was not computed (no answers) is no problem
 * here: its gate reads the missing figure. Throws InvalidInputError listing each gate that
 * does not, located at the gate, with a "did you mean" among the labels.
 */
export function checkGateLabels(suite: Suite, figures: Figures, labels: readonly Label[]): void {
  const metrics = suite.checks.find((c): c is MetricsCheck => c.kind === 'metrics');
  const problems: Problem[] = [];
  suite.gates.forEach((g, i) => {
    const r = resolveFigure(g.figure, suite);
    if (!r.ok || r.ref.label === undefined) return;
    const name = formatFigurePath(r.ref.name);
    const names = labels.map(String);
    if (figures[name] !== undefined || names.includes(r.ref.label)) return;
    const near = didYouMean(r.ref.label, names);
    problems.push({
      code: 'unknown-label',
      file: suite.file,
      line: g.line,
      column: g.column,
      path: ['gates', i],
      message: `gate '${g.expression}': the data has no label '${r.ref.label}' (labels: ${names.join(', ')})${near ? ` (did you mean '${near}'?)` : ''}`,
    });
  });
  if (problems.length > 0) throw new InvalidInputError(problems);
}
