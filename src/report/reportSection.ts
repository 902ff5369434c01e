import type { Results, Timing } from '../contract/results.js';
import type { EvalRecord } from '../contract/evalRecord.js';

/** What every section is given when a report is rendered. */
export interface SectionOptions {
  /** The most examples a section shows (all stay in records.jsonl). */
  maxExamples: number;
  /** The run's output directory as the user named it (`--out`), for the commands the report prints. */
  outDir: string;
  timing?: Timing;
}

/** One section's work for one report: the records it wants to see, then its view. */
export interface SectionRun {
  /** The record checks (`metrics`, `cross-validation`, ...) this section reads from records.jsonl. */
  recordChecks?: readonly string[];
  /** Called with each record of those checks, in file order, before {@link view}. */
  record?(r: EvalRecord): void;
  /** The data its partial renders (`reports/sections/<id>.hbs`). Plain data only: the template escapes it. */
  view(): object;
}

/**
 * A section of the HTML report, one per check kind: `id` names its partial
 * (`reports/sections/<id>.hbs`) and its anchor. `start` returns undefined when the run has nothing
 * for it (the check was not in the suite), and the section is then left out.
 */
export interface ReportSection {
  id: string;
  title: string;
  start(results: Results, opts: SectionOptions): SectionRun | undefined;
}
