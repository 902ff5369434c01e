/**
 * English verb forms by simple spelling rules, for negation (`loved` → `didn't love`, `loves` →
 * `doesn't love`) and its removal (`didn't love` → `loved`). Each function answers only where its
 * rules are sure and returns `undefined` otherwise, so callers skip a word rather than write
 * `don't loved`. A form is accepted only if the rules give it back from its base, so insertion and
 * removal stay inverse.
 */

/** Irregular simple pasts of common verbs → base (past participles such as `gone` are not pasts). */
const IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  ('went go saw see ate eat thought think took take made make got get gave give came come knew know felt feel ' +
    'found find told tell said say left leave kept keep bought buy brought bring sat sit stood stand ran run ' +
    'wrote write began begin drove drive spoke speak broke break chose choose forgot forget became become ' +
    'drank drink sang sing swam swim wore wear tore tear flew fly grew grow threw throw drew draw fell fall ' +
    'held hold understood understand slept sleep taught teach caught catch fought fight sold sell meant mean ' +
    'led lead fed feed met meet sent send spent spend built build lost lose paid pay won win heard hear ' +
    'laid lay hung hang struck strike stole steal rode ride rose rise woke wake froze freeze hid hide bit bite ' +
    'shook shake sought seek swore swear blew blow dug dig stuck stick lent lend bent bend dealt deal fled flee ' +
    'bled bleed bred breed sped speed slid slide spun spin sank sink shone shine shot shoot wept weep swept sweep ' +
    'knelt kneel leapt leap lit light overcame overcome forgave forgive withdrew withdraw mistook mistake ' +
    'undertook undertake misunderstood misunderstand did do had have')
    .split(' ')
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [w, all[i + 1]]] : pairs), []),
);
const IRREGULAR_BASE: ReadonlyMap<string, string> = new Map([...IRREGULAR_PAST].map(([past, base]) => [base, past]));

/** Verbs whose past is their base (`put`, `cut`): past only when a third-person subject lacks the -s. */
export const UNCHANGED_PAST: ReadonlySet<string> = new Set('put cut hit set let read hurt cost quit shut spread bet beat burst cast shed'.split(' '));

/** -ed pasts whose base the endings below would get wrong, each checked by hand. */
const PAST_EXCEPTIONS: ReadonlyMap<string, string> = new Map(
  ('agreed agree disagreed disagree freed free guaranteed guarantee decreed decree refereed referee ' +
    'created create recreated recreate tasted taste wasted waste pasted paste guided guide eyed eye dyed dye skied ski ' +
    'invited invite excited excite united unite reunited reunite ignited ignite recited recite incited incite ' +
    'completed complete deleted delete competed compete depleted deplete welcomed welcome ' +
    'ignored ignore explored explore adored adore restored restore implored implore deplored deplore scored score ' +
    'honored honor colored color favored favor labored labor flavored flavor harbored harbor monitored monitor ' +
    'sponsored sponsor censored censor tailored tailor anchored anchor authored author mentored mentor ' +
    'doctored doctor factored factor tutored tutor armored armor rumored rumor humored humor mirrored mirror ' +
    'savored savor endeavored endeavor interfered interfere adhered adhere revered revere persevered persevere ' +
    'convened convene intervened intervene postponed postpone condoned condone atoned atone dethroned dethrone ' +
    'piloted pilot pivoted pivot balloted ballot eloped elope exhaled exhale inhaled inhale impaled impale ' +
    'persuaded persuade dissuaded dissuade ached ache cached cache focused focus biased bias bused bus quizzed quiz banged bang hanged hang murmured murmur ' +
    'installed install uninstalled uninstall reinstalled reinstall recalled recall enrolled enroll fulfilled fulfill')
    .split(' ')
    .reduce<[string, string][]>((pairs, w, i, all) => (i % 2 === 0 ? [...pairs, [w, all[i + 1]]] : pairs), []),
);

/** Bases of two syllables or more that double their last consonant (`prefer` → `preferred`). */
const DOUBLING = new Set(
  ('prefer refer confer defer infer deter occur recur incur admit commit permit submit omit emit transmit ' +
    'regret control patrol compel expel propel repel rebel dispel excel transfer equip acquit abet allot ' +
    'program format kidnap worship handicap').split(' '),
);
/** Bases ending in a doubled letter that is not the doubling of -ed (`add` → `added`). */
const DOUBLE_IN_BASE = new Set('add err ebb egg purr putt butt boycott'.split(' '));

const VOWEL = /[aeiou]/;
const isVowelAt = (w: string, i: number): boolean => {
  const c = w.charAt(i);
  if (c === 'u' && w.charAt(i - 1) === 'q') return false;
  if (c === 'y') return i > 0 && !isVowelAt(w, i - 1) && i < w.length - 1;
  return VOWEL.test(c);
};
/** Syllables as vowel groups (a rough count, enough to tell `stop` from `visit`). */
function syllables(w: string): number {
  let n = 0;
  for (let i = 0; i < w.length; i++) if (isVowelAt(w, i) && !isVowelAt(w, i - 1)) n++;
  return n;
}
/** Ends consonant–single vowel–consonant (`stop`, `plan`), the shape that doubles or takes a silent e. */
function endsCvc(w: string): boolean {
  const n = w.length;
  return n >= 2 && !isVowelAt(w, n - 1) && isVowelAt(w, n - 2) && (n === 2 || !isVowelAt(w, n - 3));
}

/**
 * The simple past of a base form: irregular table, `love` → `loved`, `try` → `tried`, `stop` →
 * `stopped`, `visit` → `visited`. Cost O(length).
 * @example baseToPast('stop') // 'stopped'
 */
export function baseToPast(base: string): string {
  const irregular = IRREGULAR_BASE.get(base);
  if (irregular) return irregular;
  if (UNCHANGED_PAST.has(base)) return base;
  if (base.endsWith('e')) return base + 'd';
  const last = base.charAt(base.length - 1);
  if (last === 'y' && !VOWEL.test(base.charAt(base.length - 2))) return base.slice(0, -1) + 'ied';
  if (!'wxy'.includes(last) && endsCvc(base) && (DOUBLING.has(base) || syllables(base) === 1)) return base + last + 'ed';
  return base + 'ed';
}

/**
 * The base of a simple past, or `undefined` where the rules are not sure (`travelled`, `colored`
 * are fine, `ordered` → `order`; an unknown -ored word is not). `need`, `feed` are not pasts.
 * @example pastToBase('loved') // 'love'
 */
export function pastToBase(word: string): string | undefined {
  const base = IRREGULAR_PAST.get(word) ?? PAST_EXCEPTIONS.get(word) ?? regularBase(word);
  return base !== undefined && baseToPast(base) === word ? base : undefined;
}

function regularBase(w: string): string | undefined {
  if (w.length < 4 || !w.endsWith('ed') || w.endsWith('eed')) return undefined;
  if (w.endsWith('ied')) return w.length <= 4 ? w.slice(0, -1) : w.slice(0, -3) + 'y';
  const stem = w.slice(0, -2);
  if (syllables(stem) === 0) return undefined; // shed, bled: irregular or not a past
  const n = stem.length;
  const last = stem.charAt(n - 1);
  const prev = stem.charAt(n - 2);
  if (last === prev && !VOWEL.test(last)) {
    if ('sfz'.includes(last) || DOUBLE_IN_BASE.has(stem)) return stem;
    const single = stem.slice(0, -1);
    if (last === 'l') return syllables(stem) === 1 ? stem : DOUBLING.has(single) ? single : undefined;
    return syllables(single) === 1 || DOUBLING.has(single) ? single : undefined;
  }
  if (last === 'u' || 'vc'.includes(last)) return stem + 'e';
  if ('aioywx'.includes(last)) return stem;
  if (last === 'e') return undefined;
  if (last === 's') return stem + 'e'; // used, nursed (focused is an exception)
  if (last === 'z') return isVowelAt(stem, n - 2) ? stem + 'e' : stem; // amazed / waltzed
  if (last === 'g') return prev === 'n' && stem.charAt(n - 3) === 'o' ? stem : stem + 'e';
  if (last === 'h') return 'csgp'.includes(prev) ? stem : undefined;
  if (last === 'l') return lBase(stem);
  if (!isVowelAt(stem, n - 2)) return stem; // a consonant cluster: walked, wanted, turned
  if (last === 't' && prev === 'a') return 'eo'.includes(stem.charAt(n - 3)) ? stem : stem + 'e'; // treated / related
  if (isVowelAt(stem, n - 3)) return stem; // two vowels: rained, cooked, seemed
  if (syllables(stem) === 1) return stem + 'e'; // hoped, liked (hop would be hopped)
  return polysyllableBase(stem, prev + last);
}

function lBase(stem: string): string | undefined {
  const n = stem.length;
  const prev = stem.charAt(n - 2);
  if (!isVowelAt(stem, n - 2)) return 'rw'.includes(prev) ? stem : stem + 'e'; // curled / handled
  if (isVowelAt(stem, n - 3) || syllables(stem) === 1) return isVowelAt(stem, n - 3) ? stem : stem + 'e'; // failed / smiled
  return 'ea'.includes(prev) ? stem : stem + 'e'; // labeled, signaled / compiled, scheduled
}

/** -ed after a single vowel and consonant in a longer word: by the ending, where it is regular. */
function polysyllableBase(stem: string, ending: string): string | undefined {
  const withE = ['ut', 'id', 'od', 'ud', 'ad', 'ed', 'ir', 'ar', 'ur', 'in', 'um', 'am', 'im', 'em', 'ot', 'ap', 'ip', 'ib', 'ak', 'ek', 'ik', 'ok', 'uk'];
  const asIs = ['er', 'en', 'on', 'om', 'et', 'it', 'op'];
  if (withE.includes(ending)) return stem + 'e';
  if (asIs.includes(ending)) return stem;
  return undefined;
}

/**
 * The base of a third-person present (`loves` → `love`, `tries` → `try`, `watches` → `watch`,
 * `goes` → `go`), or `undefined` for a word that is not one (`kiss`, `thus`).
 * @example thirdToBase('watches') // 'watch'
 */
export function thirdToBase(word: string): string | undefined {
  if (word === 'has') return 'have';
  if (word === 'does') return 'do';
  if (word.length < 3 || !word.endsWith('s') || /(ss|us|is|'s)$/.test(word)) return undefined;
  const special: Record<string, string> = { focuses: 'focus', buses: 'bus', biases: 'bias', quizzes: 'quiz' };
  let base: string;
  if (special[word]) base = special[word];
  else if (/[^aeiou]ies$/.test(word) && word.length > 4) base = word.slice(0, -3) + 'y';
  else if (/(sses|shes|ches|xes|zzes|[^aeiou]oes)$/.test(word)) base = word.slice(0, -2);
  else base = word.slice(0, -1);
  return baseToThird(base) === word ? base : undefined;
}

/**
 * The third-person present of a base form (`have` → `has`, `try` → `tries`, `go` → `goes`).
 * @example baseToThird('watch') // 'watches'
 */
export function baseToThird(base: string): string {
  if (base === 'have') return 'has';
  if (base === 'quiz') return 'quizzes';
  if (/(s|x|z|ch|sh|[^aeiou]o)$/.test(base)) return base + 'es';
  if (/[^aeiou]y$/.test(base)) return base.slice(0, -1) + 'ies';
  return base + 's';
}
