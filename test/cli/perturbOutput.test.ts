import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, readResults, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

/** Raw invisible characters a JSON line must not hold (they are written as \uXXXX escapes). */
const RAW_INVISIBLE = /[\u00ad\u200b-\u200f\u2060\ufeff\u00a0\u202a-\u202e]/;

/** A model that says 'neg' as soon as its input holds a zero-width character. */
const MODEL = `
export function predict(inputs) {
  return inputs.map((t) => {
    const neg = /[\\u200b-\\u200d\\u2060\\ufeff]/.test(String(t));
    return { label: neg ? 'neg' : 'pos', probabilities: { neg: neg ? 0.9 : 0.1, pos: neg ? 0.1 : 0.9 } };
  });
}
`;
const SUITE = `suite: zw
seed: 5
data: { path: data.jsonl, id: id, input: text, label: label, pos_label: pos }
model: { module: ./model.mjs }
checks:
  - robustness: { perturbations: [zero-width], runs: 20 }
`;

describe('evalgate perturb: output', () => {
  it('--n shows distinct variants only, and says when there are fewer than asked', async () => {
    const neg = await runCli(['perturb', '--kind', 'negation', '--text', 'I love it', '--n', '3']);
    expect(neg.code).toBe(0);
    expect(neg.stdout).toBe(
      '"I don\'t love it"\n    1 edit: "I [-love-]{+don\'t␣love+} it"\n"I do not love it"\n    1 edit: "I [-love-]{+do␣not␣love+} it"\n' +
        '(2 distinct variants of the 3 asked for: 160 edit scripts drew no other)\n',
    );
    for (const [kind, text] of [['typo', 'ok'], ['typo', 'hello world'], ['name', 'Ask Mary today'], ['zero-width', 'great']]) {
      const r = JSON.parse((await runCli(['perturb', '--kind', kind, '--text', text, '--n', '5', '--json'])).stdout);
      const texts = r.variants.map((v: { text: string }) => v.text);
      expect(new Set(texts).size, `${kind} ${text}`).toBe(texts.length);
      expect(texts.length).toBe(5);
    }
  });

  it('--json escapes invisible characters as \\uXXXX and gives code-point offsets beside UTF-16 ones', async () => {
    const r = await runCli(['perturb', '--kind', 'zero-width', '--text', '😍😍 great', '--n', '8', '--seed', '2', '--json']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(RAW_INVISIBLE);
    expect(r.stdout).toMatch(/\\u(200b|200c|200d|2060|feff)/);
    const out = JSON.parse(r.stdout);
    const chars = [...'😍😍 great'];
    for (const v of out.variants) {
      expect(v.text).toMatch(/[\u200b-\u200d\u2060\ufeff]/);
      for (const e of v.edits) {
        expect(e.start - e.start_cp).toBe(2);
        expect(chars.slice(0, e.start_cp).join('')).toBe('😍😍 great'.slice(0, e.start));
      }
    }
  });
});

describe('evalgate replay --json', () => {
  it('escapes invisible characters as \\uXXXX, and its edits and results.json give code-point offsets', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl([{ id: 'r1', text: '😍😍 great food', label: 'pos' }]), 'suite.yaml': SUITE });
    const out = join(dir, 'out');
    const run = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(run.stderr)).toBe('');
    const results = readResults(out);
    const [c] = results.checks.robustness.perturbations[0].counterexamples;
    expect(c.id).toBe('zero-width/r1');
    expect(c.edits).toHaveLength(1);
    const e = c.edits[0];
    expect(e.start - e.start_cp).toBe(2);
    expect(e.end_cp).toBe(e.start_cp);
    const rp = await runCli(['replay', out, 'zero-width/r1', '--json']);
    expect(rp.code).toBe(1);
    expect(rp.stdout).not.toMatch(RAW_INVISIBLE);
    const replay = JSON.parse(rp.stdout);
    expect(replay).toMatchObject({ id: 'zero-width/r1', original: '😍😍 great food', same_edits: true, pass: false, edits: c.edits });
    expect(replay.perturbed).toMatch(/[\u200b-\u200d\u2060\ufeff]/);
    const text = await runCli(['replay', out, 'zero-width/r1']);
    expect(text.stdout).toContain(`at ${e.start} (code point ${e.start_cp})`);
  });
});
