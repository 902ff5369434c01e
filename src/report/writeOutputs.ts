import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Results, Timing } from './results.js';
import { resultsJson } from './resultsJson.js';
import { junitXml } from './junitXml.js';
import { summaryMarkdown } from './summaryMarkdown.js';

import type { OutputFormat } from './outputFormats.js';
export { OUTPUT_FORMATS, type OutputFormat } from './outputFormats.js';

/**
 * Writes the chosen outputs of a run into `outDir`: results.json and timing.json (json),
 * junit.xml (junit), summary.md (md). Returns the paths written.
 */
export function writeOutputs(outcome: { results: Results; timing: Timing }, outDir: string, formats: ReadonlySet<OutputFormat>): string[] {
  const written: string[] = [];
  const put = (name: string, text: string) => {
    const p = join(outDir, name);
    writeFileSync(p, text);
    written.push(p);
  };
  if (formats.has('json')) {
    put('results.json', resultsJson(outcome.results));
    put('timing.json', `${JSON.stringify(outcome.timing, null, 2)}\n`);
  }
  if (formats.has('junit')) put('junit.xml', junitXml(outcome.results));
  if (formats.has('md')) put('summary.md', summaryMarkdown(outcome.results));
  return written;
}
