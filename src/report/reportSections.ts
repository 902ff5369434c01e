import type { ReportSection } from './reportSection.js';
import { gatesSection } from './sections/gatesSection.js';
import { comparisonSection } from './sections/comparisonSection.js';
import { CHECK_SECTIONS } from '../checks/sections.js';

/**
 * The sections of the HTML report, in page order: the gates, the comparison, then one per check
 * kind (their registry, src/checks/sections.ts; reports/README.md tells how to add one). Each
 * renders its own partial, `reports/sections/<id>.hbs`, and is left out when the run has nothing
 * for it. The verdict banner and the reproducibility footer are not sections: every report has them.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [gatesSection, comparisonSection, ...Object.values(CHECK_SECTIONS)];
