import { writeFileSync } from 'node:fs';
import { outputError } from '../outputError.js';
import { join } from 'node:path';
import type { Results, Timing } from '../contract/results.js';
import { resultsJson } from '../contract/resultsJson.js';
import { junitXml } from './junitXml.js';
import { summaryMarkdown } from './summaryMarkdown.js';
import { htmlReport } from './htmlReport.js';

import type { OutputFormat } from './outputFormats.js';
export { OUTPUT_FORMATS, type OutputFormat } from './outputFormats.js';

/** Options of {@link writeOutputs}. */
export interface WriteOutputsOptions {
  /** The most examples a report section shows (default 50). */
  maxExamples?: number;
}

/**
 * Writes the chosen outputs of a run into `outDir`: report.html (html; its examples read from
 * `outDir/records.jsonl`, streaming), results.json and timing.json (json), junit.xml (junit),
 * summary.md (md). Returns the paths written. Throws on a write error: RunError for a full disk,
 * InvalidInputError for a path that cannot be written (see outputError).
 */
export async function writeOutputs(outcome: { results: Results; timing: Timing }, outDir: string, formats: ReadonlySet<OutputFormat>, opts: WriteOutputsOptions = {}): Promise<string[]> {
  const written: string[] = [];
  const put = (name: string, text: string) => {
    const p = join(outDir, name);
    try {
      writeFileSync(p, text);
    } catch (e) {
      // A full disk is exit 3 saying so; a path that cannot be written is exit 2 naming it.
      throw outputError(e, p);
    }
    written.push(p);
  };
  if (formats.has('json')) {
    put('results.json', resultsJson(outcome.results));
    put('timing.json', `${JSON.stringify(outcome.timing, null, 2)}\n`);
  }
  if (formats.has('junit')) put('junit.xml', junitXml(outcome.results));
  if (formats.has('md')) put('summary.md', summaryMarkdown(outcome.results));
  if (formats.has('html')) {
    put('report.html', await htmlReport(outcome.results, outcome.timing, { recordsPath: join(outDir, 'records.jsonl'), outDir, ...(opts.maxExamples !== undefined ? { maxExamples: opts.maxExamples } : {}) }));
  }
  return written;
}
