import { describe, expect, it } from 'vitest';
import * as evalgate from '../../src/index.js';

// The robustness search as a library user reaches it: through the package's entry point only.
describe('public API: robustness', () => {
  const lexicons = evalgate.loadLexicons();

  it('lists every perturbation kind with its family, and makes each of them', () => {
    expect(evalgate.PERTURBATION_KINDS.length).toBeGreaterThan(20);
    for (const kind of evalgate.PERTURBATION_KINDS) {
      expect(evalgate.describeKind(kind).family).not.toBe('');
      expect(evalgate.makePerturbation(kind, lexicons).name).toBe(kind);
    }
  });

  it('searches, judges with an expectation, and replays the minimal counterexample from its seed and path', async () => {
    const text = 'the service was great and the staff were kind';
    const typo = evalgate.makePerturbation('typo', lexicons);
    const model = (t: string): evalgate.Answer => ({ label: /\bgreat\b/.test(t) ? 'pos' : 'neg' });
    const before = model(text);
    const out = await evalgate.searchEdit(text, typo, { strength: evalgate.PRESETS.hard, numRuns: 200, seed: 3 }, async (perturbed) =>
      evalgate.judge({ kind: 'invariant' }, before, model(perturbed), { expected: 'pos' }),
    );
    expect(out.status).toBe('fail');
    if (out.status !== 'fail') return;
    expect(out.edits).toHaveLength(1);
    expect(out.verdict.correct).toBe(false);
    const replayed = evalgate.replayScript(text, typo, { strength: evalgate.PRESETS.hard, seed: out.seed, path: out.path, kept: out.kept });
    expect(replayed?.perturbed).toBe(out.perturbed);
    const diff = evalgate.textDiff(text, out.edits);
    expect(diff.map((d) => (d.kind === 'removed' ? '' : d.text)).join('')).toBe(out.perturbed);
  });

  it('expands a template with its lexicon and previews a perturbation reproducibly', () => {
    expect(evalgate.expandTemplate('I {v} it.', { v: ['love', 'hate'] })).toEqual(['I love it.', 'I hate it.']);
    const p = evalgate.makePerturbation('delete', lexicons);
    const a = evalgate.previewEdits('a quiet morning', p, evalgate.PRESETS.mild, 3, 9);
    expect(evalgate.previewEdits('a quiet morning', p, evalgate.PRESETS.mild, 3, 9)).toEqual(a);
    expect(a.every((v) => v.text !== 'a quiet morning')).toBe(true);
  });
});
