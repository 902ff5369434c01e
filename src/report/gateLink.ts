import type { Results } from '../contract/results.js';
import { METRICS_CHECK_ROOTS } from '../metrics/metricLists.js';

/** A name as an HTML id fragment: anything but letters, digits, `_` and `-` becomes `-`. Example: `slug('f1.macro')` → `'f1-macro'`. */
export function slug(name: string): string {
  return name.replace(/[^a-z0-9_-]/gi, '-');
}

/** The id of a figure's row in the metrics, safety or quality figures table. Example: `figureAnchor('f1.macro')` → `'figure-f1-macro'`. */
export function figureAnchor(figure: string): string {
  return `figure-${slug(figure)}`;
}

/** The id of a data-quality check's heading (its figures, warnings and findings follow). Example: `dataQualityAnchor('leakage')` → `'dq-leakage'`. */
export function dataQualityAnchor(name: string): string {
  return `dq-${slug(name)}`;
}

/** The id of a figure's row in the cross-validation spread table. Example: `crossValidationAnchor('f1.macro')` → `'cv-f1-macro'`. */
export function crossValidationAnchor(name: string): string {
  return `cv-${slug(name)}`;
}

/** Where in the report a gate's figure is explained: the anchor and a `Section › finding` text. */
export interface GateLink {
  href: string;
  text: string;
}

const METRIC_ROOTS = new Set<string>([...METRICS_CHECK_ROOTS, 'errors']);
const CV_STATS = new Set(['mean', 'std', 'min', 'max', 'ci_low', 'ci_high']);

/**
 * The section and finding that explain a gate's figure, when the report shows them: a metrics,
 * safety or quality figure → its row in that section's figures table; `cross-validation.F.STAT`
 * → F's row in the spread table; a data-quality figure (`leakage.rate`) → that check's findings;
 * `robustness.P.X` → perturbation P's counterexamples; `templates.T[.P].X` → test T (or its
 * perturbation P). Undefined when the report has nothing for it. Cost O(checks).
 * Example: `gateLink(results, 'leakage.rate')` → `{ href: '#dq-leakage', text: 'Data quality › leakage' }`.
 */
export function gateLink(results: Results, figure: string): GateLink | undefined {
  const parts = figure.split('.');
  const root = parts[0];
  const c = results.checks;
  if (root === 'cross-validation' && c['cross-validation']) {
    const name = CV_STATS.has(parts[parts.length - 1]) ? parts.slice(1, -1).join('.') : parts.slice(1).join('.');
    return { href: `#${crossValidationAnchor(name)}`, text: `Cross-validation › ${name}` };
  }
  const dq = c['data-quality']?.find((q) => q.name === root);
  if (dq) return { href: `#${dataQualityAnchor(dq.name)}`, text: `Data quality › ${dq.name}` };
  if (root === 'robustness' && c.robustness) {
    const p = c.robustness.perturbations.find((x) => x.name === parts[1]);
    return p ? { href: `#${slug(`robustness-${p.name}`)}`, text: `Robustness › ${p.name}` } : { href: '#robustness', text: 'Robustness' };
  }
  if (root === 'templates' && c.templates) {
    const t = c.templates.tests.find((x) => x.name === parts[1]);
    if (!t) return { href: '#templates', text: 'Template tests' };
    const p = t.perturbations.find((x) => x.name === parts[2]);
    return p ? { href: `#${slug(`templates.${t.name}-${p.name}`)}`, text: `Template tests › ${t.name} › ${p.name}` } : { href: `#${slug(`templates-${t.name}`)}`, text: `Template tests › ${t.name}` };
  }
  if (!(figure in results.figures)) return undefined;
  if (root === 'safety' && c.safety) return { href: `#${figureAnchor(figure)}`, text: `Safety › ${figure}` };
  if (root === 'quality' && c.quality) return { href: `#${figureAnchor(figure)}`, text: `Text quality › ${figure}` };
  if (METRIC_ROOTS.has(root) && c.metrics && !figure.startsWith('support.')) return { href: `#${figureAnchor(figure)}`, text: `Metrics › ${figure}` };
  return undefined;
}
