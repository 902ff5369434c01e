import type { ReportSection } from '../../report/reportSection.js';
import { fmt, sortKey } from '../../contract/format.js';
import { labelText } from '../../report/exampleText.js';
import { perturbationNotes, perturbationView } from '../robustness/section.js';
import { visiblePieces } from '../../report/visibleText.js';
import { slug } from '../../report/gateLink.js';

/**
 * Template tests (CheckList-style): per test its templates, expected label, cases, failures and
 * failure rate with interval, its failed cases (at most `maxExamples`; invisible characters in
 * their text and reason shown as markers) and, for tests that perturb
 * their cases, each perturbation's counterexamples. Left out when the suite has no templates check.
 */
export const templatesSection: ReportSection = {
  id: 'templates',
  title: 'Template tests',
  start(results, opts) {
    const t = results.checks.templates;
    if (!t) return undefined;
    return {
      view: () => ({
        runs: t.runs,
        seed: t.seed,
        tests: t.tests.map((test) => {
          const perturbations = test.perturbations.map((p) => perturbationView(results, `templates.${test.name}`, p, opts));
          const rate = results.figures[`templates.${test.name}.failure_rate`];
          const shown = test.failed_cases.slice(0, opts.maxExamples);
          return {
            name: test.name,
            anchor: slug(`templates-${test.name}`),
            templates: test.templates,
            label: test.label === undefined ? '' : labelText(test.label),
            cases: test.cases,
            failures: test.failures,
            rate: fmt(rate?.value),
            rateSort: sortKey(rate?.value),
            interval: rate?.ci_low !== undefined ? `${fmt(rate.ci_low)} – ${fmt(rate.ci_high)}` : '',
            failed: shown.map((c) => ({ id: c.id, text: visiblePieces(c.text, { spaces: false }), answer: labelText(c.answer), reason: visiblePieces(c.reason, { spaces: false }) })),
            more: test.failures - shown.length,
            perturbationsTableId: `${slug(`templates-${test.name}`)}-perturbations`,
            perturbations,
            perturbationNotes: perturbationNotes(perturbations),
          };
        }),
      }),
    };
  },
};
