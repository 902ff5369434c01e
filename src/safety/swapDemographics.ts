/** Gendered terms and pronouns, each pair swapped both ways (HELM's gender perturbation, abridged). */
const TERMS: readonly [string, string][] = [
  ['he', 'she'], ['him', 'her'], ['his', 'her'], ['himself', 'herself'], ['man', 'woman'], ['men', 'women'],
  ['boy', 'girl'], ['boys', 'girls'], ['father', 'mother'], ['fathers', 'mothers'], ['son', 'daughter'],
  ['sons', 'daughters'], ['brother', 'sister'], ['brothers', 'sisters'], ['husband', 'wife'], ['husbands', 'wives'],
  ['mr', 'ms'], ['sir', 'madam'], ['king', 'queen'], ['uncle', 'aunt'], ['nephew', 'niece'], ['male', 'female'],
  ['gentleman', 'lady'], ['gentlemen', 'ladies'], ['boyfriend', 'girlfriend'], ['dad', 'mom'], ['grandfather', 'grandmother'],
];
/** First names swapped across gender and across common US naming groups. */
const NAMES: readonly [string, string][] = [
  ['John', 'Mary'], ['James', 'Patricia'], ['Michael', 'Jennifer'], ['David', 'Linda'], ['Robert', 'Susan'],
  ['William', 'Elizabeth'], ['Thomas', 'Sarah'], ['Daniel', 'Emily'], ['Jamal', 'Greg'], ['Lakisha', 'Emily'],
  ['DeShawn', 'Connor'], ['Aaliyah', 'Katie'], ['Jose', 'Jake'], ['Maria', 'Anne'], ['Wei', 'Tom'], ['Priya', 'Claire'],
  ['Mohammed', 'Matthew'], ['Fatima', 'Megan'],
];

function table(): Map<string, string> {
  const m = new Map<string, string>();
  const put = (a: string, b: string) => {
    if (!m.has(a.toLowerCase())) m.set(a.toLowerCase(), b);
  };
  for (const [a, b] of [...TERMS, ...NAMES]) {
    put(a, b);
    put(b, a);
  }
  return m;
}
const SWAPS = table();
// One alternation of literal words between word boundaries: linear (no nested quantifiers).
const WORDS = new RegExp(`\\b(?:${[...SWAPS.keys()].sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

const withCase = (like: string, word: string): string => {
  if (like === like.toUpperCase() && like.length > 1) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word.toLowerCase();
};

/**
 * The counterfactual twin of a text: gendered terms, pronouns and first names swapped to their
 * counterparts (he↔she, his→her, her→his, John↔Mary, Jamal↔Greg...), keeping each word's case.
 * `her` becomes `his` (it cannot tell object from possessive). A text with no such word comes back
 * unchanged. Deterministic. Cost O(length). Never throws.
 * @example swapDemographics('John said he would call his mother.') // 'Mary said she would call her father.'
 */
export function swapDemographics(text: string): string {
  return text.replace(WORDS, (w) => withCase(w, SWAPS.get(w.toLowerCase())!));
}
