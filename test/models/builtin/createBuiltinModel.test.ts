import { describe, expect, it } from 'vitest';
import { BUILTIN_MODEL_NAMES, createBuiltinModel, type BuiltinModelName } from '../../../src/models/builtin/createBuiltinModel.js';

describe('createBuiltinModel', () => {
  it.each(BUILTIN_MODEL_NAMES.map((n) => [n]))('creates an unfitted %s with identity builtin:<name>, version 1', async (name) => {
    const model = createBuiltinModel(name);
    expect(model.identity.name).toBe(`builtin:${name}`);
    expect(model.identity.version).toBe('1');
    expect(model.classes).toBeUndefined();
    await expect(model.predict(['hello'])).rejects.toThrow(`builtin:${name} is not fitted`);
    const fitted = await model.fit!([{ input: 'hello world', label: 'a' }, { input: 'goodbye moon', label: 'b' }, { input: 'hello moon', label: 'a' }]);
    const out = await fitted.predict(['hello there', 'moon']);
    expect(out).toHaveLength(2);
    for (const p of out) {
      expect(['a', 'b']).toContain(p.label);
      expect(Object.values(p.probabilities!).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    }
  });

  it('passes parameters through and rejects unknown names and parameters', () => {
    expect(createBuiltinModel('naive-bayes', { alpha: 0.25 }).identity.parameters.alpha).toBe(0.25);
    expect(() => createBuiltinModel('svm' as BuiltinModelName)).toThrow('unknown builtin model "svm" (expected one of: naive-bayes, majority, stratified)');
    expect(() => createBuiltinModel('stratified', { alpha: 1 })).toThrow('builtin:stratified: unknown parameter "alpha" (allowed: seed)');
    expect(() => createBuiltinModel('majority', [] as unknown as Record<string, unknown>)).toThrow('builtin:majority: parameters must be an object (got an array)');
  });
});
