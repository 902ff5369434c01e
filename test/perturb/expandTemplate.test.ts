import { describe, expect, it } from 'vitest';
import { RandomState } from '../../src/cv/randomState.js';
import { expandTemplate, templateKeys } from '../../src/perturb/expandTemplate.js';

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
});
