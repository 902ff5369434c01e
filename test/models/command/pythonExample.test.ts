import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { createCommandModel } from '../../../src/models/command/createCommandModel.js';
import type { Model } from '../../../src/models/model.js';

// examples/python-model/model.py end to end, when python3 is installed.
const hasPython = spawnSync('python3', ['--version'], { timeout: 10_000 }).status === 0;
const script = resolve('examples/python-model/model.py');
const options = { command: ['python3', script], timeoutMs: 20_000, graceMs: 1000 };
const open: Model[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((m) => m.close?.()));
});

const examples = [
  { input: 'cheap offer', label: 'spam' },
  { input: 'lunch at noon', label: 'ham' },
  { input: 'meeting notes', label: 'ham' },
];

describe.runIf(hasPython)('the Python example model', () => {
  it('answers with its built-in keywords before any fit, and fails only a malformed input', async () => {
    const m = createCommandModel({ ...options, batchSize: 2 });
    open.push(m);
    const out = await m.predict(['win money now', 'see you at lunch', { text: 'free prize' }, 3]);
    expect(out.slice(0, 3).map((p) => [p.label, p.score])).toEqual([
      ['spam', 1],
      ['ham', 0],
      ['spam', 1],
    ]);
    expect(out[3].error).toBe('input must be a string or an object with a string "text" field');
  });

  it('fits by message into a naive Bayes over words (probabilities checked by hand)', async () => {
    const fitted = await createCommandModel(options).fit!(examples);
    open.push(fitted);
    expect(fitted.classes).toEqual(['ham', 'spam']);
    const [p] = await fitted.predict(['cheap lunch offer']);
    // 7 words seen; spam has 2 word occurrences, ham 5. Laplace: (count + 1) / (total + 7).
    // spam: 1/3 × cheap 2/9 × lunch 1/9 × offer 2/9; ham: 2/3 × cheap 1/12 × lunch 2/12 × offer 1/12
    const spam = (1 / 3) * (2 / 9) * (1 / 9) * (2 / 9);
    const ham = (2 / 3) * (1 / 12) * (2 / 12) * (1 / 12);
    expect(p.label).toBe('spam');
    expect(p.probabilities!.spam).toBeCloseTo(spam / (spam + ham), 12);
    expect(p.probabilities!.ham).toBeCloseTo(ham / (spam + ham), 12);
  });

  it('fits with its train command and serves the saved model', async () => {
    const m = createCommandModel({ ...options, fitCommand: ['python3', script, 'train'] });
    open.push(m);
    const fitted = await m.fit!(examples);
    expect((await fitted.predict(['noon meeting', 'cheap']).then((o) => o.map((p) => p.label)))).toEqual(['ham', 'spam']);
    await fitted.close!();
  });
});
