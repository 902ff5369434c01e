import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { readExamples } from '../data/readExamples.js';
import type { Example } from '../data/example.js';
import type { FieldMap } from '../data/fieldMap.js';
import { kFold } from '../cv/kFold.js';
import { stratifiedKFold } from '../cv/stratifiedKFold.js';
import { groupKFold } from '../cv/groupKFold.js';
import { stratifiedGroupKFold } from '../cv/stratifiedGroupKFold.js';
import type { SplitResult } from '../cv/splitTypes.js';
import type { Label } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';

/** Options of {@link splitData}: scikit-learn's k-fold splitters over a data file. */
export interface SplitDataOptions {
  folds: number;
  stratify?: string;
  group?: string;
  shuffle?: boolean;
  seed?: number;
}

/** The folds of a data file, as 0-based row indices (rows in file order, blank lines not counted). */
export interface SplitDataOutcome {
  file: string;
  rows: number;
  splitter: string;
  folds: { train: number[]; test: number[] }[];
  warnings: string[];
  examples: Example[];
}

/**
 * Splits a data file into k folds with the very splitter scikit-learn would use (KFold,
 * StratifiedKFold, GroupKFold, StratifiedGroupKFold), so a training pipeline can use the same
 * splits as evalgate's cross-validation. Errors name the file and the option.
 */
export async function splitData(path: string, opts: SplitDataOptions): Promise<SplitDataOutcome> {
  const file = relative(process.cwd(), resolve(path)) || path;
  const fields: FieldMap = {};
  if (opts.stratify) fields.label = opts.stratify;
  if (opts.group) fields.group = opts.group;
  const stream = readExamples(path, {
    // readExamples needs one mapped role; an unrequired input that no row has maps nothing.
    fields: Object.keys(fields).length > 0 ? fields : { input: '__evalgate_no_field__' },
    required: Object.keys(fields) as (keyof FieldMap)[],
    keepRaw: true,
    displayPath: file,
  });
  const examples: Example[] = [];
  for await (const batch of stream) for (const e of batch) examples.push(e);
  if (examples.length === 0) throw new InvalidInputError([{ code: 'empty-data', file, path: [], message: 'the data file has no rows' }]);
  const y = examples.map((e) => e.label as Label);
  const groups = examples.map((e) => e.group as Label);
  const k = { folds: opts.folds, ...(opts.shuffle ? { shuffle: true, seed: opts.seed ?? 0 } : {}) };
  let splitter: string;
  let split: SplitResult;
  try {
    if (opts.group && opts.stratify) [splitter, split] = ['StratifiedGroupKFold', stratifiedGroupKFold(y, groups, k)];
    else if (opts.group) [splitter, split] = ['GroupKFold', groupKFold(groups, k)];
    else if (opts.stratify) [splitter, split] = ['StratifiedKFold', stratifiedKFold(y, k)];
    else [splitter, split] = ['KFold', kFold(examples.length, k)];
  } catch (e) {
    throw new InvalidInputError([{ code: 'bad-folds', file, path: ['--folds'], message: `${(e as Error).message} (the file has ${examples.length} rows)` }]);
  }
  return {
    file,
    rows: examples.length,
    splitter,
    folds: split.folds.map((f) => ({ train: Array.from(f.train), test: Array.from(f.test) })),
    warnings: split.warnings.map((w) => w.message),
    examples,
  };
}

/** Writes `folds.json` (index lists) and `fold-K.train.jsonl` / `fold-K.test.jsonl` (the rows) into `dir`. */
export function writeSplit(outcome: SplitDataOutcome, dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  const put = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    written.push(join(dir, name));
  };
  put('folds.json', `${JSON.stringify({ file: outcome.file, rows: outcome.rows, splitter: outcome.splitter, folds: outcome.folds, warnings: outcome.warnings })}\n`);
  const line = (i: number) => JSON.stringify(outcome.examples[i].fields ?? {});
  outcome.folds.forEach((f, k) => {
    put(`fold-${k + 1}.train.jsonl`, f.train.map(line).join('\n') + '\n');
    put(`fold-${k + 1}.test.jsonl`, f.test.map(line).join('\n') + '\n');
  });
  return written;
}
