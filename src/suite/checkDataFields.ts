import { readExamples } from '../data/readExamples.js';
import type { FieldMap } from '../data/fieldMap.js';
import { EvalgateError, formatProblem, type Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { hint } from './didYouMean.js';
import type { Suite } from './types.js';

/**
 * Reads the first good row of the suite's data and checks that every field the suite maps exists
 * in it (CSV: in the header), so a typo in a field name fails at load time, naming the suite line.
 * An unreadable file or a data file with no row at all is reported here too, and so is a bad row
 * met before the first good one when the suite's on_bad_row is 'error' (as the run would stop).
 */
export async function checkDataFields(suite: Suite, doc: ParsedDocument): Promise<Problem[]> {
  const { data } = suite;
  let first: Record<string, unknown> | undefined;
  // The id field is left to the raw-key check below (a typo gets a did-you-mean hint, not a bad
  // row); bad rows before the first good one get the suite's on_bad_row verdict, as in a run.
  const { id: _id, ...rest } = data.fields;
  const fields = Object.keys(rest).length > 0 ? rest : data.fields;
  const stream = readExamples(data.resolvedPath, {
    format: data.format,
    fields,
    onBadRow: data.onBadRow,
    keepRaw: true,
    batchSize: 1,
    displayPath: data.displayPath,
    csv: { ...(data.delimiter ? { delimiter: data.delimiter } : {}), ...(data.labelSeparator ? { labelSeparator: data.labelSeparator } : {}) },
  });
  try {
    for await (const batch of stream) {
      first = batch[0]?.fields;
      if (first) break;
    }
  } catch (e) {
    if (e instanceof EvalgateError && e.problems.length > 0) return e.problems;
    throw e;
  }
  if (!first) {
    const message = stream.stats.rows === 0 ? 'the data file has no rows' : `none of the first rows of the data file could be read (${stream.stats.skipped[0] ? formatProblem(stream.stats.skipped[0].problem) : 'bad rows'})`;
    const pos = doc.locate(['data', 'path']);
    return [{ code: 'empty-data', file: suite.file, line: pos.line, column: pos.column, path: ['data', 'path'], message: `${data.displayPath}: ${message}` }];
  }
  const keys = Object.keys(first);
  const problems: Problem[] = [];
  for (const [role, field] of Object.entries(data.fields) as [keyof FieldMap, string][]) {
    if (field in first) continue;
    const pos = doc.locate(['data', role]);
    problems.push({
      code: 'missing-field',
      file: suite.file,
      line: pos.line,
      column: pos.column,
      path: ['data', role],
      message: `field '${field}' is not in the first row of ${data.displayPath}${hint(field, keys)}; its fields are: ${keys.join(', ')}`,
    });
  }
  return problems;
}
