import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { InvalidInputError } from '../problem.js';
import { RESULTS_VERSION, type Results } from '../contract/results.js';
import { decodeNonFinite } from '../contract/nonFiniteJson.js';

/** A finished run on disk: its results and the path of its records journal. */
export interface StoredRun {
  dir: string;
  results: Results;
  recordsPath: string;
  /** Set when the run is a stored baseline. */
  baselineName?: string;
}

/**
 * Reads a run directory written by `evalgate run` (results.json and records.jsonl). Throws
 * InvalidInputError (exit 2) when the directory or a file is missing, results.json is not JSON, or
 * it was written by an incompatible version (results_version ≠ this evalgate's).
 * @example readRun('evalgate-out').results.suite.name // 'spam-filter'
 */
export function readRun(dir: string): StoredRun {
  const shown = relative(process.cwd(), resolve(dir)) || dir;
  const fail = (message: string, code = 'bad-run'): never => {
    throw new InvalidInputError([{ code, file: shown, path: [], message }]);
  };
  if (!existsSync(dir) || !statSync(dir).isDirectory()) fail('not a run directory (expected the --out directory of evalgate run)', 'missing-file');
  const resultsPath = join(dir, 'results.json');
  const recordsPath = join(dir, 'records.jsonl');
  if (!existsSync(resultsPath)) fail('results.json is missing: run evalgate run with --format including json', 'missing-file');
  if (!existsSync(recordsPath)) fail('records.jsonl is missing: the records journal pairs the examples', 'missing-file');
  let results: Results;
  try {
    results = JSON.parse(readFileSync(resultsPath, 'utf8')) as Results;
  } catch (e) {
    return fail(`results.json is not valid JSON: ${(e as Error).message}`);
  }
  const version = results?.evalgate?.results_version;
  if (version !== RESULTS_VERSION) {
    fail(`results.json has results_version ${JSON.stringify(version ?? null)}, but this evalgate reads version ${RESULTS_VERSION}: re-run the suite with this version`, 'incompatible-version');
  }
  decodeFigures(results);
  return { dir: shown, results, recordsPath };
}

/** Figures as results.json encodes non-finite numbers (null, "Infinity", "-Infinity") back to numbers. */
function decodeFigures(results: Results): void {
  for (const f of Object.values(results.figures ?? {})) {
    f.value = decodeNonFinite(f.value);
    if (f.ci_low !== undefined) f.ci_low = decodeNonFinite(f.ci_low);
    if (f.ci_high !== undefined) f.ci_high = decodeNonFinite(f.ci_high);
  }
  for (const fold of results.checks?.['cross-validation']?.per_fold ?? []) {
    for (const k of Object.keys(fold.figures)) fold.figures[k] = decodeNonFinite(fold.figures[k]);
  }
}
