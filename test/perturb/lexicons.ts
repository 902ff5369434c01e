import type { Lexicons } from '../../src/perturb/types.js';

/** Small word lists for tests that must not depend on the packages' contents. */
export const testLexicons: Lexicons = {
  femaleNames: ['Anna', 'Mary', 'Sarah'],
  maleNames: ['John', 'Mark', 'Peter'],
  locations: { country: ['France', 'New Zealand', 'Peru'], capital: ['Lima', 'Paris'] },
  misspellings: new Map([['receive', ['recieve', 'receve']]]),
  contractions: new Map([["don't", ['do not']], ["isn't", ['is not']], ["can't", ['can not', 'cannot']]]),
  homoglyphs: new Map([['a', ['а', 'ɑ']], ['o', ['о']], ['e', ['е']]]),
};
