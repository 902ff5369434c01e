import type { ReportSection } from '../../report/reportSection.js';
import type { Results } from '../../contract/results.js';
import { fmt } from '../../contract/format.js';
import { naNotes, naReason, numberCell } from '../../report/numberCell.js';
import { crossValidationAnchor } from '../../report/gateLink.js';
import { stripChart } from '../../report/svg/stripChart.js';

const STATS = new Set(['mean', 'std', 'min', 'max', 'ci_low', 'ci_high']);

/**
 * The per-fold figures a report puts first: those without a label or average (`accuracy`, bare
 * `f1`), the macro averages, and any a gate reads. Example: for per-fold figures
 * `accuracy, f1.spam, f1.macro` and no gate → `['accuracy', 'f1.macro']`.
 */
export function headlineFoldFigures(results: Results, names: readonly string[]): string[] {
  const gated = new Set<string>();
  for (const g of results.gates) {
    if (!g.figure.startsWith('cross-validation.')) continue;
    const parts = g.figure.slice('cross-validation.'.length).split('.');
    if (STATS.has(parts[parts.length - 1])) parts.pop();
    gated.add(parts.join('.'));
  }
  return names.filter((n) => !n.includes('.') || n.endsWith('.macro') || gated.has(n));
}

/**
 * Cross-validation: how the folds were made, the per-fold table (sizes, errors, headline figures),
 * each figure's spread (mean, std, min, max, interval across folds) and a chart of the folds'
 * spread. Left out when the suite has no cross-validation check.
 */
export const crossValidationSection: ReportSection = {
  id: 'cross-validation',
  title: 'Cross-validation',
  start(results) {
    const cv = results.checks['cross-validation'];
    if (!cv) return undefined;
    return {
      view: () => {
        const names = [...new Set(cv.per_fold.flatMap((f) => Object.keys(f.figures)))];
        const headline = headlineFoldFigures(results, names);
        const stat = (name: string, s: string) => results.figures[`cross-validation.${name}.${s}`]?.value;
        const spread = names.map((name) => ({
          name,
          anchor: crossValidationAnchor(name),
          mean: numberCell(stat(name, 'mean'), naReason(name)), std: numberCell(stat(name, 'std'), naReason(name)),
          min: numberCell(stat(name, 'min'), naReason(name)), max: numberCell(stat(name, 'max'), naReason(name)),
          interval: stat(name, 'ci_low') !== undefined ? `${fmt(stat(name, 'ci_low'))} – ${fmt(stat(name, 'ci_high'))}` : '',
        }));
        return {
          splitter: cv.splitter, folds: cv.folds, repeats: cv.repeats, shuffle: cv.shuffle, seed: cv.seed,
          level: `${Math.round(cv.confidence * 1000) / 10}%`,
          columns: headline,
          perFold: cv.per_fold.map((f) => ({
            fold: f.fold, train: f.train, test: f.test, errors: f.errors,
            cells: headline.map((n) => numberCell(f.figures[n], `in this fold: ${naReason(n)}`)),
          })),
          spread,
          foldNotes: naNotes(cv.per_fold.flatMap((f) => headline.map((n) => numberCell(f.figures[n], `in this fold: ${naReason(n)}`)))),
          spreadNotes: naNotes(spread.flatMap((r) => [r.mean, r.std, r.min, r.max])),
          chart: stripChart('Spread of the figures across folds', headline.map((name) => ({
            name,
            values: cv.per_fold.map((f) => ({ label: f.fold, value: f.figures[name] ?? NaN })),
            mean: stat(name, 'mean') ?? NaN,
            ...(stat(name, 'ci_low') !== undefined ? { ciLow: stat(name, 'ci_low'), ciHigh: stat(name, 'ci_high') } : {}),
          }))),
          warnings: cv.warnings,
        };
      },
    };
  },
};
