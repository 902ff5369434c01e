import type { Site } from './types.js';
import { matchCase, wordSpans, type WordSpan } from './words.js';

/**
 * Gendered terms and pronouns and their counterparts, swapped both ways. `his`, `her`, `hers` and
 * `him` are not listed: which of them a swap needs depends on the words around (see genderSites).
 */
export const GENDER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['he', 'she'], ['himself', 'herself'], ['man', 'woman'], ['men', 'women'],
  ['boy', 'girl'], ['boys', 'girls'], ['father', 'mother'], ['fathers', 'mothers'], ['dad', 'mom'], ['son', 'daughter'],
  ['sons', 'daughters'], ['brother', 'sister'], ['brothers', 'sisters'], ['husband', 'wife'], ['husbands', 'wives'],
  ['boyfriend', 'girlfriend'], ['king', 'queen'], ['prince', 'princess'], ['mr', 'ms'], ['sir', 'madam'],
  ['gentleman', 'lady'], ['gentlemen', 'ladies'], ['uncle', 'aunt'], ['nephew', 'niece'], ['grandfather', 'grandmother'],
  ['grandson', 'granddaughter'], ['male', 'female'], ['males', 'females'], ['guy', 'gal'], ['actor', 'actress'],
  ['waiter', 'waitress'], ['boyhood', 'girlhood'], ['masculine', 'feminine'], ['fiance', 'fiancee'], ['groom', 'bride'],
];

const GENDER_SWAPS: ReadonlyMap<string, string> = new Map([
  ...GENDER_PAIRS.flatMap(([a, b]) => [[a, b], [b, a]] as [string, string][]),
  ['him', 'her'],
  ['hers', 'his'],
]);

const words = (s: string) => new Set(s.split(' '));
/** Words that cannot head the noun phrase a determiner opens: after them `her` is an object, `his` stands alone. */
const FUNCTION_WORDS = words(
  'about above across after against along among around as at before behind below beneath beside besides between beyond by despite down during ' +
    'except for from in inside into like near of off on onto out outside over past since through throughout till to toward towards under ' +
    'underneath until up upon via with within without and or but nor yet because if when while although though that than unless whether where ' +
    'whereas a an the this these those my your his her its our their some any no every each all both either neither something anything nothing ' +
    'everything someone anyone everyone nobody it them me him us you i we they he she is are was were be been being am do does did has have had ' +
    'will would can could should may might must shall now then here there today tonight yesterday tomorrow again too also once twice soon later ' +
    'already anymore enough much well alone not never ever always just even still back away together instead apart often',
);
/** Words that may sit between a determiner and its noun (`her very best friend`) or end a clause (`I love her very much`). */
const INTENSIFIERS = words('very so really quite rather pretty more most less least');
/** Words ending in -ly that are nouns, not adverbs (`her family`). */
const LY_NOUNS = words('family families belly ally allies lily bully jelly rally reply replies supply supplies assembly butterfly folly holly monopoly anomaly');
/** Verbs taking an object and a bare verb (`let her go`, `made her cry`). */
const CAUSATIVES = words('let lets letting make makes made making help helps helped helping watch watched watches see saw sees seeing hear heard hears feel felt feels bid');
const BARE_VERBS = words('go come cry leave know laugh smile be do feel think stay sleep get take see say speak talk walk win try fall stop wait decide understand sit stand finish have make want eat drink sing dance work play listen move change');

const lower = (w: WordSpan | undefined) => w?.text.toLowerCase();
const adjacent = (text: string, a: WordSpan, b: WordSpan | undefined) => b !== undefined && /^[^\S\n]+$/u.test(text.slice(a.end, b.start));
const isAdverbLike = (w: string) => INTENSIFIERS.has(w) || (w.length > 4 && w.endsWith('ly') && !LY_NOUNS.has(w));

/**
 * Whether the pronoun at `i` is a determiner: the next word, in the same clause, could be a noun or
 * an adjective (`her car`, `his old car`, `her very best friend`), not a preposition, conjunction,
 * pronoun, auxiliary or clause-ending adverb (`gave her the book`, `saw her yesterday`, `the book
 * is his.`), nor a bare verb after a causative (`let her go`).
 */
function isDeterminer(text: string, ws: WordSpan[], i: number): boolean {
  const next = ws[i + 1];
  if (!adjacent(text, ws[i], next)) return false;
  const n = lower(next)!;
  if (FUNCTION_WORDS.has(n)) return false;
  if (CAUSATIVES.has(lower(ws[i - 1]) ?? '') && BARE_VERBS.has(n)) return false;
  if (isAdverbLike(n)) return adjacent(text, next, ws[i + 2]) && !FUNCTION_WORDS.has(lower(ws[i + 2])!);
  return true;
}

/**
 * Gendered terms and pronouns swapped for their counterparts, case kept (HELM's gender
 * perturbation), one option each so the swap is grammatical: `his` → `her` before a noun phrase
 * (`his father` → `her father`) and `hers` standing alone (`the book is his.` → `... hers.`);
 * `her` → `his` before a noun phrase (`her car` → `his car`) and `him` as an object (`I saw her.`,
 * `gave her the book`, `let her go` → `him`); `hers` → `his`; `him` → `her`.
 * @example genderSites('He saw her car').map((s) => s.options) // [['She'], ['his']]
 */
export function genderSites(text: string): Site[] {
  const ws = wordSpans(text);
  const out: Site[] = [];
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const l = w.text.toLowerCase();
    const swap = l === 'his' ? (isDeterminer(text, ws, i) ? 'her' : 'hers') : l === 'her' ? (isDeterminer(text, ws, i) ? 'his' : 'him') : GENDER_SWAPS.get(l);
    if (swap) out.push({ start: w.start, end: w.end, options: [matchCase(w.text, swap)] });
  }
  return out;
}
