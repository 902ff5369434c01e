import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';
import { stratifiedKFold } from '../../src/cv/stratifiedKFold.js';
import { kFold } from '../../src/cv/kFold.js';

const rows = Array.from({ length: 23 }, (_, i) => ({ id: `r${i}`, y: i % 4 === 0 ? 'a' : 'b', g: `g${i % 5}` }));

describe('evalgate split', () => {
  it("prints scikit-learn's stratified folds as JSON", async () => {
    const dir = tempFiles({ 'd.jsonl': jsonl(rows) });
    const r = await runCli(['split', join(dir, 'd.jsonl'), '--folds', '3', '--stratify', 'y', '--shuffle', '--seed', '5', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const expected = stratifiedKFold(rows.map((x) => x.y), { folds: 3, shuffle: true, seed: 5 });
    expect(out.splitter).toBe('StratifiedKFold');
    expect(out.folds).toEqual(expected.folds.map((f) => ({ train: Array.from(f.train), test: Array.from(f.test) })));
  });

  it('writes the folds as train/test files of the original rows', async () => {
    const dir = tempFiles({ 'd.jsonl': jsonl(rows) });
    const out = join(dir, 'folds');
    const r = await runCli(['split', join(dir, 'd.jsonl'), '--folds', '4', '--out', out]);
    expect(r.stdout).toMatch(/KFold: 4 folds of 23 rows/);
    const expected = kFold(23, { folds: 4 });
    const test2 = readFileSync(join(out, 'fold-2.test.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(test2).toEqual(Array.from(expected.folds[1].test, (i) => rows[i]));
    const train2 = readFileSync(join(out, 'fold-2.train.jsonl'), 'utf8').trim().split('\n');
    expect(train2).toHaveLength(23 - test2.length);
  });

  it('keeps groups whole and refuses impossible or contradictory requests', async () => {
    const dir = tempFiles({ 'd.jsonl': jsonl(rows) });
    const g = JSON.parse((await runCli(['split', join(dir, 'd.jsonl'), '--folds', '5', '--group', 'g', '--json'])).stdout);
    for (const f of g.folds) {
      const groups = new Set(f.test.map((i: number) => rows[i].g));
      for (const i of f.train) expect(groups.has(rows[i].g)).toBe(false);
    }
    const tooMany = await runCli(['split', join(dir, 'd.jsonl'), '--folds', '30', '--json']);
    expect(tooMany.code).toBe(2);
    expect(tooMany.stderr).toMatch(/Cannot have number of splits n_splits=30 greater than the number of samples: n_samples=23/);
    const seedAlone = await runCli(['split', join(dir, 'd.jsonl'), '--seed', '3', '--json']);
    expect(seedAlone.code).toBe(2);
    expect(seedAlone.stderr).toMatch(/--seed has no effect without --shuffle/);
    const missing = await runCli(['split', join(dir, 'd.jsonl'), '--stratify', 'label', '--json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/d\.jsonl:1 label/);
  });
});
