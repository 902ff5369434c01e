import type { ReportSection } from '../report/reportSection.js';
import type { CheckKind } from '../suite/checkSpec.js';
import { crossValidationSection } from './cross-validation/section.js';
import { dataQualitySection } from './data-quality/section.js';
import { metricsSection } from './metrics/section.js';
import { qualitySection } from './quality/section.js';
import { robustnessSection } from './robustness/section.js';
import { safetySection } from './safety/section.js';
import { templatesSection } from './templates/section.js';

/**
 * The report layer's registry: each check kind's section of the HTML report, one line per kind,
 * in page order. Typed by the Check union, so a kind added there without a line here does not compile.
 */
export const CHECK_SECTIONS: { readonly [K in CheckKind]: ReportSection } = {
  metrics: metricsSection,
  'cross-validation': crossValidationSection,
  robustness: robustnessSection,
  templates: templatesSection,
  safety: safetySection,
  quality: qualitySection,
  'data-quality': dataQualitySection,
};
