import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { makePerturbation } from '../../src/perturb/catalog.js';
import { judge, keepsLabel } from '../../src/perturb/expectation.js';
import { editScript } from '../../src/perturb/editScript.js';
import { maxEditsFor, PRESETS } from '../../src/perturb/presets.js';
import { EvaluationError, replayScript, searchEdit } from '../../src/perturb/searchEdit.js';
import { testLexicons } from './lexicons.js';

const typo = makePerturbation('typo', testLexicons);
const TEXT = 'the quick brown fox jumps over the lazy dog and the bad cat';
/** A toy model: says 'bad' while the word "bad" is intact, else 'good'. */
const fails = async (t: string) => ({ pass: /\bbad\b/.test(t), reason: 'word gone' });

describe('searchEdit', () => {
  it('finds a failing edit script and shrinks it to one edit on the word that matters, 1-minimal', async () => {
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.hard, numRuns: 100, seed: 42 }, fails);
    expect(out.status).toBe('fail');
    if (out.status !== 'fail') return;
    expect(out.edits).toHaveLength(1);
    const e = out.edits[0];
    expect(e.start).toBeGreaterThanOrEqual(TEXT.indexOf('bad'));
    expect(e.end).toBeLessThanOrEqual(TEXT.indexOf('bad') + 3);
    expect(out.perturbed).not.toMatch(/\bbad\b/);
    expect(out.verdict.pass).toBe(false);
  });

  it('property: the minimal script is 1-minimal (dropping any edit makes it pass) for a model that needs two words broken', async () => {
    const needsTwo = async (t: string) => ({ pass: /\bquick\b/.test(t) || /\blazy\b/.test(t), reason: '' });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), async (seed) => {
        const out = await searchEdit(TEXT, typo, { strength: PRESETS.hard, numRuns: 200, seed }, needsTwo);
        if (out.status !== 'fail') return;
        expect(out.edits).toHaveLength(2);
        const sites = typo.sites(TEXT);
        for (let i = 0; i < out.script.length; i++) {
          const without = applyEdits(TEXT, sites, out.script.filter((_, k) => k !== i)).text;
          expect((await needsTwo(without)).pass).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });

  it('is deterministic for a seed, and replayScript regenerates the counterexample without any model', async () => {
    const a = await searchEdit(TEXT, typo, { strength: PRESETS.medium, numRuns: 50, seed: 7 }, fails);
    const b = await searchEdit(TEXT, typo, { strength: PRESETS.medium, numRuns: 50, seed: 7 }, fails);
    expect(b).toEqual(a);
    if (a.status !== 'fail') throw new Error('expected a failure');
    const r = replayScript(TEXT, typo, { strength: PRESETS.medium, seed: a.seed, path: a.path, kept: a.kept });
    expect(r?.perturbed).toBe(a.perturbed);
    expect(r?.edits).toEqual(a.edits);
  });

  it('passes when nothing breaks, evaluating each distinct text once', async () => {
    const seen: string[] = [];
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.mild, numRuns: 30, seed: 3 }, async (t) => {
      seen.push(t);
      return { pass: true, reason: '' };
    });
    expect(out.status).toBe('pass');
    expect(new Set(seen).size).toBe(seen.length);
    if (out.status === 'pass') expect(out.runs).toBe(30);
  });

  it('counts a text without sites as not applicable, without calling the model', async () => {
    let calls = 0;
    const out = await searchEdit('😀 🎉', typo, { strength: PRESETS.mild, numRuns: 10, seed: 1 }, async () => {
      calls++;
      return { pass: true, reason: '' };
    });
    expect(out).toEqual({ status: 'not-applicable', sites: 0 });
    expect(calls).toBe(0);
  });

  it('makes no edit at rate 0: not applicable, no call, nothing to replay', async () => {
    let calls = 0;
    const zero = { rate: 0, maxEdits: 8 };
    const out = await searchEdit(TEXT, typo, { strength: zero, numRuns: 10, seed: 1 }, async () => {
      calls++;
      return { pass: false, reason: 'any change fails' };
    });
    expect(out).toEqual({ status: 'not-applicable', sites: typo.sites(TEXT).length });
    expect(calls).toBe(0);
    expect(replayScript(TEXT, typo, { strength: zero, seed: 1, path: '0', kept: [0] })).toBeUndefined();
  });

  it('ends with status error, not fail, when an evaluation fails, and stops calling', async () => {
    let calls = 0;
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.mild, numRuns: 50, seed: 1 }, async () => {
      calls++;
      throw new EvaluationError('HTTP 500');
    });
    expect(out.status).toBe('error');
    if (out.status === 'error') expect(out.error).toBe('HTTP 500');
    expect(calls).toBe(1);
  });

  it('stops at the time budget and reports the search as interrupted, not failed', async () => {
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.mild, numRuns: 10_000, seed: 2, timeLimit: { ms: 60, now: () => performance.now() } }, async () => {
      await new Promise((r) => setTimeout(r, 5));
      return { pass: true, reason: '' };
    });
    expect(out.status).toBe('pass');
    if (out.status !== 'pass') return;
    expect(out.interrupted).toBe(true);
    expect(out.runs).toBeLessThan(10_000);
  });

  it('a time budget shorter than drawing the scripts still asks the model once: the search is never passed untried', async () => {
    let clock = 0;
    let calls = 0;
    // Every read of the clock advances it 10 ms: the budget has run out before the first run.
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.mild, numRuns: 50, seed: 2, timeLimit: { ms: 1, now: () => (clock += 10) } }, async () => {
      calls++;
      return { pass: true, reason: '' };
    });
    expect(out.status).toBe('pass');
    if (out.status !== 'pass') return;
    expect(out.interrupted).toBe(true);
    expect(calls).toBe(1);
    expect(out.evaluated).toBe(1);
  });

  it('tracks the worst case: worstCorrect is false once a perturbed answer is wrong', async () => {
    const out = await searchEdit(TEXT, typo, { strength: PRESETS.hard, numRuns: 50, seed: 5 }, async (t) => {
      const v = judge({ kind: 'invariant' }, { label: 'bad' }, { label: /\bbad\b/.test(t) ? 'bad' : 'good' }, { expected: 'bad' });
      return v;
    });
    expect(out.status).toBe('fail');
    if (out.status === 'fail') expect(out.worstCorrect).toBe(false);
  });
});

describe('judge', () => {
  it('invariance, with and without a tolerance', () => {
    expect(judge({ kind: 'invariant' }, { label: 'a' }, { label: 'a' }, {}).pass).toBe(true);
    expect(judge({ kind: 'invariant' }, { label: 'a' }, { label: 'b' }, {}).reason).toBe('label changed from a to b');
    const before = { label: 'a', probabilities: { a: 0.9, b: 0.1 } };
    expect(judge({ kind: 'invariant', tolerance: 0.1 }, before, { label: 'a', probabilities: { a: 0.75, b: 0.25 } }, {}).pass).toBe(false);
    expect(judge({ kind: 'invariant', tolerance: 0.2 }, before, { label: 'a', probabilities: { a: 0.75, b: 0.25 } }, {}).pass).toBe(true);
  });
  it('minimum functionality: the expected label, or a fixed one', () => {
    expect(judge({ kind: 'label' }, { label: 'x' }, { label: 'pos' }, { expected: 'pos' })).toEqual({ pass: true, reason: 'predicted pos', correct: true });
    expect(judge({ kind: 'label', label: 'neg' }, { label: 'x' }, { label: 'pos' }, {}).pass).toBe(false);
  });
  it('directional: the probability must move strictly, by more than min_change; the label defaults to the expected one', () => {
    const before = { label: 'pos', probabilities: { pos: 0.8, neg: 0.2 } };
    const down = { label: 'pos', probabilities: { pos: 0.6, neg: 0.4 } };
    expect(judge({ kind: 'directional', direction: 'down', minChange: 0 }, before, down, { expected: 'pos' }).pass).toBe(true);
    expect(judge({ kind: 'directional', direction: 'down', minChange: 0.3 }, before, down, { expected: 'pos' }).pass).toBe(false);
    expect(judge({ kind: 'directional', direction: 'down', minChange: 0 }, before, before, { expected: 'pos' }).pass).toBe(false);
    expect(judge({ kind: 'directional', label: 'neg', direction: 'up', minChange: 0 }, before, down, {}).pass).toBe(true);
    // A binary score is the probability of the positive label.
    expect(judge({ kind: 'directional', label: 'neg', direction: 'up', minChange: 0 }, { label: 'pos', score: 0.9 }, { label: 'pos', score: 0.7 }, { posLabel: 'pos' }).pass).toBe(true);
  });
  it('marks a perturbed answer right or wrong against the expected label only when the expectation keeps that label', () => {
    expect(keepsLabel({ kind: 'invariant' }, 'pos')).toBe(true);
    expect(keepsLabel({ kind: 'label' }, 'pos')).toBe(true);
    expect(keepsLabel({ kind: 'label', label: 'pos' }, 'pos')).toBe(true);
    expect(keepsLabel({ kind: 'label', label: 'neg' }, 'pos')).toBe(false);
    expect(keepsLabel({ kind: 'directional' }, 'pos')).toBe(false);
    expect(keepsLabel({ kind: 'custom' }, 'pos')).toBe(false);
    expect(keepsLabel({ kind: 'invariant' }, undefined)).toBe(false);
    const before = { label: 'pos', probabilities: { pos: 0.9, neg: 0.1 } };
    const flipped = { label: 'neg', probabilities: { pos: 0.1, neg: 0.9 } };
    // Negation rightly flips the label: the directional test passes, and the answer is not "wrong".
    const dir = judge({ kind: 'directional', direction: 'down', minChange: 0 }, before, flipped, { expected: 'pos' });
    expect(dir.pass).toBe(true);
    expect(dir).not.toHaveProperty('correct');
    expect(judge({ kind: 'custom', name: 'p.mjs', predicate: () => true }, before, flipped, { expected: 'pos' })).not.toHaveProperty('correct');
    // A fixed label other than the expected one: the perturbed text should get that label, not the original's.
    expect(judge({ kind: 'label', label: 'neg' }, before, flipped, { expected: 'pos' })).toEqual({ pass: true, reason: 'predicted neg' });
    expect(judge({ kind: 'label', label: 'pos' }, before, flipped, { expected: 'pos' })).toMatchObject({ pass: false, correct: false });
    expect(judge({ kind: 'invariant' }, before, flipped, { expected: 'pos' })).toMatchObject({ pass: false, correct: false });
  });
  it('custom predicates see both texts and answers', () => {
    const predicate = ({ original, perturbed, after }: { original: string; perturbed: string; after: { label?: unknown } }) => ({ pass: after.label === 'ok' || original === perturbed, reason: `saw ${perturbed}` });
    const v = judge({ kind: 'custom', name: 'p.mjs', predicate }, { label: 'ok' }, { label: 'no' }, { original: 'a', perturbed: 'b' });
    expect(v).toEqual({ pass: false, reason: 'saw b' });
  });
});

describe('searchEdit and fc.check', () => {
  it('property: the search tries the scripts fc.check would, and reports its run count, shrink count and counterexample path', async () => {
    // searchEdit draws the scripts with a synchronous fc.check, a chunk at a time from its path,
    // and hands only a failure to an async fc.check (from its path) to shrink; run on its own,
    // fc.check with the same seed must agree on every count and on the texts tried, in order.
    const words = ['quick', 'brown', 'lazy', 'bad', 'cat', 'dog'];
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1e6 }), fc.subarray(words, { minLength: 1, maxLength: 3 }), fc.integer({ min: 5, max: 300 }), async (seed, needed, numRuns) => {
        const pass = (t: string) => needed.some((w) => new RegExp(`\\b${w}\\b`).test(t));
        const asked: string[] = [];
        const out = await searchEdit(TEXT, typo, { strength: PRESETS.hard, numRuns, seed }, async (t) => {
          asked.push(t);
          return { pass: pass(t), reason: '' };
        });
        const sites = typo.sites(TEXT);
        const arb = editScript(sites, maxEditsFor(sites.length, PRESETS.hard));
        const tried = new Set<string>();
        const direct = fc.check(
          fc.property(arb, (script) => {
            const t = applyEdits(TEXT, sites, script).text;
            if (t !== TEXT) tried.add(t);
            return pass(t);
          }),
          { seed, numRuns },
        );
        expect(out.status).toBe(direct.failed ? 'fail' : 'pass');
        expect(asked).toEqual([...tried]);
        if (out.status === 'fail') {
          expect(out.runs).toBe(direct.numRuns);
          expect(out.shrinks).toBe(direct.numShrinks);
          expect(out.path).toBe(direct.counterexamplePath);
          expect(out.seed).toBe(direct.seed);
        } else if (out.status === 'pass') expect(out.runs).toBe(direct.numRuns);
      }),
      // The first: a failing script of two edits one of which fc.check shrinks away.
      { numRuns: 60, examples: [[19, ['bad'], 5]] },
    );
  });
});
