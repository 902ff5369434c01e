import { deleteSites, insertSites, ocrSites, swapSites, typoSites } from './characters.js';
import { caseSites, lowerSites, randomCaseSites, titleSites, upperSites } from './casing.js';
import { locationSites, nameSites, numberSites } from './entities.js';
import { genderSites } from './gender.js';
import { negationRemovalSites, negationSites } from './negation.js';
import { punctuationSites, whitespaceSites } from './spacing.js';
import type { Lexicons, Perturbation, Site } from './types.js';
import { accentSites, homoglyphSites, zeroWidthSites } from './unicodeEdits.js';
import { contractionSites, expansionSites, fillerSites, misspellingSites, wordDropSites } from './wordEdits.js';
import { hasContent } from './words.js';

interface KindEntry {
  family: 'characters' | 'case' | 'whitespace' | 'punctuation' | 'unicode' | 'words' | 'entities' | 'negation';
  description: string;
  /** The lexicons it reads, if any. */
  needs?: (keyof Lexicons)[];
  sites: (text: string, lexicons: Lexicons) => Site[];
}

const KINDS = {
  typo: { family: 'characters', description: 'keyboard typos: a letter becomes a QWERTY neighbour, case kept', sites: typoSites },
  swap: { family: 'characters', description: 'two adjacent letters trade places', sites: swapSites },
  delete: { family: 'characters', description: 'a letter or digit is deleted', sites: deleteSites },
  insert: { family: 'characters', description: 'a letter is doubled or a neighbouring key slips in', sites: insertSites },
  ocr: { family: 'characters', description: 'OCR confusions: 0/O, 1/l, rn/m, cl/d...', sites: ocrSites },
  lower: { family: 'case', description: 'words lowercased', sites: lowerSites },
  upper: { family: 'case', description: 'words uppercased', sites: upperSites },
  title: { family: 'case', description: 'words capitalised', sites: titleSites },
  case: { family: 'case', description: 'words lowercased, uppercased or capitalised', sites: caseSites },
  'random-case': { family: 'case', description: 'letters flip case at random', sites: randomCaseSites },
  whitespace: { family: 'whitespace', description: 'extra spaces, tabs and line breaks', sites: whitespaceSites },
  punctuation: { family: 'punctuation', description: 'marks stripped, commas added, the final mark changed', sites: punctuationSites },
  homoglyph: { family: 'unicode', description: 'letters replaced by look-alikes from other scripts', needs: ['homoglyphs'], sites: (t, l) => homoglyphSites(t, l.homoglyphs) },
  'zero-width': { family: 'unicode', description: 'invisible zero-width characters inside words', sites: zeroWidthSites },
  accents: { family: 'unicode', description: 'accents stripped (é → e)', sites: accentSites },
  contraction: { family: 'words', description: 'expansions contracted (do not → don\'t)', needs: ['contractions'], sites: (t, l) => contractionSites(t, l.contractions) },
  expansion: { family: 'words', description: 'contractions expanded (don\'t → do not)', needs: ['contractions'], sites: (t, l) => expansionSites(t, l.contractions) },
  filler: { family: 'words', description: 'filler words inserted (uhm, like, I think)', sites: fillerSites },
  'word-drop': { family: 'words', description: 'a word is dropped', sites: wordDropSites },
  misspelling: { family: 'words', description: 'words replaced by their common misspellings', needs: ['misspellings'], sites: (t, l) => misspellingSites(t, l.misspellings) },
  name: { family: 'entities', description: 'person names swapped within their gender list', needs: ['femaleNames', 'maleNames'], sites: (t, l) => nameSites(t, l, false) },
  'name-gender': { family: 'entities', description: 'person names swapped across gender lists', needs: ['femaleNames', 'maleNames'], sites: (t, l) => nameSites(t, l, true) },
  location: { family: 'entities', description: 'countries, US states and capitals swapped within their kind', needs: ['locations'], sites: (t, l) => locationSites(t, l.locations) },
  number: { family: 'entities', description: 'numbers moved within ±20 %', sites: numberSites },
  gender: { family: 'entities', description: 'gendered terms and pronouns swapped (he → she, his car → her car, her → him, father → mother)', sites: genderSites },
  negation: { family: 'negation', description: 'negation inserted (is → is not, I love → I don\'t love, they loved → they didn\'t love)', sites: negationSites },
  'negation-removal': { family: 'negation', description: 'negation removed (not, never, n\'t; didn\'t love → loved)', sites: negationRemovalSites },
} satisfies Record<string, KindEntry>;

/** Every perturbation kind a suite may name. */
export type PerturbationKind = keyof typeof KINDS;
export const PERTURBATION_KINDS = Object.keys(KINDS) as PerturbationKind[];

/** The lexicons a kind reads (empty for most). */
export function lexiconsNeeded(kind: PerturbationKind): readonly (keyof Lexicons)[] {
  return (KINDS[kind] as KindEntry).needs ?? [];
}

/** A kind's family and one-line description. */
export function describeKind(kind: PerturbationKind): { family: string; description: string } {
  const k = KINDS[kind] as KindEntry;
  return { family: k.family, description: k.description };
}

/**
 * Makes the perturbation of a kind, named `name` (default: the kind). Texts without a letter or a
 * digit (empty, whitespace, emoji only) have no site for any kind: they are not applicable.
 * Throws for an unknown kind.
 * @example makePerturbation('typo', lexicons).sites('ab').length // 2
 */
export function makePerturbation(kind: PerturbationKind, lexicons: Lexicons, name: string = kind): Perturbation {
  const entry = KINDS[kind] as KindEntry | undefined;
  if (!entry) throw new Error(`unknown perturbation '${String(kind)}'`);
  return {
    name,
    kind,
    description: entry.description,
    sites: (text: string) => (hasContent(text) ? entry.sites(text, lexicons) : []),
  };
}
