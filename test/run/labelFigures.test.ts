import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, readResults, runCli, tempFiles } from '../helpers/cli.js';

// Reference: scikit-learn 1.9.1 f1_score / fbeta_score (scripts/fixtures/issue17.py, test/fixtures/issue17.json).
const fx = JSON.parse(readFileSync('test/fixtures/issue17.json', 'utf8')).cases.fbeta;

describe('beta changes only the fbeta figures (issue 17, item 3)', () => {
  it('labels [c, b, e, q], zero_division 1, beta 0.5: per-label f1 is F1, fbeta is F0.5', async () => {
    const suite = `suite: beta
data: { path: d.jsonl, label: label, prediction: prediction }
checks:
  - metrics:
      include: [f1, fbeta]
      labels: [${fx.labels.join(', ')}]
      zero_division: ${fx.zero_division}
      beta: ${fx.beta}
`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(fx.rows) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out')]);
    expect(r.code, r.stderr).toBe(0);
    const results = readResults(join(dir, 'out'));
    for (const l of fx.labels) {
      expect(results.figures[`f1.${l}`].value, `f1.${l}`).toBeCloseTo(fx.f1[l], 12);
      expect(results.figures[`fbeta.${l}`].value, `fbeta.${l}`).toBeCloseTo(fx.fbeta[l], 12);
      const row = results.checks.metrics.report.find((x: { name: string }) => x.name === l);
      expect(row.f1).toBeCloseTo(fx.f1[l], 12);
      const f = results.figures[`f1.${l}`];
      if (f.ci_low !== undefined) expect(f.ci_low).toBeLessThanOrEqual(f.value + 1e-12);
    }
    expect(results.figures['f1.macro'].value).toBeCloseTo(fx['f1.macro'], 12);
    expect(results.figures['fbeta.macro'].value).toBeCloseTo(fx['fbeta.macro'], 12);
  });
});
