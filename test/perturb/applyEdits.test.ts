import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { editScript } from '../../src/perturb/editScript.js';
import { textDiff } from '../../src/perturb/textDiff.js';
import { PERTURBATION_KINDS, makePerturbation } from '../../src/perturb/catalog.js';
import { testLexicons } from './lexicons.js';

describe('applyEdits', () => {
  it('replaces site spans, right to left safe, and reports each applied edit', () => {
    const sites = [{ start: 0, end: 1, options: ['b'] }, { start: 2, end: 3, options: ['x', 'y'] }, { start: 3, end: 3, options: ['!'] }];
    const r = applyEdits('cat', sites, [[1, 1], [0, 0], [2, 0]]);
    expect(r.text).toBe('bay!');
    expect(r.applied).toEqual([{ start: 0, end: 1, from: 'c', to: 'b' }, { start: 2, end: 3, from: 't', to: 'y' }, { start: 3, end: 3, from: '', to: '!' }]);
  });
  it('skips edits that change nothing or overlap an applied one', () => {
    const sites = [{ start: 0, end: 2, options: ['ba'] }, { start: 1, end: 3, options: ['XX'] }, { start: 0, end: 1, options: ['a'] }];
    const r = applyEdits('abc', sites, [[0, 0], [1, 0], [2, 0]]);
    expect(r.text).toBe('bac');
    expect(r.applied).toHaveLength(1);
  });
  it('property: for every kind, the diff of the applied edits rebuilds both texts, and removing all edits gives the original', () => {
    const text = fc.string({ unit: fc.constantFrom(...'ab cdeO0 1lrnm, Anna went to Paris. He is 40! don\'t receive'.split('')), maxLength: 60 });
    fc.assert(
      fc.property(text, fc.constantFrom(...PERTURBATION_KINDS), fc.nat(), (t, kind, seed) => {
        const p = makePerturbation(kind, testLexicons);
        const sites = p.sites(t);
        for (const s of sites) {
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(s.options.length).toBeGreaterThan(0);
        }
        if (sites.length === 0) return;
        const [script] = fc.sample(editScript(sites, 5), { seed, numRuns: 1 });
        const { text: out, applied } = applyEdits(t, sites, script);
        const diff = textDiff(t, applied);
        expect(diff.filter((d) => d.kind !== 'added').map((d) => d.text).join('')).toBe(t);
        expect(diff.filter((d) => d.kind !== 'removed').map((d) => d.text).join('')).toBe(out);
        expect(applied.length).toBeLessThanOrEqual(script.length);
        expect(applyEdits(t, sites, []).text).toBe(t);
      }),
      { numRuns: 300 },
    );
  });
});
