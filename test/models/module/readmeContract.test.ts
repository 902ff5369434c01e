import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, readResults, runCli, tempFiles, afterHeader } from '../../helpers/cli.js';
import { loadModuleModel } from '../../../src/models/module/loadModuleModel.js';

/** The JavaScript example of the "Module models" section of docs/models.md. */
function readmeModule(): string {
  const readme = readFileSync('docs/models.md', 'utf8');
  const at = readme.indexOf('\n## Module models\n');
  expect(at).toBeGreaterThan(0);
  return /```js\n([\s\S]*?)```/.exec(readme.slice(at))![1];
}

const rows = Array.from({ length: 80 }, (_, i) => ({
  id: `r${i}`,
  text: i % 2 ? `win free cash n${i}` : `team lunch notes n${i}`,
  label: i % 2 ? 'spam' : 'ham',
}));

describe("the module model contract of docs/models.md", () => {
  it('its example module trains with fit, predicts with the state, and gives labels and probabilities', async () => {
    const dir = tempFiles({
      'model.mjs': readmeModule(),
      'd.jsonl': jsonl(rows),
      's.yaml': 'suite: readme-module\nseed: 5\ndata: { path: d.jsonl, id: id, input: text, label: label, holdout: 0.25, pos_label: spam }\nmodel: { module: ./model.mjs }\nchecks:\n  - metrics: [accuracy, roc_auc]\n  - cross-validation: { folds: 2, metrics: [accuracy] }\ngates:\n  - accuracy >= 0.99\n  - roc_auc >= 0.99\n  - errors.rate <= 0\n',
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', out, '--quiet', '--format', 'json']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    const results = readResults(out);
    expect(results.model.name).toBe('keywords');
    expect(results.figures['cross-validation.accuracy.mean'].value).toBe(1);
  }, 60_000);

  it('calls predict(inputs) before a fit and predict(inputs, state) after, with the raw input values', async () => {
    const dir = tempFiles({
      'probe.mjs': `export const calls = [];
export function fit(examples) { return { n: examples.length, first: examples[0] }; }
export function predict(inputs, ...rest) { calls.push({ inputs, rest }); return inputs.map(() => ({ label: 'a' })); }
`,
    });
    const file = join(dir, 'probe.mjs');
    const model = await loadModuleModel(file);
    const { calls } = (await import(file)) as { calls: { inputs: unknown[]; rest: unknown[] }[] };
    await model.predict(['x', { a: 1 }]);
    expect(calls[0]).toEqual({ inputs: ['x', { a: 1 }], rest: [] });
    const fitted = await model.fit!([{ input: 'hi', label: 'a' }]);
    await fitted.predict(['y']);
    expect(calls[1]).toEqual({ inputs: ['y'], rest: [{ n: 1, first: { input: 'hi', label: 'a' } }] });
  });
});
