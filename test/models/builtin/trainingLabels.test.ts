import { describe, expect, it } from 'vitest';
import { encodeTrainingLabels } from '../../../src/models/builtin/trainingLabels.js';
import { trainingFingerprint } from '../../../src/models/trainingFingerprint.js';

describe('encodeTrainingLabels', () => {
  it('sorts classes as np.unique and encodes each example', () => {
    const enc = encodeTrainingLabels([10, 2, 10, -1].map((label) => ({ input: '', label })), 'm');
    expect(enc.classes).toEqual([-1, 2, 10]);
    expect(Array.from(enc.y)).toEqual([2, 1, 2, 0]);
    expect(encodeTrainingLabels(['b', 'B', 'a'].map((label) => ({ input: '', label })), 'm').classes).toEqual(['B', 'a', 'b']);
  });
  it('rejects list labels, missing labels and mixed kinds, naming the model', () => {
    expect(() => encodeTrainingLabels([{ input: '', label: 'a' }, { input: '', label: [] }], 'm')).toThrow('m: training example 1 has a list of labels');
    expect(() => encodeTrainingLabels([{ input: '', label: null as unknown as string }], 'm')).toThrow('m: training example 0 has no usable label (expected a string or a number, got null)');
    expect(() => encodeTrainingLabels([{ input: '', label: 'a' }, { input: '', label: 1 }], 'm')).toThrow('m: Mix of label input types (string and number) in the training labels');
  });
});

describe('trainingFingerprint', () => {
  it('is SHA-256 of the JSON lines, first 16 hex digits; order matters', () => {
    expect(trainingFingerprint([])).toBe('e3b0c44298fc1c14'); // SHA-256 of the empty string
    const a = { input: 'x', label: 'a' };
    const b = { input: 'y', label: 'b' };
    expect(trainingFingerprint([a, b])).not.toBe(trainingFingerprint([b, a]));
    expect(trainingFingerprint([a, b])).toBe(trainingFingerprint([{ ...a }, { ...b }]));
  });
});
