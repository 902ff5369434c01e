import { describe, expect, it } from 'vitest';
import { copyFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFiles } from '../helpers/cli.js';
import { sentimentModel } from '../fixtures/sentimentModel.js';

// A comparison read from two journals must not depend on the order of the journal lines (they may
// interleave differently: concurrent searches, a resumed run, a merge): the pairs are resampled in
// (check, variant, id) order and the runs' own figures are kept when only the summation order differs.
const suite = `suite: order
seed: 11
data: { path: data.jsonl, id: id, input: text, label: label, pos_label: positive }
model: { module: ./model.mjs }
checks:
  - metrics: [accuracy, roc_auc, log_loss, ece]
  - robustness: { runs: 5, perturbations: [whitespace] }
comparison:
  resamples: 500
`;

/** Reverses the lines of a journal within each kind (example records, outcome records), keeping every record. */
function reorder(path: string) {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l !== '');
  const outcome = lines.filter((l) => JSON.parse(l).kind === 'outcome').reverse();
  const other = lines.filter((l) => JSON.parse(l).kind !== 'outcome').reverse();
  writeFileSync(path, [...other, ...outcome].join('\n') + '\n');
}

describe('a comparison does not depend on the journals\' line order', () => {
  it('gives the same figures, intervals and own-figure values for a candidate journal with its lines in another order', async () => {
    const dir = tempFiles({ 's.yaml': suite, 'model.mjs': sentimentModel, 'mode.json': '{"mode":"plain"}' });
    copyFileSync('suites/data/sentiment.jsonl', join(dir, 'data.jsonl'));
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'a'), '--quiet'])).code).toBe(0);
    writeFileSync(join(dir, 'mode.json'), '{"mode":"fragile"}');
    expect((await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'b'), '--quiet'])).code).toBe(0);
    cpSync(join(dir, 'b'), join(dir, 'b2'), { recursive: true });
    reorder(join(dir, 'b2', 'records.jsonl'));
    await runCli(['compare', join(dir, 'a'), join(dir, 'b'), '--out', join(dir, 'c1'), '--quiet', '--suite', join(dir, 's.yaml')]);
    await runCli(['compare', join(dir, 'a'), join(dir, 'b2'), '--out', join(dir, 'c2'), '--quiet', '--suite', join(dir, 's.yaml')]);
    const c1 = JSON.parse(readFileSync(join(dir, 'c1', 'results.json'), 'utf8')).comparison;
    const c2 = JSON.parse(readFileSync(join(dir, 'c2', 'results.json'), 'utf8')).comparison;
    const B = JSON.parse(readFileSync(join(dir, 'b', 'results.json'), 'utf8'));
    for (const f of c2.figures) if (f.figure in B.figures) expect(f.candidate, f.figure).toBe(B.figures[f.figure].value);
    expect(c2.figures).toEqual(c1.figures);
  }, 60_000);

});
