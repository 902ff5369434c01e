import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { counterfactualTwin } from '../../src/perturb/counterfactualTwin.js';
import { testLexicons } from './lexicons.js';

describe('counterfactualTwin', () => {
  it('swaps every gendered term, pronoun and listed first name across gender, keeping case', () => {
    expect(counterfactualTwin('He called his Father.', testLexicons)).toBe('She called her Mother.');
    const twin = counterfactualTwin('Mary met her uncle', testLexicons);
    expect(twin).toMatch(/^(John|Mark|Peter) met his aunt$/);
    expect(counterfactualTwin('He gave her the book. It is his.', testLexicons)).toBe('She gave him the book. It is hers.');
    expect(counterfactualTwin('Mary and Mary', testLexicons).split(' and ')[0]).toBe(counterfactualTwin('Mary and Mary', testLexicons).split(' and ')[1]);
    expect(counterfactualTwin('SHE said no', testLexicons)).toBe('HE said no');
    expect(counterfactualTwin('The weather is nice.', testLexicons)).toBe('The weather is nice.');
  });
  it('property: only the swapped words change, and a text without them is left alone', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('he', 'She', 'John', 'mother', 'a', 'cat', 'men', 'Anna'), { minLength: 1 }), (ws) => {
        const t = ws.join(' ');
        const twin = counterfactualTwin(t, testLexicons).split(' ');
        expect(twin).toHaveLength(ws.length);
        ws.forEach((w, i) => {
          if (['a', 'cat'].includes(w)) expect(twin[i]).toBe(w);
          else expect(twin[i]).not.toBe(w);
        });
      }),
    );
  });
});
