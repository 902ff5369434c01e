import type { Site } from './types.js';
import { baseToPast, baseToThird, pastToBase, thirdToBase, UNCHANGED_PAST } from './verbForms.js';
import { matchCase, wordSpans, type WordSpan } from './words.js';

const AUX_NEGATED: Readonly<Record<string, readonly string[]>> = {
  is: ['is not', "isn't"], are: ['are not', "aren't"], was: ['was not', "wasn't"], were: ['were not', "weren't"],
  am: ['am not'], do: ['do not', "don't"], does: ['does not', "doesn't"], did: ['did not', "didn't"],
  can: ['cannot', "can't"], could: ['could not', "couldn't"], will: ['will not', "won't"], would: ['would not', "wouldn't"],
  shall: ['shall not', "shan't"], should: ['should not', "shouldn't"], has: ['has not', "hasn't"], have: ['have not', "haven't"],
  had: ['had not', "hadn't"], must: ['must not', "mustn't"], might: ['might not'], may: ['may not'],
};
const words = (s: string) => new Set(s.split(' '));
const PLAIN_SUBJECTS = words('i you we they');
const THIRD_SUBJECTS = words('he she it');
/** Subjects that are also objects (`I love it`, `thank you so much`): subjects only at the start of a clause. */
const OBJECT_TOO = words('you it');
const INVERTED_SUBJECTS = words('i you we they he she it there');
const NEGATIVES = words('not never no nothing nobody none neither nor hardly barely scarcely nowhere');
/** Words that open a clause, so a pronoun after them is its subject. */
const CLAUSE_OPENERS = words(
  'and but or so because if when whenever that which who although though since while as then where why how what until unless once before after yet ' +
    'think thought know knew say said says believe hope guess suppose sure wish mean realize realized',
);
/** Adverbs that may stand between a subject and its verb, kept after the negation (`I don't really like`). */
const ADVERBS = words('really just always also often usually still truly actually absolutely totally completely fully even only both all definitely honestly simply particularly especially genuinely deeply sometimes ever already almost once');
/** Words after a subject that are not verbs, so no negation goes before them. */
const NOT_VERB = words(
  'the a an and or but nor so to of in on at for with by from as than that this these those if because who whom which what when where why how ' +
    'too very much more most less least well here there now then again once twice yet perhaps maybe ever please guys folks people ' +
    'i me my mine you your yours we us our ours they them their theirs he him his she her hers it its one myself yourself yourselves ourselves themselves himself herself itself',
);
/** After do/does/did, an object: the verb is the main verb `do` (`I did it` → `I didn't do it`). */
const OBJECT_LIKE = words('the a an my your his her its our their this that these those it them me him us something anything everything everyone someone some any all so well what nothing');
const DETERMINERS = words('a an the my your his her its our their');
/** Irregular past participles, for telling auxiliary `have` (`have seen`) from the main verb (`have fun`). */
const PARTICIPLES = words(
  'been seen done gone had got gotten made taken given known shown told said found thought bought brought left kept felt heard met sent spent ' +
    'built lost paid put read run won written eaten driven ridden spoken broken chosen forgotten become come begun drunk sung swum worn torn ' +
    'flown grown thrown drawn fallen held understood stood sat slept taught caught fought sold meant led fed hit cut set let hurt shut cost quit ' +
    'spread stolen woken frozen hidden bitten shaken sworn blown dug stuck hung struck',
);
/** The do-form that supports a main verb `do` or `have` in its tense and person. */
const DO_SUPPORT: Readonly<Record<string, string>> = { do: 'do', does: 'does', did: 'did', have: 'do', has: 'does', had: 'did' };
const CONTRACTED_SUBJECT = /^(i|you|we|they|he|she|it|that|there|here|what|who|where|how|let)['’](re|m|s)$/;

const lowerOf = (w: WordSpan | undefined) => w?.text.toLowerCase().replace('’', "'");
const isAux = (w: string | undefined) => w !== undefined && (w in AUX_NEGATED || /n't$/.test(w) || w === 'cannot' || w === 'to' || w === 'be' || w === 'been' || w === 'being');
const onlySpaceBetween = (text: string, a: WordSpan, b: WordSpan) => /^[^\S\n]+$/u.test(text.slice(a.end, b.start));

/** Whether word `i` starts a clause: first word, after punctuation, or after a clause opener. */
function clauseStart(text: string, ws: WordSpan[], i: number): boolean {
  if (i === 0) return true;
  return !onlySpaceBetween(text, ws[i - 1], ws[i]) || CLAUSE_OPENERS.has(lowerOf(ws[i - 1])!);
}

/** An adverb that may stand before a verb; never a negative one (`I hardly know` is not negated again). */
const isAdverb = (w: WordSpan) => !NEGATIVES.has(w.text.toLowerCase()) && (ADVERBS.has(w.text.toLowerCase()) || (/^\p{Ll}{4,}ly$/u.test(w.text) && !/ply$/.test(w.text)));
/** Adverbs on the whole sentence: the negation goes after them (`You have probably not heard`, `I definitely didn't like it`). */
const SENTENCE_ADVERBS = words('probably certainly surely clearly obviously apparently evidently presumably possibly undoubtedly definitely honestly maybe perhaps');
/** Verbs whose base ends in -ing (`doesn't sing` → `sings`): not a gerund. */
const ING_VERBS = words('sing bring ring swing sting cling fling spring string wring sling');
/** Words that open a noun phrase, so `have` before them is the main verb even after an adverb (`I have just a question`). */
const NOUN_PHRASE_OPENERS = words('a an the my your his her its our their this that these those some any no enough several many much more most few one two three four five six seven eight nine ten');

/** The index of the first word from `i` on that is not one of up to two adverbs. */
function skipAdverbs(ws: WordSpan[], i: number): number {
  let j = i;
  while (j < ws.length && j - i < 2 && isAdverb(ws[j])) j++;
  return j;
}

/**
 * The index of the verb at or after `i` (up to two adverbs before it, with only spaces around them),
 * or -1; `haveOrDo` admits the main verbs `have` and `do` (after do-support).
 */
function verbAfter(text: string, ws: WordSpan[], i: number, haveOrDo = false): number {
  const j = skipAdverbs(ws, i);
  for (let k = i; k < j; k++) if (!onlySpaceBetween(text, ws[k], ws[k + 1] ?? ws[k])) return -1;
  const v = ws[j];
  if (v === undefined || !/^\p{Ll}+$/u.test(v.text) || NOT_VERB.has(v.text) || NEGATIVES.has(v.text) || (isAux(v.text) && !(haveOrDo && (v.text === 'have' || v.text === 'do'))) || (v.text.endsWith('ing') && !ING_VERBS.has(v.text))) return -1;
  if (NEGATIVES.has(lowerOf(ws[j + 1]) ?? '')) return -1; // `I love nothing`: a double negative
  return j;
}

/**
 * Negation inserted, grammatically, at three kinds of place (never `don't loved`):
 * - an auxiliary or copula gains `not` (`is` → `is not` / `isn't`, `can` → `cannot` / `can't`;
 *   contracted only before its subject: `Is it` → `Isn't it`), and `I'm`, `it's`, `they're` gain ` not`;
 * - main-verb `have` and `do` take do-support (`I have a dog` → `I don't have a dog`, `she did it`
 *   → `she didn't do it`);
 * - a verb after a subject pronoun: present → `don't` / `doesn't` + base (`She loves` → `She
 *   doesn't love`), simple past → `didn't` + base (`They loved` → `They didn't love`, `I went` →
 *   `I didn't go`), adverbs kept between (`I really loved` → `I didn't really love`). A past whose
 *   base the rules of verbForms cannot recover is left alone.
 * - `have` before a participle is the auxiliary, adverbs between kept (`I have ever eaten` → `I
 *   have not ever eaten`, `We have already paid` → `We haven't already paid`); past an adverb it is
 *   the main verb only before a noun phrase (`I have just a question` → `I don't have just a
 *   question`), else the site is skipped; `do` before an object past an adverb is the main verb
 *   (`It does exactly what it says` → `It doesn't do exactly what it says`); `had better` → `had
 *   better not`; a sentence adverb keeps the negation after it (`You have probably not heard`, `I
 *   definitely didn't like it`).
 * Texts already negated there, also by `hardly`, `barely`, `scarcely`, are left alone. For
 * directional expectations. test/perturb/negationCorpus.test.ts holds sentences checked by hand.
 * @example negationSites('They loved it').map((s) => s.options) // [['did not love', "didn't love"]]
 */
export function negationSites(text: string): Site[] {
  const ws = wordSpans(text);
  const out: Site[] = [];
  for (let i = 0; i < ws.length; i++) {
    const site = auxSite(text, ws, i) ?? verbSite(text, ws, i);
    if (site) out.push(site);
  }
  return out;
}

function auxSite(text: string, ws: WordSpan[], i: number): Site | undefined {
  const w = ws[i];
  const lower = lowerOf(w)!;
  const next = lowerOf(ws[i + 1]);
  if (next !== undefined && NEGATIVES.has(next)) return undefined;
  if (CONTRACTED_SUBJECT.test(lower)) return { start: w.start, end: w.end, options: [`${w.text} not`] };
  const aux = AUX_NEGATED[lower];
  if (!aux) return undefined;
  const prev = lowerOf(ws[i - 1]);
  if (prev !== undefined && (isAux(prev) || DETERMINERS.has(prev) || NEGATIVES.has(prev))) return undefined; // `would have`, `to be`, `the can`
  if (i > 0 && /^\p{Lu}\p{Ll}/u.test(w.text) && onlySpaceBetween(text, ws[i - 1], w)) return undefined; // `ask Will`: a name
  const site = (options: readonly string[]) => ({ start: w.start, end: w.end, options: options.map((o) => matchCase(w.text, o)) });
  if (next !== undefined && INVERTED_SUBJECTS.has(next) && clauseStart(text, ws, i)) {
    const contracted = aux.find((o) => o.endsWith("n't"));
    return contracted && lower !== 'am' ? site([contracted]) : undefined; // `Isn't it`, never `Is not it`
  }
  if (lower === 'had' && next === 'better') {
    const b = ws[i + 1];
    return onlySpaceBetween(text, w, b) ? { start: b.start, end: b.end, options: [`${b.text} not`] } : undefined; // `had better not go`
  }
  const adverb = ws[i + 1];
  if (next !== undefined && SENTENCE_ADVERBS.has(next) && onlySpaceBetween(text, w, adverb)) {
    return NEGATIVES.has(lowerOf(ws[i + 2]) ?? '') ? undefined : { start: adverb.start, end: adverb.end, options: [`${adverb.text} not`] }; // `have probably not heard`
  }
  const doForm = DO_SUPPORT[lower];
  const sameClause = next !== undefined && onlySpaceBetween(text, w, ws[i + 1]);
  const a = skipAdverbs(ws, i + 1);
  const afterAdverbs = lowerOf(ws[a]);
  const adverbsBetween = a > i + 1 && ws.slice(i + 1, a + 1).every((x, k) => k === 0 || onlySpaceBetween(text, ws[i + k], x));
  const isDo = lower === 'do' || lower === 'does' || lower === 'did';
  const isHave = lower === 'have' || lower === 'has' || lower === 'had';
  // `does exactly what it says`: the main verb do, its adverb kept (`doesn't do exactly what it says`)
  const mainDo = isDo && sameClause && (OBJECT_LIKE.has(next) || (adverbsBetween && afterAdverbs !== undefined && OBJECT_LIKE.has(afterAdverbs)));
  // `have` before a participle, even past adverbs, is the auxiliary (`have ever eaten`, `have already paid`);
  // past adverbs, it is the main verb only before a noun phrase's first word (`have just a question`), else the site is skipped
  const perfect = afterAdverbs !== undefined && isParticiple(afterAdverbs);
  if (isHave && sameClause && a > i + 1 && !perfect && !(afterAdverbs !== undefined && (NOUN_PHRASE_OPENERS.has(afterAdverbs) || OBJECT_LIKE.has(afterAdverbs)))) return undefined;
  const mainHave = isHave && sameClause && !perfect;
  if (doForm && (mainDo || mainHave)) {
    const verb = lower.startsWith('h') ? 'have' : 'do';
    return site([`${doForm} not ${verb}`, `${doForm}n't ${verb}`]);
  }
  if ((lower === 'do' || lower === 'does' || lower === 'did') && next === 'too') return undefined;
  return site(aux);
}

const isParticiple = (w: string) => PARTICIPLES.has(w) || (w.length >= 4 && w.endsWith('ed') && !w.endsWith('eed'));
/** Participles that are neither a simple past nor a base (`seen`, `gone`): `I seen it` is not negated. */
const PARTICIPLE_ONLY = new Set([...PARTICIPLES].filter((p) => pastToBase(p) === undefined && !UNCHANGED_PAST.has(p) && !['come', 'become', 'run'].includes(p)));

function verbSite(text: string, ws: WordSpan[], i: number): Site | undefined {
  const subject = lowerOf(ws[i - 1]);
  if (subject === undefined || !(PLAIN_SUBJECTS.has(subject) || THIRD_SUBJECTS.has(subject))) return undefined;
  if (!onlySpaceBetween(text, ws[i - 1], ws[i])) return undefined;
  if (OBJECT_TOO.has(subject) ? !clauseStart(text, ws, i - 1) : i >= 2 && isAux(lowerOf(ws[i - 2])) && onlySpaceBetween(text, ws[i - 2], ws[i - 1])) return undefined;
  const j = verbAfter(text, ws, i);
  if (j < 0) return undefined;
  const v = ws[j].text;
  const past = pastToBase(v);
  let form: [string, string] | undefined;
  if (past !== undefined) form = ['did', past];
  else if ((v.endsWith('ed') && !v.endsWith('eed')) || PARTICIPLE_ONLY.has(v)) form = undefined; // a past the rules cannot undo
  else if (THIRD_SUBJECTS.has(subject)) {
    const base = thirdToBase(v);
    form = base !== undefined ? ['does', base] : UNCHANGED_PAST.has(v) ? ['did', v] : undefined;
  } else if (thirdToBase(v) === undefined || v.endsWith('ss')) form = ['do', v];
  if (!form) return undefined;
  const [aux, base] = form;
  // sentence adverbs stay before the negation (`I definitely didn't like`), the others after it (`I didn't really like`)
  let k = i;
  while (k < j && SENTENCE_ADVERBS.has(ws[k].text.toLowerCase())) k++;
  const before = text.slice(ws[i].start, ws[k].start);
  const after = text.slice(ws[k].start, ws[j].start);
  return { start: ws[i].start, end: ws[j].end, options: [`${before}${aux} not ${after}${base}`, `${before}${aux}n't ${after}${base}`] };
}

const CONTRACTED: Readonly<Record<string, string>> = { "can't": 'can', "won't": 'will', "shan't": 'shall', cannot: 'can' };

/**
 * Negation removed: `not` and `never` dropped, `n't` taken off (`isn't` → `is`, `won't` → `will`),
 * and do-support undone where it was added: `don't love` → `love`, `doesn't love` → `loves`,
 * `didn't love` → `loved` (also offered: `do love`, `does love`, `did love`). The inverse of
 * negationSites: each text it negates is one removal away. `ain't` is left alone (is, am, are or have).
 * @example negationRemovalSites("She doesn't like it").map((s) => s.options) // [['likes', 'does like']]
 */
export function negationRemovalSites(text: string): Site[] {
  const out: Site[] = [];
  const ws = wordSpans(text);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lower = lowerOf(w)!;
    const prev = lowerOf(ws[i - 1]);
    if ((lower === 'not' || lower === 'never') && i > 0) {
      const undone = lower === 'not' && (prev === 'do' || prev === 'does' || prev === 'did') ? undoDoSupport(text, ws, i - 1, i + 1) : undefined;
      out.push(undone ?? { start: ws[i - 1].end, end: w.end, options: [''] });
    } else if (CONTRACTED[lower]) {
      out.push({ start: w.start, end: w.end, options: [matchCase(w.text, CONTRACTED[lower])] });
    } else if (lower === "don't" || lower === "doesn't" || lower === "didn't") {
      out.push(undoDoSupport(text, ws, i, i + 1) ?? { start: w.start, end: w.end, options: [w.text.slice(0, -3)] });
    } else if (lower.endsWith("n't") && lower.length > 3 && lower !== "ain't") {
      out.push({ start: w.start, end: w.end, options: [w.text.slice(0, -3)] });
    }
  }
  return out;
}

/** `do not love` / `don't love` (the do-word at `d`, the verb after `from`) → the verb inflected as the do-word was, then the emphatic form. */
function undoDoSupport(text: string, ws: WordSpan[], d: number, from: number): Site | undefined {
  const j = verbAfter(text, ws, from, true);
  if (j < 0 || (from > d + 1 && !onlySpaceBetween(text, ws[d], ws[from - 1])) || !onlySpaceBetween(text, ws[from - 1], ws[from])) return undefined;
  const doWord = ws[d];
  const doLower = lowerOf(doWord)!.replace("n't", '');
  const v = ws[j].text;
  const between = text.slice(ws[from].start, ws[j].start);
  const emphatic = (from > d + 1 ? doWord.text : doWord.text.slice(0, -3)) + ' ' + between + v;
  let plain: string | undefined;
  if (doLower === 'do') plain = v;
  else if (doLower === 'does') plain = thirdToBase(baseToThird(v)) === v ? baseToThird(v) : undefined;
  else if (UNCHANGED_PAST.has(v)) plain = v;
  else plain = pastToBase(baseToPast(v)) === v ? baseToPast(v) : undefined;
  const options = plain !== undefined ? [matchCase(doWord.text, between + plain), emphatic] : [emphatic];
  return { start: doWord.start, end: ws[j].end, options };
}
