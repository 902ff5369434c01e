import { describe, expect, it } from 'vitest';
import { formatFromPath } from '../../src/data/dataFormat.js';
import { splitBatches } from '../../src/data/rowBatch.js';
import { describeValue } from '../../src/data/rowError.js';
import { InvalidInputError } from '../../src/problem.js';

describe('splitBatches', () => {
  const batch = (n: number) => ({ rows: Array.from({ length: n }, (_, i) => i), lines: Array.from({ length: n }, (_, i) => i + 1) });

  it('cuts full batches and keeps the remainder unless final', () => {
    const { out, rest } = splitBatches(batch(5), 2, false);
    expect(out.map((b) => b.rows)).toEqual([[0, 1], [2, 3]]);
    expect(out.map((b) => b.lines)).toEqual([[1, 2], [3, 4]]);
    expect(rest).toEqual({ rows: [4], lines: [5] });
    expect(splitBatches(batch(5), 2, true).out.map((b) => b.rows)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('does not copy when nothing needs cutting', () => {
    const b = batch(3);
    expect(splitBatches(b, 4, false).rest).toBe(b);
    expect(splitBatches(b, 3, false).out[0]).toBe(b);
    expect(splitBatches(batch(0), 3, true).out).toEqual([]);
  });
});

describe('formatFromPath', () => {
  it('maps extensions case-insensitively', () => {
    expect(formatFromPath('a/b.JSONL')).toBe('jsonl');
    expect(formatFromPath('b.ndjson')).toBe('jsonl');
    expect(formatFromPath('b.csv')).toBe('csv');
    expect(formatFromPath('b.json')).toBe('json');
  });

  it('throws unknown-format naming the file', () => {
    expect(() => formatFromPath('/abs/data.tsv', 'data.tsv')).toThrow(InvalidInputError);
    try {
      formatFromPath('/abs/data.tsv', 'data.tsv');
    } catch (e) {
      expect((e as InvalidInputError).problems[0]).toMatchObject({ code: 'unknown-format', file: 'data.tsv' });
    }
  });
});

describe('describeValue', () => {
  it('renders JSON, cut to 60 characters', () => {
    expect(describeValue('abc')).toBe('"abc"');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue({ a: [1] })).toBe('{"a":[1]}');
    const long = describeValue('x'.repeat(100));
    expect(long).toHaveLength(60);
    expect(long.endsWith('...')).toBe(true);
  });
});
