import { describe, expect, it } from 'vitest';
import { toGroup, toId, toLabel, toProbabilities, toScore } from '../../src/data/fieldValues.js';
import { RowError } from '../../src/data/rowError.js';

function errorOf(f: () => unknown): RowError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(RowError);
    return e as RowError;
  }
  throw new Error('expected a RowError');
}

describe('toScore', () => {
  it('accepts numbers in [0, 1], from JSON or as decimal CSV text', () => {
    expect(toScore(0, 'score', 's', false)).toBe(0);
    expect(toScore(1, 'score', 's', false)).toBe(1);
    expect(toScore('0.25', 'score', 's', true)).toBe(0.25);
    expect(toScore(' 7.5e-1 ', 'score', 's', true)).toBe(0.75);
    expect(toScore('.5', 'score', 's', true)).toBe(0.5);
  });

  it('rejects non-numbers, NaN, hex, out-of-range values and JSON strings', () => {
    for (const [v, csv, got] of [
      ['abc', true, '"abc"'],
      ['NaN', true, '"NaN"'],
      ['0x1', true, '"0x1"'],
      ['Infinity', true, '"Infinity"'],
      ['1.5', true, '"1.5"'],
      ['-0.1', true, '"-0.1"'],
      ['0.5', false, '"0.5"'],
      [1.01, false, '1.01'],
      [true, false, 'true'],
    ] as const) {
      const e = errorOf(() => toScore(v, 'score', 'conf', csv));
      expect(e.path).toEqual(['conf']);
      expect(e.message).toBe(`score must be a number in [0, 1] (got ${got})`);
    }
  });
});

describe('toProbabilities', () => {
  it('accepts arrays and objects, from JSON or a JSON CSV cell', () => {
    expect(toProbabilities([0.2, 0.8], 'probabilities', 'p', false)).toEqual([0.2, 0.8]);
    expect(toProbabilities('{"a":0.1,"b":0.9}', 'probabilities', 'p', true)).toEqual({ a: 0.1, b: 0.9 });
  });

  it('names the bad element, the empty container, or the wrong shape', () => {
    expect(errorOf(() => toProbabilities([0.2, 1.2], 'probabilities', 'p', false)).message).toBe(
      'probabilities[1] must be a number in [0, 1] (got 1.2)',
    );
    expect(errorOf(() => toProbabilities({ a: 'x' }, 'probabilities', 'p', false)).message).toBe(
      'probabilities["a"] must be a number in [0, 1] (got "x")',
    );
    expect(errorOf(() => toProbabilities([], 'probabilities', 'p', false)).message).toBe(
      'probabilities must not be empty',
    );
    expect(errorOf(() => toProbabilities(0.3, 'probabilities', 'p', false)).message).toBe(
      'probabilities must be an array of numbers or an object {label: probability} (got 0.3)',
    );
    expect(errorOf(() => toProbabilities('0.2;0.8', 'probabilities', 'p', true)).message).toBe(
      'probabilities must be a JSON array or object in the cell (got "0.2;0.8")',
    );
  });
});

describe('toLabel', () => {
  it('keeps strings and numbers, or turns numbers into strings', () => {
    expect(toLabel('a', 'label', 'y', false, false, undefined)).toBe('a');
    expect(toLabel(3, 'label', 'y', false, false, undefined)).toBe(3);
    expect(toLabel(3, 'label', 'y', false, true, undefined)).toBe('3');
    expect(toLabel([1, 'b'], 'label', 'y', false, true, undefined)).toEqual(['1', 'b']);
    expect(toLabel([], 'label', 'y', false, false, undefined)).toEqual([]);
  });

  it('splits CSV cells only with a separator', () => {
    expect(toLabel('a|b', 'label', 'y', true, true, undefined)).toBe('a|b');
    expect(toLabel('a|b||c', 'label', 'y', true, true, '|')).toEqual(['a', 'b', 'c']);
    expect(toLabel('', 'label', 'y', true, true, '|')).toEqual([]);
  });

  it('rejects booleans, objects and nested arrays', () => {
    for (const v of [true, { a: 1 }, [['a']], ['a', null]]) {
      const e = errorOf(() => toLabel(v, 'prediction', 'pred', false, false, undefined));
      expect(e.path).toEqual(['pred']);
      expect(e.message).toBe(
        `prediction must be a string or a number, or an array of them (got ${JSON.stringify(v)})`,
      );
    }
  });
});

describe('toGroup and toId', () => {
  it('accept strings and numbers; ids become strings', () => {
    expect(toGroup('g', 'grp')).toBe('g');
    expect(toGroup(4, 'grp')).toBe(4);
    expect(toId(17, 'key')).toBe('17');
    expect(toId('x', 'key')).toBe('x');
  });

  it('reject other values', () => {
    expect(errorOf(() => toGroup([1], 'grp')).message).toBe('group must be a string or a number (got [1])');
    expect(errorOf(() => toId('', 'key')).message).toBe('id must be a non-empty string or a number (got "")');
    expect(errorOf(() => toId(false, 'key')).path).toEqual(['key']);
  });
});
