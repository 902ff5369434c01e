import { describe, expect, it } from 'vitest';
import { applyEdits } from '../../src/perturb/applyEdits.js';
import { PERTURBATION_KINDS, makePerturbation, type PerturbationKind } from '../../src/perturb/catalog.js';
import { keyboardNeighbours } from '../../src/perturb/keyboard.js';
import { maxEditsFor, PRESETS } from '../../src/perturb/presets.js';
import { previewEdits } from '../../src/perturb/previewEdits.js';
import { testLexicons } from './lexicons.js';

/** Every single-edit variant of a text under a kind. */
function variants(kind: PerturbationKind, text: string): string[] {
  const p = makePerturbation(kind, testLexicons);
  const sites = p.sites(text);
  return sites.flatMap((s, i) => s.options.map((_, o) => applyEdits(text, sites, [[i, o]]).text)).filter((v) => v !== text);
}

describe('perturbation kinds', () => {
  it('keyboard neighbours are QWERTY neighbours with the case kept, letters only', () => {
    expect(keyboardNeighbours('a')).toEqual(['q', 'w', 's', 'z']);
    expect(keyboardNeighbours('G')).toEqual(['T', 'Y', 'F', 'H', 'V', 'B']);
    expect(keyboardNeighbours('é')).toEqual([]);
  });
  it('characters', () => {
    expect(variants('typo', 'ab')).toEqual(['qb', 'wb', 'sb', 'zb', 'ag', 'ah', 'av', 'an']);
    expect(variants('swap', 'abc')).toEqual(['bac', 'acb']);
    expect(variants('delete', 'a1!')).toEqual(['1!', 'a!']);
    expect(variants('insert', 'a')).toEqual(['aa', 'aq', 'aw', 'as', 'az']);
    expect(variants('ocr', 'rn 0')).toContain('m 0');
    expect(variants('ocr', 'rn 0')).toContain('rn O');
  });
  it('case, whitespace, punctuation', () => {
    expect(variants('lower', 'Hello World')).toEqual(['hello World', 'Hello world']);
    expect(variants('upper', 'Hi')).toEqual(['HI']);
    expect(variants('title', 'hi there')).toEqual(['Hi there', 'hi There']);
    expect(variants('random-case', 'aB')).toEqual(['AB', 'ab']);
    expect(variants('whitespace', 'a b')).toContain('a\tb');
    expect(variants('whitespace', 'a b')).toContain('a b\n');
    expect(variants('punctuation', 'Yes, fine.')).toEqual(['Yes fine.', 'Yes, fine', 'Yes, fine!', 'Yes, fine?', 'Yes, fine!!!']);
    expect(variants('punctuation', 'ok then')).toEqual(['ok, then', 'ok then.', 'ok then!', 'ok then?']);
  });
  it('unicode', () => {
    expect(variants('homoglyph', 'ae')).toEqual(['аe', 'ɑe', 'aе']);
    expect(variants('zero-width', 'ab')).toHaveLength(5);
    expect(variants('zero-width', 'ab').every((v) => v.length === 3 && v[0] === 'a' && v[2] === 'b')).toBe(true);
    expect(variants('accents', 'café')).toEqual(['cafe']);
    expect(variants('accents', 'cafe')).toEqual([]);
  });
  it('words', () => {
    expect(variants('contraction', 'I do not know')).toEqual(["I don't know"]);
    expect(variants('contraction', 'It is not')).toEqual(["It isn't"]);
    expect(variants('expansion', "Don't go")).toEqual(['Do not go']);
    expect(variants('expansion', "I can't")).toEqual(['I can not', 'I cannot']);
    expect(variants('filler', 'a b')[0]).toBe('a uhm b');
    expect(variants('word-drop', 'a b c')).toEqual(['b c', 'a c', 'a b ']);
    expect(variants('word-drop', 'alone')).toEqual([]);
    expect(variants('misspelling', 'Receive it')).toEqual(['Recieve it', 'Receve it']);
  });
  it('entities and demographics', () => {
    expect(variants('name', 'Ask Mary.')).toEqual(['Ask Anna.', 'Ask Sarah.']);
    expect(variants('name-gender', 'Ask Mary.')).toEqual(['Ask John.', 'Ask Mark.', 'Ask Peter.']);
    expect(variants('name', 'ask mary')).toEqual([]);
    expect(variants('location', 'From New Zealand to Lima')).toEqual(['From France to Lima', 'From Peru to Lima', 'From New Zealand to Paris']);
    const nums = variants('number', 'It costs 50 dollars');
    expect(nums.length).toBeGreaterThan(5);
    for (const v of nums) {
      const n = Number(/\d+/.exec(v)![0]);
      expect(n).toBeGreaterThanOrEqual(40);
      expect(n).toBeLessThanOrEqual(60);
      expect(n).not.toBe(50);
    }
    expect(variants('number', 'It is 2.5 kg')).toEqual(expect.arrayContaining(['It is 2.0 kg', 'It is 3.0 kg']));
    expect(variants('number', 'only 1 left')).toEqual([]);
    expect(variants('gender', 'He thanked his Father')).toEqual(['She thanked his Father', 'He thanked her Father', 'He thanked hers Father', 'He thanked his Mother']);
  });
  it('negation insertion and removal', () => {
    expect(variants('negation', 'I love it')).toEqual(['I do not love it', "I don't love it"]);
    expect(variants('negation', 'She likes it')).toEqual(['She does not like it', "She doesn't like it"]);
    expect(variants('negation', 'It is good')).toEqual(['It is not good', "It isn't good"]);
    expect(variants('negation', 'It is not good')).toEqual([]);
    expect(variants('negation-removal', 'It is not good')).toEqual(['It is good']);
    expect(variants('negation-removal', "I don't like it")).toEqual(['I do like it']);
    expect(variants('negation-removal', "It won't work")).toEqual(['It will work']);
  });
  it('texts with no letter or digit (empty, whitespace, emoji) are not applicable to any kind', () => {
    for (const kind of PERTURBATION_KINDS) {
      for (const t of ['', '   \n\t', '😀🎉', '...']) expect(makePerturbation(kind, testLexicons).sites(t)).toEqual([]);
    }
  });
  it('presets bound the edits of one script', () => {
    expect(maxEditsFor(0, PRESETS.hard)).toBe(0);
    expect(maxEditsFor(5, PRESETS.mild)).toBe(1);
    expect(maxEditsFor(10, PRESETS.medium)).toBe(3);
    expect(maxEditsFor(1000, PRESETS.medium)).toBe(8);
    expect(maxEditsFor(2, PRESETS.hard)).toBe(1);
    // A rate of 0 allows no edit; any rate above 0 allows at least one.
    expect(maxEditsFor(50, { rate: 0, maxEdits: 8 })).toBe(0);
    expect(maxEditsFor(50, { rate: 0.001, maxEdits: 8 })).toBe(1);
    expect(previewEdits('hello world', makePerturbation('typo', testLexicons), { rate: 0, maxEdits: 8 }, 5, 1)).toEqual([]);
  });
});
