import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { InvalidInputError } from '../problem.js';
import { readRun, type StoredRun } from './readRun.js';

/** Where stored baselines live unless --baselines-dir says otherwise. */
export const DEFAULT_BASELINES_DIR = '.evalgate-baselines';

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

function checkName(name: string, option: string): void {
  if (!NAME.test(name)) {
    throw new InvalidInputError([{ code: 'bad-argument', path: [option], message: `baseline names are letters, digits, '.', '_' and '-', starting with a letter or digit (got ${JSON.stringify(name)})` }]);
  }
}

/** The names of the baselines stored under `dir`, sorted. */
export function listBaselines(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(dir, e.name, 'results.json'))).map((e) => e.name).sort();
}

/**
 * Keeps a finished run (its results.json and records.jsonl) as baseline `name` under `dir`,
 * replacing a baseline of that name. Returns the baseline's directory. Throws InvalidInputError
 * for a bad name or a run without those files.
 * @example saveBaseline('evalgate-out', 'v1.4', '.evalgate-baselines') // '.evalgate-baselines/v1.4'
 */
export function saveBaseline(runDir: string, name: string, dir: string): string {
  checkName(name, '--save-baseline');
  readRun(runDir);
  const target = join(dir, name);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const f of ['results.json', 'records.jsonl']) copyFileSync(join(runDir, f), join(target, f));
  return target;
}

/**
 * Reads stored baseline `name` from `dir`. Throws InvalidInputError (exit 2) naming the baselines
 * that exist when there is none of that name, and as {@link readRun} for a damaged one.
 * @example loadBaseline('v1.4', '.evalgate-baselines').baselineName // 'v1.4'
 */
export function loadBaseline(name: string, dir: string): StoredRun {
  checkName(name, '--baseline');
  if (!existsSync(join(dir, name, 'results.json'))) {
    const known = listBaselines(dir);
    throw new InvalidInputError([{ code: 'unknown-baseline', path: ['--baseline'], message: `no baseline named '${name}' in ${dir}${known.length ? `; stored: ${known.join(', ')}` : ' (none stored yet: save one with evalgate run --save-baseline NAME)'}` }]);
  }
  return { ...readRun(join(dir, name)), baselineName: name };
}
