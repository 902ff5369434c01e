import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { expandTemplate, TEMPLATE_CASE_LIMIT, templateCombinations, templateKeys } from '../../src/perturb/expandTemplate.js';

describe('expandTemplate', () => {
  const lex = { v: ['love', 'hate'], t: ['food', 'staff', 'view'] };
  it('expands every combination in enumeration order', () => {
    expect(expandTemplate('I {v} the {t}.', lex)).toEqual([
      'I love the food.', 'I love the staff.', 'I love the view.', 'I hate the food.', 'I hate the staff.', 'I hate the view.',
    ]);
    expect(expandTemplate('{v} {v}', { v: ['a', 'b'] })).toEqual(['a a', 'a b', 'b a', 'b b']);
    expect(expandTemplate('no placeholder', lex)).toEqual(['no placeholder']);
  });
  it('samples distinct cases with a seed, in enumeration order, reproducibly', () => {
    const a = expandTemplate('I {v} the {t}.', lex, { sample: 3, rng: new RandomState(5) });
    expect(a).toHaveLength(3);
    expect(new Set(a).size).toBe(3);
    expect(expandTemplate('I {v} the {t}.', lex, { sample: 3, rng: new RandomState(5) })).toEqual(a);
    const all = expandTemplate('I {v} the {t}.', lex);
    expect(a.map((x) => all.indexOf(x))).toEqual([...a.map((x) => all.indexOf(x))].sort((x, y) => x - y));
    expect(expandTemplate('I {v} the {t}.', lex, { sample: 100, rng: new RandomState(5) })).toEqual(all);
  });
  it('names the missing lexicon key', () => {
    expect(() => expandTemplate('I {verb} it', lex)).toThrow('uses {verb}, which the lexicon does not define');
    expect(templateKeys('I {v} {t} {v}')).toEqual(['v', 't']);
  });

  const words = (k: string, n: number) => Array.from({ length: n }, (_, i) => `${k}${i}`);
  it('counts combinations exactly, however many', () => {
    expect(templateCombinations('{v} the {t}, {v}', lex)).toEqual({ total: 12n, sizes: [2, 3, 2] });
    expect(templateCombinations('none', lex)).toEqual({ total: 1n, sizes: [] });
    expect(templateCombinations('{nope}', lex)).toBeUndefined();
    const big = Object.fromEntries('abcdefghijklmnopqrst'.split('').map((k) => [k, words(k, 50)]));
    expect(templateCombinations('{a}{b}{c}{d}{e}{f}{g}{h}{i}{j}{k}{l}{m}{n}{o}{p}{q}{r}{s}{t}', big)!.total).toBe(50n ** 20n);
  });
  it('refuses to list more than TEMPLATE_CASE_LIMIT cases', () => {
    const six = Object.fromEntries('abcdef'.split('').map((k) => [k, words(k, 50)]));
    expect(() => expandTemplate('{a} {b} {c} {d} {e} {f}', six)).toThrow(RangeError);
    expect(() => expandTemplate('{a} {b} {c} {d} {e} {f}', six, { sample: TEMPLATE_CASE_LIMIT + 1, rng: new RandomState(1) })).toThrow(RangeError);
    expect(expandTemplate('{a} {b}', { a: words('a', 100), b: words('b', 1000) })).toHaveLength(TEMPLATE_CASE_LIMIT);
    expect(() => expandTemplate('{a} {b}', { a: words('a', 101), b: words('b', 1000) })).toThrow(RangeError);
  });
  it('samples a huge product by index without listing it: 50^6 and 50^20 combinations', () => {
    const lexicon = Object.fromEntries('abcdefghijklmnopqrst'.split('').map((k) => [k, words(k, 50)]));
    for (const template of ['{a} {b} {c} {d} {e} {f}', '{a} {b} {c} {d} {e} {f} {g} {h} {i} {j} {k} {l} {m} {n} {o} {p} {q} {r} {s} {t}']) {
      const a = expandTemplate(template, lexicon, { sample: 200, rng: new RandomState(3) });
      expect(a).toHaveLength(200);
      expect(new Set(a).size).toBe(200);
      expect(expandTemplate(template, lexicon, { sample: 200, rng: new RandomState(3) })).toEqual(a);
      expect(expandTemplate(template, lexicon, { sample: 200, rng: new RandomState(4) })).not.toEqual(a);
      const keys = templateKeys(template);
      const choices = (x: string) => x.split(' ').map((w, k) => Number(w.slice(keys[k].length)));
      for (const x of a) expect(choices(x).every((c) => c >= 0 && c < 50)).toBe(true);
      // In enumeration order: lexicographic in the choices.
      const sorted = [...a].sort((x, y) => {
        const [p, q] = [choices(x), choices(y)];
        const k = p.findIndex((c, i) => c !== q[i]);
        return k < 0 ? 0 : p[k] - q[k];
      });
      expect(a).toEqual(sorted);
      // Every placeholder's choice is spread over its words (not stuck on a few, as a rounded index would be).
      expect(new Set(a.map((x) => choices(x).at(-1))).size).toBeGreaterThan(40);
    }
  });
});

