import { describe, expect, it } from 'vitest';
import { ExampleBuilder } from '../../src/data/exampleBuilder.js';
import { RowError } from '../../src/data/rowError.js';

describe('ExampleBuilder', () => {
  it('extracts only mapped fields, with explicit ids as strings', () => {
    const b = new ExampleBuilder({
      fields: { id: 'k', input: 'text', label: 'y', prediction: 'p', score: 's', probabilities: 'pr', group: 'g' },
    });
    expect(b.build({ k: 7, text: 'hi', y: 'a', p: 'b', s: 0.5, pr: [0.5, 0.5], g: 2, extra: 1 }, 4)).toEqual({
      id: '7',
      line: 4,
      input: 'hi',
      label: 'a',
      prediction: 'b',
      score: 0.5,
      probabilities: [0.5, 0.5],
      group: 2,
    });
  });

  it('treats absent and null values as missing, and keeps the raw row only when asked', () => {
    const b = new ExampleBuilder({ fields: { label: 'y', score: 's', input: 'x' }, keepRaw: true });
    const row = { y: null, x: 'q' };
    const ex = b.build(row, 1);
    expect(ex).toEqual({ id: expect.any(String), line: 1, input: 'q', fields: row });
    expect(ex).toHaveProperty('label', undefined);
  });

  it('reports a missing required field with the column as path', () => {
    const b = new ExampleBuilder({ fields: { label: 'gold', input: 'text' }, required: ['label', 'input'] });
    const e = b.build({ text: 'a' }, 2) as RowError;
    expect(e).toBeInstanceOf(RowError);
    expect([e.path, e.message]).toEqual([['gold'], 'label is required but missing']);
    expect((b.build({ gold: 'x', text: null }, 3) as RowError).message).toBe('input is required but missing');
  });

  it('does not mistake Object.prototype members for columns', () => {
    const b = new ExampleBuilder({ fields: { label: 'constructor', input: 'toString' }, required: ['label'] });
    expect((b.build({}, 1) as RowError).message).toBe('label is required but missing');
    expect(b.build({ constructor: 'c' }, 2)).toMatchObject({ label: 'c' });
  });

  it('rejects rows that are not objects', () => {
    const b = new ExampleBuilder({ fields: { label: 'y' } });
    expect((b.build([1, 2], 1) as RowError).message).toBe('a row must be a JSON object (got [1,2])');
    expect((b.build('x', 1) as RowError).message).toBe('a row must be a JSON object (got "x")');
  });

  it('requires labels and predictions of one type across a file, unless read as strings', () => {
    const b = new ExampleBuilder({ fields: { label: 'y', prediction: 'p' } });
    expect(b.build({ y: 1, p: 0 }, 1)).toMatchObject({ label: 1, prediction: 0 });
    const e = b.build({ y: 1, p: 'spam' }, 2) as RowError;
    expect(e.path).toEqual(['p']);
    expect(e.message).toBe(
      'prediction must be a number like the earlier labels (got "spam"); to mix numbers and strings, read labels as strings (labelsAsStrings)',
    );
    expect((b.build({ y: [1, 'x'] }, 3) as RowError).path).toEqual(['y']);
    expect((b.build({ y: 'a', p: 'b' }, 4) as RowError).message).toMatch(/^label must be a number like the earlier labels/);
    const mixed = new ExampleBuilder({ fields: { label: 'y', prediction: 'p' } });
    expect((mixed.build({ y: 'a', p: 2 }, 1) as RowError).message).toBe(
      'prediction must be a string like the label of this row (got 2); to mix numbers and strings, read labels as strings (labelsAsStrings)',
    );
    const s = new ExampleBuilder({ fields: { label: 'y', prediction: 'p' }, labelsAsStrings: true });
    expect(s.build({ y: 1, p: 'spam' }, 1)).toMatchObject({ label: '1', prediction: 'spam' });
  });

  it('reads CSV cells: empty means missing (input excepted), numbers parsed, labels split on request', () => {
    const b = new ExampleBuilder({
      fields: { input: 'x', label: 'y', score: 's', probabilities: 'pr' },
      csv: true,
      labelSeparator: '|',
      required: ['label'],
    });
    expect(b.build({ x: '', y: '', s: '', pr: '' }, 2)).toEqual({ id: expect.any(String), line: 2, input: '', label: [] });
    expect(b.build({ x: 'a', y: 'b|c', s: '0.5', pr: '[1,0]' }, 3)).toMatchObject({
      label: ['b', 'c'],
      score: 0.5,
      probabilities: [1, 0],
    });
    const plain = new ExampleBuilder({ fields: { label: 'y' }, csv: true, required: ['label'] });
    expect((plain.build({ y: '' }, 2) as RowError).message).toBe('label is required but missing');
    expect(plain.build({ y: '3' }, 3)).toMatchObject({ label: '3' });
  });

  it('lets only a good row decide the label type', () => {
    const b = new ExampleBuilder({ fields: { label: 'y', score: 's' } });
    expect(b.build({ y: 1, s: 5 }, 1)).toBeInstanceOf(RowError); // bad score: its numeric label does not count
    expect(b.build({ y: 'a', s: 0.5 }, 2)).toMatchObject({ label: 'a' });
    expect((b.build({ y: 2, s: 0.5 }, 3) as RowError).message).toMatch(/^label must be a string like the earlier labels/);
  });

  it('does not take the id of a bad row', () => {
    const b = new ExampleBuilder({ fields: { id: 'id', score: 's' } });
    expect(b.build({ id: 'a', s: 2 }, 1)).toBeInstanceOf(RowError);
    expect(b.build({ id: 'a', s: 0.2 }, 2)).toMatchObject({ id: 'a', line: 2 });
  });
});
