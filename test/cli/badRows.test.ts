import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readResults, runCli, tempFiles } from '../helpers/cli.js';

// Issue 23 items 10 and 11 through the CLI: a score of 1e999 is named as written, invalid UTF-8
// and a row without its named id field are bad rows, in run, score and validate alike.

const suite = (extra = '') => `suite: demo
seed: 3
data:
  path: data.jsonl
  id: key
  label: label
  prediction: prediction
  score: score
  pos_label: spam
${extra}checks:
  - metrics: [accuracy, roc_auc]
gates:
  - accuracy >= 0.1
`;

const good = [
  '{"key":2,"label":"ham","prediction":"spam","score":0.3}',
  '{"key":3,"label":"spam","prediction":"spam","score":0.8}',
  '{"key":4,"label":"ham","prediction":"ham","score":0.1}',
];
const INFINITE = 'data.jsonl:1 score: score must be a finite number in [0, 1] (got 1e999)';

describe('bad rows through the CLI', () => {
  it('run and validate both stop with exit 2 naming a first-row score of 1e999 as written', async () => {
    const dir = tempFiles({ 'suite.yaml': suite(), 'data.jsonl': ['{"key":1,"label":"spam","prediction":"spam","score":1e999}', ...good].join('\n') + '\n' });
    const v = await runCli(['validate', join(dir, 'suite.yaml')]);
    expect(v.code).toBe(2);
    expect(v.stderr).toContain(INFINITE);
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(INFINITE);
    expect(r.stderr).not.toMatch(/got null|\n\s+at /);
  });

  it('with on_bad_row: skip, validate passes and run counts the 1e999, missing-id and invalid-UTF-8 rows in results.json', async () => {
    const rows = Buffer.concat([
      Buffer.from(['{"key":1,"label":"spam","prediction":"spam","score":1e999}', ...good, '{"label":"ham","prediction":"ham","score":0.2}', '{"key":6,"label":"h'].join('\n')),
      Buffer.from([0xff]),
      Buffer.from('m","prediction":"ham","score":0.2}\n'),
    ]);
    const dir = tempFiles({ 'suite.yaml': suite('  on_bad_row: skip\n') });
    writeFileSync(join(dir, 'data.jsonl'), rows);
    expect((await runCli(['validate', join(dir, 'suite.yaml')])).code).toBe(0);
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 bad rows skipped/);
    const results = readResults(out);
    expect(results.data).toMatchObject({ rows: 6, examples: 3 });
    expect(results.data.skipped).toEqual({
      count: 3,
      rows: [
        { line: 1, field: 'score', message: 'score must be a finite number in [0, 1] (got 1e999)' },
        { line: 5, field: 'key', message: 'id is missing (the suite names the id field "key"; every row must have it)' },
        { line: 6, message: `invalid UTF-8 at byte ${rows.indexOf(0xff)} of the file` },
      ],
    });
  });

  it('run stops with exit 2 on a row without its id field under on_bad_row: error; validate still hints at an id typo', async () => {
    const dir = tempFiles({ 'suite.yaml': suite(), 'data.jsonl': [...good, '{"label":"ham","prediction":"ham","score":0.2}'].join('\n') + '\n' });
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('data.jsonl:4 key: id is missing (the suite names the id field "key"; every row must have it)');
    writeFileSync(join(dir, 'typo.yaml'), suite().replace('id: key', 'id: kye'));
    const v = await runCli(['validate', join(dir, 'typo.yaml')]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/typo\.yaml:5:7 data\.id: field 'kye' is not in the first row of .*data\.jsonl \(did you mean 'key'\?\)/);
  });

  it('score: 1e999 in a JSONL score, a CSV probabilities cell, and invalid UTF-8 in a label exit 2 naming file, line and text', async () => {
    const dir = tempFiles({
      'p.jsonl': '{"label":"a","prediction":"a","score":0.5}\n{"label":"b","prediction":"a","score":1e999}\n',
      'p.csv': 'label,prediction,probabilities\na,a,"[0.5,0.5]"\nb,a,"[1e999,0]"\n',
    });
    writeFileSync(join(dir, 'u.csv'), Buffer.concat([Buffer.from('label,prediction\na,a\nb'), Buffer.from([0xc3]), Buffer.from(',a\n')]));
    const j = await runCli(['score', join(dir, 'p.jsonl'), '--score', 'score']);
    expect(j.code).toBe(2);
    expect(j.stderr).toMatch(/p\.jsonl:2 score: score must be a finite number in \[0, 1\] \(got 1e999\)/);
    const c = await runCli(['score', join(dir, 'p.csv'), '--probabilities', 'probabilities', '--prediction', 'prediction']);
    expect(c.code).toBe(2);
    expect(c.stderr).toMatch(/p\.csv:3 probabilities: probabilities\[0\] must be a finite number in \[0, 1\] \(got 1e999\)/);
    const u = await runCli(['score', join(dir, 'u.csv')]);
    expect(u.code).toBe(2);
    expect(u.stderr).toMatch(/u\.csv:3: invalid UTF-8 at byte 22 of the file/);
  });
});
