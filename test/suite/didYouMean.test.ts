import { describe, expect, it } from 'vitest';
import { didYouMean } from '../../src/suite/didYouMean.js';

describe('didYouMean', () => {
  it('suggests near typos, transpositions and prefixes', () => {
    expect(didYouMean('foldz', ['folds', 'seed'])).toBe('folds');
    expect(didYouMean('lable', ['path', 'label', 'input'])).toBe('label');
    expect(didYouMean('metric', ['metrics'])).toBe('metrics');
    expect(didYouMean('prob', ['probabilities', 'prediction'])).toBe('probabilities');
    expect(didYouMean('F1', ['f1', 'mcc'])).toBe('f1');
  });

  it('stays quiet when nothing is close', () => {
    expect(didYouMean('zzz', ['accuracy', 'recall'])).toBeUndefined();
    expect(didYouMean('x', [])).toBeUndefined();
    expect(didYouMean('seedling', ['seed', 'suite'])).toBeUndefined();
  });
});
