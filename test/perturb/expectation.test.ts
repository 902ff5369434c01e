import { describe, expect, it } from 'vitest';
import { judge } from '../../src/perturb/expectation.js';

const down = { kind: 'directional', direction: 'down', minChange: 0 } as const;
const up = { kind: 'directional', label: 'neg', direction: 'up', minChange: 0 } as const;

describe('directional expectations on a model that answers with labels only', () => {
  it('judge the label, and say so instead of inventing probabilities of 1 and 0', () => {
    const same = judge(down, { label: 'pos' }, { label: 'pos' }, { expected: 'pos' });
    expect(same).toEqual({ pass: false, reason: 'labels only (no probability of pos): label went from pos to pos (must leave pos)' });
    expect(same.reason).not.toMatch(/1\.0000|probability of pos went/);
    expect(judge(down, { label: 'pos' }, { label: 'neg' }, { expected: 'pos' })).toEqual({ pass: true, reason: 'labels only (no probability of pos): label went from pos to neg (must leave pos)' });
    // the original answer was already not pos: nothing can fall
    expect(judge(down, { label: 'neg' }, { label: 'neg' }, { expected: 'pos' }).pass).toBe(false);
    expect(judge(up, { label: 'pos' }, { label: 'neg' }, {}).pass).toBe(true);
    expect(judge(up, { label: 'neg' }, { label: 'neg' }, {}).reason).toBe('labels only (no probability of neg): label went from neg to neg (must become neg)');
    const strict = judge({ ...down, minChange: 1 }, { label: 'pos' }, { label: 'neg' }, { expected: 'pos' });
    expect(strict).toEqual({ pass: false, reason: 'labels only (no probability of pos): label went from pos to neg (must leave pos; min_change 1 cannot be met by a label)' });
  });
  it('use probabilities or a score when both answers give one', () => {
    const r = judge(down, { label: 'pos', probabilities: { pos: 0.9, neg: 0.1 } }, { label: 'pos', probabilities: { pos: 0.6, neg: 0.4 } }, { expected: 'pos' });
    expect(r).toEqual({ pass: true, reason: 'probability of pos went from 0.9000 to 0.6000 (must fall)' });
    expect(judge(down, { label: 'pos', score: 0.9 }, { label: 'pos', score: 0.95 }, { expected: 'pos', posLabel: 'pos' }).pass).toBe(false);
    // a score without a positive label is no probability: label level
    expect(judge(down, { label: 'pos', score: 0.9 }, { label: 'neg', score: 0.2 }, { expected: 'pos' }).reason).toMatch(/^labels only/);
  });
});
