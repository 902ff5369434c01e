import type { ReportSection } from './reportSection.js';
import { gatesSection } from './sections/gatesSection.js';
import { metricsSection } from './sections/metricsSection.js';
import { crossValidationSection } from './sections/crossValidationSection.js';
import { dataQualitySection } from './sections/dataQualitySection.js';
import { robustnessSection } from './sections/robustnessSection.js';
import { templatesSection } from './sections/templatesSection.js';
import { safetySection } from './sections/safetySection.js';
import { qualitySection } from './sections/qualitySection.js';
import { comparisonSection } from './sections/comparisonSection.js';

/**
 * The sections of the HTML report, in page order, one per check kind (reports/README.md tells how
 * to add one). Each renders its own partial, `reports/sections/<id>.hbs`, and is left out when the
 * run has nothing for it; a check with no section here is simply not shown (its figures and gates
 * still are, in the gates table). The verdict banner and the reproducibility footer are not
 * sections: every report has them.
 */
export const REPORT_SECTIONS: readonly ReportSection[] = [
  gatesSection,
  comparisonSection,
  metricsSection,
  crossValidationSection,
  robustnessSection,
  templatesSection,
  safetySection,
  qualitySection,
  dataQualitySection,
];
