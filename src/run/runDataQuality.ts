import type { Example } from '../data/example.js';
import { findDuplicates } from '../data/quality/findDuplicates.js';
import { findNearDuplicates } from '../data/quality/findNearDuplicates.js';
import { findConflictingLabels } from '../data/quality/findConflictingLabels.js';
import { findLeakage } from '../data/quality/findLeakage.js';
import { classImbalance } from '../data/quality/classImbalance.js';
import { findEmptyInputs } from '../data/quality/findEmptyInputs.js';
import { findLongInputs } from '../data/quality/findLongInputs.js';
import type { Figures } from '../contract/results.js';
import type { DataQualityCheck } from '../suite/types.js';

/** Findings listed per check in results.json (the figures count them all; records keep every id). */
export const QUALITY_FINDINGS_LISTED = 100;

/** One data-quality check's outcome as results.json holds it. */
export interface QualityOutcome {
  name: string;
  figures: Record<string, number>;
  findings: unknown[];
  omitted: number;
  warnings: string[];
}

/**
 * Runs the suite's data-quality checks over every example (leakage: the holdout's test rows against
 * its training rows). Each check's figures become gate-able as `NAME.FIGURE`
 * (`duplicates.rate`, `imbalance.ratio`, ...).
 */
export function runDataQuality(
  check: DataQualityCheck,
  examples: readonly Example[],
  ctx: { seed: number; split?: { train: Uint32Array; test: Uint32Array } },
): { figures: Figures; outcomes: QualityOutcome[] } {
  const maxFindings = QUALITY_FINDINGS_LISTED;
  const near = { threshold: check.nearDuplicateThreshold, seed: ctx.seed, maxFindings };
  const outcomes: QualityOutcome[] = [];
  for (const name of check.include) {
    let r: { name: string; figures: object; findings: unknown[]; omitted: number; warnings: { message: string }[] };
    switch (name) {
      case 'duplicates': r = findDuplicates(examples, { maxFindings }); break;
      case 'near-duplicates': r = findNearDuplicates(examples, near); break;
      case 'conflicting-labels': r = findConflictingLabels(examples, { maxFindings }); break;
      case 'imbalance': r = classImbalance(examples, { maxFindings }); break;
      case 'empty-inputs': r = findEmptyInputs(examples, { maxFindings }); break;
      case 'long-inputs': r = findLongInputs(examples, { maxChars: check.maxInputChars, maxFindings }); break;
      case 'leakage': {
        const split = ctx.split!;
        r = findLeakage(Array.from(split.train, (i) => examples[i]), Array.from(split.test, (i) => examples[i]), near);
        break;
      }
    }
    outcomes.push({ name: r.name, figures: r.figures as Record<string, number>, findings: r.findings, omitted: r.omitted, warnings: r.warnings.map((w) => w.message) });
  }
  const figures: Figures = {};
  for (const o of outcomes) for (const [k, v] of Object.entries(o.figures)) figures[`${o.name}.${k}`] = { value: v };
  return { figures, outcomes };
}
