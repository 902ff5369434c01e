import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editScript } from '../../src/perturb/editScript.js';
import type { Edit, Site } from '../../src/perturb/types.js';

const sitesOf = (n: number, maxOptions: number): Site[] => Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, options: Array.from({ length: 1 + (i % maxOptions) }, (_, k) => `o${k}`) }));

describe('editScript', () => {
  it('property: 1 to maxEdits edits at distinct sites, each option one of its site', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 50 }), fc.nat(), (n, maxOptions, maxEdits, seed) => {
        const sites = sitesOf(n, maxOptions);
        const arb = editScript(sites, maxEdits);
        for (const script of fc.sample(arb, { seed, numRuns: 20 })) {
          expect(script.length).toBeGreaterThanOrEqual(1);
          expect(script.length).toBeLessThanOrEqual(Math.min(maxEdits, n));
          expect(new Set(script.map((e) => e[0])).size).toBe(script.length);
          for (const [s, o] of script) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThan(n);
            expect(o).toBeGreaterThanOrEqual(0);
            expect(o).toBeLessThan(sites[s].options.length);
          }
          expect(arb.canShrinkWithoutContext(script)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('draws every site and every option, and every length up to maxEdits', () => {
    const sites = sitesOf(6, 3);
    const scripts = fc.sample(editScript(sites, 6), { seed: 7, numRuns: 2000 });
    const pairs = new Set(scripts.flat().map(([s, o]) => `${s}:${o}`));
    expect(pairs.size).toBe(sites.reduce((a, s) => a + s.options.length, 0));
    expect(new Set(scripts.map((s) => s.length))).toEqual(new Set([1, 2, 3, 4, 5, 6]));
  });

  it('shrinks only by dropping edits: halves first, then each edit alone; a single edit does not shrink', () => {
    const arb = editScript(sitesOf(10, 2), 10);
    const script: Edit[] = [[3, 0], [1, 1], [7, 0], [5, 1], [0, 0]];
    const shrunk = [...arb.shrink(script, undefined)].map((v) => v.value);
    expect(shrunk).toEqual([
      [[7, 0], [5, 1], [0, 0]],
      [[3, 0], [1, 1]],
      [[1, 1], [7, 0], [5, 1], [0, 0]],
      [[3, 0], [7, 0], [5, 1], [0, 0]],
      [[3, 0], [1, 1], [5, 1], [0, 0]],
      [[3, 0], [1, 1], [7, 0], [0, 0]],
      [[3, 0], [1, 1], [7, 0], [5, 1]],
    ]);
    expect([...arb.shrink([[2, 0]], undefined)]).toEqual([]);
  });

  it('refuses values it could not have drawn', () => {
    const arb = editScript(sitesOf(4, 2), 3);
    for (const bad of [[], [[0, 0], [0, 1]], [[4, 0]], [[1, 2]], [[0, 0], [1, 0], [2, 0], [3, 0]], [[0.5, 0]], 'x', [[0]]]) expect(arb.canShrinkWithoutContext(bad)).toBe(false);
  });

  it('property: fast-check shrinks a failing script to a 1-minimal one', () => {
    // Fails while the script touches at least two of the sites in `needed`.
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat({ max: 29 }), { minLength: 2, maxLength: 6 }), fc.nat(), (needed, seed) => {
        const fails = (s: readonly Edit[]) => s.filter((e) => needed.includes(e[0])).length >= 2;
        const out = fc.check(fc.property(editScript(sitesOf(30, 2), 20), (s) => !fails(s)), { seed, numRuns: 200 });
        if (!out.failed || !out.counterexample) return;
        const [min] = out.counterexample;
        expect(fails(min)).toBe(true);
        for (let i = 0; i < min.length; i++) expect(fails(min.filter((_, k) => k !== i))).toBe(false);
        expect(min).toHaveLength(2);
      }),
      { numRuns: 100 },
    );
  });
});
