import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, readResults, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

const schema = (name: string) => JSON.parse(readFileSync(`schemas/${name}.schema.json`, 'utf8'));

describe("results.json's checks", () => {
  it('are keyed by the check kinds, spelled as in suite files, figures and records (cross-validation, data-quality)', () => {
    const kinds = Object.keys(schema('suite').$defs.check.properties);
    expect(kinds).toContain('cross-validation');
    expect(Object.keys(schema('results').properties.checks.properties)).toEqual(kinds);
    expect(JSON.stringify(schema('results'))).not.toMatch(/cross_validation|data_quality/);
  });

  it('of a run use the same spelling as its figures, gates and records', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, text: `${i % 2 ? 'win cash' : 'team lunch'} n${i}`, label: i % 2 ? 'spam' : 'ham' }));
    const dir = tempFiles({
      's.yaml': 'suite: cv\nseed: 3\ndata: { path: d.jsonl, id: id, input: text, label: label, pos_label: spam }\nmodel: { builtin: naive-bayes }\nchecks:\n  - cross-validation: { folds: 2, metrics: [accuracy] }\n  - data-quality: [duplicates]\ngates:\n  - cross-validation.accuracy.mean >= 0.5\n',
      'd.jsonl': jsonl(rows),
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--quiet', '--format', 'json']);
    expect(afterHeader(r.stderr)).toBe('');
    const results = readResults(out);
    expect(Object.keys(results.checks).sort()).toEqual(['cross-validation', 'data-quality']);
    expect(results.checks['cross-validation'].per_fold).toHaveLength(2);
    expect(results.checks['data-quality'][0].name).toBe('duplicates');
    expect(Object.keys(results.figures)).toContain('cross-validation.accuracy.mean');
    expect(results.gates[0].figure).toBe('cross-validation.accuracy.mean');
    const checks = new Set(readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).check));
    expect([...checks]).toEqual(['cross-validation']);
    expect(readFileSync(join(out, 'results.json'), 'utf8')).not.toMatch(/cross_validation|data_quality/);
  }, 60_000);
});
