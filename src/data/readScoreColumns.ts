import { formatFromPath } from './dataFormat.js';
import { openDataFile } from './openDataFile.js';
import { checkReadOptions, type ReadOptions, type ReadStats } from './readOptions.js';
import { scanScoreColumns, type ScoreColumnSink } from './scanScoreColumns.js';
import type { ScoreLineKeys } from './scoreLineScanner.js';

export type { ScoreColumnSink } from './scanScoreColumns.js';

/**
 * Reads a predictions file into `sink` with exactly the outcome of readExamples: the same
 * examples, labels in the same order of first appearance, the same bad rows with the same
 * messages, the same stats. A JSONL file whose mapped roles are all required, among label,
 * prediction, score and probabilities, with distinct printable-ASCII keys and ids by line (what
 * `evalgate score` reads) takes the fast path of {@link scanScoreColumns}: each line's bytes are
 * scanned once and pushed as codes and numbers, no string, object or Example per row. Other
 * files and options go through readExamples (loaded only then), batch by batch into `sink.add`.
 * Throws like readExamples: a plain `Error` for invalid options, `InvalidInputError` for a
 * missing file, an unknown extension or (in 'error' mode) the first bad row.
 * Cost (1M rows of 50 bytes): about a third of a readline + JSON.parse loop over the same file.
 * Example: `await readScoreColumns('p.jsonl', { fields: { label: 'y' }, required: ['label'], derivedIds: 'line' }, collector)`
 * → `{ rows: 3, examples: 3, skipped: [], done: true }`.
 */
export async function readScoreColumns(path: string, opts: ReadOptions, sink: ScoreColumnSink): Promise<ReadStats> {
  checkReadOptions(opts);
  const keys = fastPathKeys(path, opts);
  if (keys === undefined) {
    const { readExamples } = await import('./readExamples.js');
    const stream = readExamples(path, opts);
    for await (const batch of stream) sink.add(batch);
    return stream.stats;
  }
  const { stream } = await openDataFile(path, opts.displayPath ?? path);
  try {
    return await scanScoreColumns(stream as AsyncIterable<Buffer>, keys, { ...opts, displayPath: opts.displayPath ?? path }, sink);
  } finally {
    stream.destroy();
  }
}

/**
 * The keys of the fast path for these options, or undefined when they need the general one.
 * Example: `fastPathKeys('p.jsonl', { fields: { label: 'y' }, required: ['label'], derivedIds: 'line' })` → `{ label: 'y' }`.
 */
export function fastPathKeys(path: string, opts: ReadOptions): ScoreLineKeys | undefined {
  const f = opts.fields;
  const format = opts.format ?? formatFromPath(path, opts.displayPath ?? path);
  if (format !== 'jsonl' || opts.keepRaw || opts.labelsAsStrings || opts.derivedIds !== 'line') return undefined;
  if (f.label === undefined || f.input !== undefined || f.group !== undefined || f.id !== undefined) return undefined;
  const names: string[] = [];
  const keys: ScoreLineKeys = { label: f.label };
  for (const role of ['label', 'prediction', 'score', 'probabilities'] as const) {
    const name = f[role];
    if (name === undefined) continue;
    if (!opts.required?.includes(role) || !/^[\x20-\x7e]+$/.test(name) || name.includes('"') || name.includes('\\')) return undefined;
    if (name in Object.prototype || names.includes(name)) return undefined;
    names.push(name);
    keys[role] = name;
  }
  return keys;
}
