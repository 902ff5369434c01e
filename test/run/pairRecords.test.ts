import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pairRecords } from '../../src/run/pairRecords.js';
import { jsonl, tempFiles } from '../helpers/cli.js';

const call = (id: string, check: string, variant: string | null, output: unknown, expected: unknown = 'pos') => ({ id, check, variant, input: `text ${id}`, output, expected, score: null, error: null, latency_ms: 1, model: 'm' });
const outcome = (id: string, check: string, variant: string | null, terms: Record<string, number[]>, status?: string) => ({ id, check, variant, input: null, output: null, expected: null, score: null, error: status === 'error' ? 'boom' : null, latency_ms: null, kind: 'outcome', terms, ...(status ? { status } : {}) });

function files(base: unknown[], cand: unknown[]) {
  const dir = tempFiles({ 'a.jsonl': jsonl(base), 'b.jsonl': jsonl(cand) });
  return [join(dir, 'a.jsonl'), join(dir, 'b.jsonl')] as const;
}

describe('pairRecords', () => {
  it('pairs metrics examples and outcome units by (check, variant, id), and lists what one run alone holds', async () => {
    const [a, b] = files(
      [call('e1', 'metrics', null, 'pos'), call('e2', 'metrics', null, 'neg'), call('e3', 'metrics', null, 'pos'),
        outcome('e1', 'robustness', 'typo', { 'robustness.typo.failure_rate': [1, 1] }), outcome('e2', 'robustness', 'typo', { 'robustness.typo.failure_rate': [0, 1] }),
        outcome('e1', 'robustness', 'case', { 'robustness.case.failure_rate': [0, 1] })],
      [call('e1', 'metrics', null, 'neg'), call('e2', 'metrics', null, 'neg'), call('e4', 'metrics', null, 'pos'),
        outcome('e1', 'robustness', 'typo', { 'robustness.typo.failure_rate': [0, 1] }), outcome('e2', 'robustness', 'typo', { 'robustness.typo.failure_rate': [0, 1] }),
        // the same example under a perturbation the baseline did not run: a variant mismatch, listed
        outcome('e1', 'robustness', 'homoglyph', { 'robustness.homoglyph.failure_rate': [1, 1] })],
    );
    const p = await pairRecords(a, b);
    expect(p.pairs.map((x) => [x.id, x.baseline, x.candidate])).toEqual([['e1', 'pos', 'neg'], ['e2', 'neg', 'neg']]);
    expect(p.outcomes.map((x) => `${x.variant}/${x.id}`)).toEqual(['typo/e1', 'typo/e2']);
    expect(p.outcomes[0].baseline.terms).toEqual({ 'robustness.typo.failure_rate': [1, 1] });
    expect(p.onlyBaseline).toEqual(['e3', 'e1 (robustness case)']);
    expect(p.onlyCandidate).toEqual(['e4', 'e1 (robustness homoglyph)']);
    expect(p.statusMismatch).toEqual([]);
  });

  it('ignores the calls of a search (many per example) and keeps the last outcome record of a unit', async () => {
    const calls = [call('e1', 'robustness', 'typo', 'pos'), call('e1', 'robustness', 'typo', 'neg'), call('e1', 'templates/t', 'typo', 'neg'), call('e1', 'safety', null, 'hello')];
    const [a, b] = files(
      [...calls, outcome('e1', 'robustness', 'typo', { f: [0, 1] }), outcome('e1', 'robustness', 'typo', { f: [1, 1] })],
      [...calls, outcome('e1', 'robustness', 'typo', { f: [1, 1] })],
    );
    const p = await pairRecords(a, b);
    expect(p.pairs).toEqual([]);
    expect(p.outcomes).toHaveLength(1);
    expect(p.outcomes[0].baseline.terms.f).toEqual([1, 1]);
    expect([p.onlyBaseline, p.onlyCandidate]).toEqual([[], []]);
  });

  it('counts and lists units tested in one run only (not applicable or errored in the other); JSON null terms read as NaN', async () => {
    const [a, b] = files(
      [outcome('e1', 'robustness', 'typo', {}, 'not-applicable'), outcome('e2', 'safety', null, { 'safety.fairness': [1, 0, 0, 0, 0] }), outcome('e3', 'quality', null, {}, 'error')],
      [outcome('e1', 'robustness', 'typo', { f: [1, 1] }), { ...outcome('e2', 'safety', null, {}), terms: { 'safety.fairness': [null, 0, 0, 0, 0] } }, outcome('e3', 'quality', null, {}, 'error')],
    );
    const p = await pairRecords(a, b);
    expect(p.statusMismatch).toEqual(['e1 (robustness typo): not-applicable in the baseline, tested in the candidate']);
    expect(p.outcomes).toHaveLength(3);
    expect(p.outcomes.find((o) => 'safety.fairness' in o.candidate.terms)!.candidate.terms['safety.fairness'][0]).toBeNaN();
  });

  it('refuses a pair whose labels differ: the runs did not read the same data', async () => {
    const [a, b] = files([call('e1', 'metrics', null, 'pos', 'pos')], [call('e1', 'metrics', null, 'pos', 'neg')]);
    await expect(pairRecords(a, b)).rejects.toThrow(/example e1 \(metrics\) has the label "neg" here but "pos"/);
  });
});
