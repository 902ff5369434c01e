import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyEdits, perturbedText } from '../../src/perturb/applyEdits.js';
import type { AppliedEdit, Edit, Site } from '../../src/perturb/types.js';
import { editScript } from '../../src/perturb/editScript.js';
import { textDiff } from '../../src/perturb/textDiff.js';
import { PERTURBATION_KINDS, makePerturbation } from '../../src/perturb/catalog.js';
import { testLexicons } from './lexicons.js';

describe('applyEdits', () => {
  it('replaces site spans, right to left safe, and reports each applied edit', () => {
    const sites = [{ start: 0, end: 1, options: ['b'] }, { start: 2, end: 3, options: ['x', 'y'] }, { start: 3, end: 3, options: ['!'] }];
    const r = applyEdits('cat', sites, [[1, 1], [0, 0], [2, 0]]);
    expect(r.text).toBe('bay!');
    expect(r.applied).toEqual([{ start: 0, end: 1, from: 'c', to: 'b', start_cp: 0, end_cp: 1 }, { start: 2, end: 3, from: 't', to: 'y', start_cp: 2, end_cp: 3 }, { start: 3, end: 3, from: '', to: '!', start_cp: 3, end_cp: 3 }]);
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
  it('property: equals the definition (changing edits sorted by position, stable, overlaps dropped); perturbedText gives its text', () => {
    // The definition, written plainly: keep edits that change their span, sort them by (start, end)
    // keeping script order among equals, and apply each that does not overlap the previous one.
    const reference = (t: string, sites: readonly Site[], edits: readonly Edit[]) => {
      const chosen: AppliedEdit[] = [];
      for (const [s, o] of edits) {
        const site = sites[s % sites.length];
        const to = site.options[o % site.options.length];
        const from = t.slice(site.start, site.end);
        if (to !== from) chosen.push({ start: site.start, end: site.end, from, to, start_cp: [...t.slice(0, site.start)].length, end_cp: [...t.slice(0, site.end)].length });
      }
      chosen.sort((a, b) => a.start - b.start || a.end - b.end);
      const applied: AppliedEdit[] = [];
      let out = '';
      let at = 0;
      for (const e of chosen) {
        const last = applied[applied.length - 1];
        if (last && (e.start < last.end || (e.start === e.end && e.start === last.start))) continue;
        out += t.slice(at, e.start) + e.to;
        at = e.end;
        applied.push(e);
      }
      return { text: out + t.slice(at), applied };
    };
    const site = (len: number) =>
      fc.tuple(fc.nat({ max: len }), fc.nat({ max: 3 }), fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'x', ''), maxLength: 3 }), { minLength: 1, maxLength: 3 })).map(([start, w, options]) => ({ start, end: Math.min(len, start + w), options }));
    const input = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '😍'), maxLength: 12 }).chain((t) =>
      fc.tuple(fc.constant(t), fc.array(site(t.length), { minLength: 1, maxLength: 6 })).chain(([t2, sites]) => fc.tuple(fc.constant(t2), fc.constant(sites), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }))),
    );
    fc.assert(
      fc.property(input, ([t, sites, edits]) => {
        const want = reference(t, sites, edits as Edit[]);
        expect(applyEdits(t, sites, edits as Edit[])).toEqual(want);
        expect(perturbedText(t, sites, edits as Edit[])).toBe(want.text);
      }),
      { numRuns: 2000 },
    );
  });
  it('gives each edit UTF-16 offsets (start, end) and code-point offsets (start_cp, end_cp) into the original', () => {
    const text = '😍😍 gre at';
    const { applied } = applyEdits(text, [{ start: 5, end: 8, options: ['great'] }, { start: 9, end: 11, options: ['AT'] }], [[0, 0], [1, 0]]);
    expect(applied).toEqual([
      { start: 5, end: 8, from: 'gre', to: 'great', start_cp: 3, end_cp: 6 },
      { start: 9, end: 11, from: 'at', to: 'AT', start_cp: 7, end_cp: 9 },
    ]);
    // Python slices by code point: the code-point offsets find the same span there.
    for (const e of applied) expect([...text].slice(e.start_cp, e.end_cp).join('')).toBe(e.from);
  });
});
