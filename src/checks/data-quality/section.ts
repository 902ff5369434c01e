import type { ReportSection } from '../../report/reportSection.js';
import { fmt } from '../../contract/format.js';
import { findingRow } from '../../report/findingRow.js';
import { dataQualityAnchor } from '../../report/gateLink.js';

/**
 * Data quality: per check (duplicates, leakage, ...) its figures and its findings with the
 * offending ids and lines, at most `maxExamples` shown per check (results.json keeps up to 100
 * and counts the rest as `omitted`). Left out when the suite has no data-quality check.
 */
export const dataQualitySection: ReportSection = {
  id: 'data-quality',
  title: 'Data quality',
  start(results, opts) {
    const checks = results.checks['data-quality'];
    if (!checks || checks.length === 0) return undefined;
    return {
      view: () => ({
        checks: checks.map((c) => {
          const shown = c.findings.slice(0, opts.maxExamples);
          return {
            name: c.name,
            anchor: dataQualityAnchor(c.name),
            figures: Object.entries(c.figures).map(([k, v]) => ({ name: `${c.name}.${k}`, value: fmt(v) })),
            findings: shown.map(findingRow),
            totalText: `${c.findings.length + c.omitted} finding${c.findings.length + c.omitted === 1 ? '' : 's'}`,
            more: c.findings.length + c.omitted - shown.length,
            warnings: c.warnings,
          };
        }),
      }),
    };
  },
};
