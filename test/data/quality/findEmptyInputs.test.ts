import { describe, expect, it } from 'vitest';
import type { Example } from '../../../src/data/example.js';
import { findEmptyInputs } from '../../../src/data/quality/findEmptyInputs.js';

const ex = (id: string, line: number, input: unknown): Example => ({ id, line, input });

describe('findEmptyInputs', () => {
  it('finds missing, empty and blank inputs, one finding per example by line', () => {
    const data = [
      ex('a', 1, 'text'),
      ex('b', 2, ''),
      ex('c', 3, ' \t\n'),
      ex('d', 4, undefined),
      ex('e', 5, '\u00a0\u3000\u200b\ufeff'),
      ex('f', 6, []),
      ex('g', 7, {}),
      ex('h', 8, null),
      ex('i', 9, 0),
      ex('j', 10, [' ']),
      ex('k', 11, '.'),
    ];
    const r = findEmptyInputs(data);
    expect(r.findings).toEqual([
      { ids: ['b'], lines: [2], reason: 'empty' },
      { ids: ['c'], lines: [3], reason: 'blank' },
      { ids: ['d'], lines: [4], reason: 'missing' },
      { ids: ['e'], lines: [5], reason: 'blank' },
      { ids: ['f'], lines: [6], reason: 'empty' },
      { ids: ['g'], lines: [7], reason: 'empty' },
      { ids: ['h'], lines: [8], reason: 'missing' },
    ]);
    expect(r.figures).toEqual({ total: 11, count: 7, rate: 7 / 11, missing: 2 });
  });

  it('sorts by line and honours maxFindings', () => {
    const r = findEmptyInputs([ex('late', 9, ''), ex('early', 2, ' ')], { maxFindings: 1 });
    expect(r.findings).toEqual([{ ids: ['early'], lines: [2], reason: 'blank' }]);
    expect(r.omitted).toBe(1);
    expect(r.count).toBe(2);
  });
});
