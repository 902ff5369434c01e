import { COMMON_WORD_NAMES, DICTIONARY_NAMES } from './commonWordNames.js';
import { SENTIMENT_NAMES } from './sentimentNames.js';
import type { Lexicons, Site } from './types.js';
import { wordSpans, type WordSpan } from './words.js';

const set = (s: string) => new Set(s.split(' '));
/** Entries of the @stdlib name lists that are function words or verbs (`My`, `Had`): never a name site nor a replacement. */
const NOT_NAMES = set('Any Else Even Had My Say See Way');

/**
 * Whether a listed name may replace another: not a common English word (`Ban`, `Rob`, `Will`:
 * SCOWL size 35, see commonWordNames.ts) and carrying no sentiment (`Joy`, `Dick`: AFINN-165, see
 * sentimentNames.ts), so that a swap writes a name and adds no meaning.
 * @example isReplacementName('Ban') // false
 */
export function isReplacementName(name: string): boolean {
  return !NOT_NAMES.has(name) && !DICTIONARY_NAMES.has(name) && !SENTIMENT_NAMES.has(name);
}

const nameLists = new WeakMap<readonly string[], { set: Set<string>; options: readonly string[] }>();
/** A name list as a set of the names it recognises (without NOT_NAMES), and as the replacements it offers (see isReplacementName). */
function names(list: readonly string[]): { set: Set<string>; options: readonly string[] } {
  let n = nameLists.get(list);
  if (!n) {
    nameLists.set(list, (n = { set: new Set(list.filter((x) => !NOT_NAMES.has(x))), options: list.filter(isReplacementName) }));
  }
  return n;
}
/** Names that read as a word where a word can stand (a sentence's start...): common words and words with sentiment (`Hope`, `Jesus`). */
const readsAsWord = (w: string) => COMMON_WORD_NAMES.has(w) || SENTIMENT_NAMES.has(w);
/** Month, day and holiday names; some are first names too (April, May, June, August, Tuesday, Easter). */
const CALENDAR = set('January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Easter Christmas');
/** Words before a month or day that make it one (`in May`, `last Tuesday`, `the end of June`). */
const TIME_BEFORE = set('in on since until till through throughout during last next this early late mid every each of');
/** Words between two calendar words (`from May to August`, `April and May`). */
const CALENDAR_LINKS = set('to and or through until till');
/** Names that are also modal verbs, and the words that make them one (`We Will Rock You`, `May I`). */
const MODALS = set('Will May');
const MODAL_NEXT = set('i you we they he she it there not never');
const MODAL_PREV = set('i we they he she it who which that');
/** Abbreviations whose full stop does not end a sentence (`Dr. Grace`). */
const TITLES = set('Mr Mrs Ms Dr Prof St Sr Jr Mt Capt Gen Rev Sen Rep Gov Lt Col Sgt');
const DETERMINERS = set('the a an this that these those my your his her its our their');

/** Words a title leaves lowercase (`Gone with the Wind`). */
const TITLE_MINOR = set('a an the and but or nor for so yet at by in of on to up as is with from into onto');

/** A text of three words or more whose lowercase words are all minor ones: a title or heading. */
function isTitleCase(ws: WordSpan[]): boolean {
  return ws.length >= 3 && !ws.some((w) => /^\p{Ll}/u.test(w.text) && !TITLE_MINOR.has(w.text));
}

const lowerOf = (w: WordSpan | undefined) => (w === undefined ? '' : w.text.toLowerCase());
const isNumber = (w: WordSpan | undefined) => w !== undefined && /^\d+(?:st|nd|rd|th)?$/.test(w.text);

/** Whether word `i` opens a sentence: the first word, or after `.` `!` `?` (not a title's full stop) or a line break. */
function opensSentence(text: string, ws: WordSpan[], i: number): boolean {
  if (i === 0) return true;
  const gap = text.slice(ws[i - 1].end, ws[i].start);
  if (gap.includes('\n') || /[!?]/.test(gap)) return true;
  return gap.includes('.') && !(gap.startsWith('.') && TITLES.has(ws[i - 1].text));
}

/** Whether a month or day name at `i` is used as one: after `in`, `last`..., beside a number, or linked to another (`May to August`). */
function calendarUse(ws: WordSpan[], i: number): boolean {
  if (TIME_BEFORE.has(lowerOf(ws[i - 1])) || isNumber(ws[i - 1]) || isNumber(ws[i + 1])) return true;
  const linked = (link: WordSpan | undefined, other: WordSpan | undefined) => CALENDAR_LINKS.has(lowerOf(link)) && other !== undefined && CALENDAR.has(other.text);
  return linked(ws[i + 1], ws[i + 2]) || linked(ws[i - 1], ws[i - 2]);
}

/**
 * Whether a capitalised word on the name lists, `w` at `i`, is used as a name. Not when it is also
 * a common English word, a word with sentiment or a month and it opens a sentence (`May we ask
 * Grace?`, `Hope is all we have`, `Jesus, that hurt`), follows a determiner (`the Price`) or stands
 * in a title-cased text (`We Will Rock You`); not a month or day in a date (`in May`, `June 5`,
 * `from May to August`); not a modal (`..., Will you`, `I Will`). Elsewhere a capitalised listed
 * word is a name (`Yesterday Grace called Mark`).
 */
function usedAsName(text: string, ws: WordSpan[], i: number, titleCase: boolean, w: string): boolean {
  if (opensSentence(text, ws, i) || titleCase || DETERMINERS.has(lowerOf(ws[i - 1]))) return !readsAsWord(w) && !CALENDAR.has(w);
  if (CALENDAR.has(w) && calendarUse(ws, i)) return false;
  const joined = (a: WordSpan | undefined, b: WordSpan | undefined) => a !== undefined && b !== undefined && /^[^\S\n]+$/u.test(text.slice(a.end, b.start));
  if (MODALS.has(w) && ((joined(ws[i], ws[i + 1]) && MODAL_NEXT.has(lowerOf(ws[i + 1]))) || (joined(ws[i - 1], ws[i]) && MODAL_PREV.has(lowerOf(ws[i - 1]))))) return false;
  return true;
}

/** A clitic after a name (`Emma's`, `Emma’s`, `John'll`, `John'd`, `John've`): the name is the word without it. */
const CLITIC = /['’](?:s|d|ll|ve|re)$/i;

/**
 * Person names (capitalised words on the name lists, used as names: see usedAsName), possessives
 * and other clitics included (`Emma's` swaps `Emma`, the `'s` stays), swapped for another name of
 * the same gender list (`across: false`) or of the other one (`across: true`, a counterfactual
 * gender swap). Replacements are names only: never a common English word nor a word with sentiment
 * (see isReplacementName: `Jessica` never becomes `Ban` or `Joy`). List entries that are function
 * words or verbs (`My`, `Had`, `See`) are neither names nor replacements.
 * @example nameSites("I met Emma's brother", lexicons, false)[0] // { start: 6, end: 10, options: [...female names] }
 */
export function nameSites(text: string, lexicons: Pick<Lexicons, 'femaleNames' | 'maleNames'>, across: boolean): Site[] {
  const female = names(lexicons.femaleNames);
  const male = names(lexicons.maleNames);
  const out: Site[] = [];
  const ws = wordSpans(text);
  const titleCase = isTitleCase(ws);
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.text.charAt(0) === w.text.charAt(0).toLowerCase()) continue;
    const name = w.text.replace(CLITIC, '');
    const isF = female.set.has(name);
    const isM = male.set.has(name);
    if ((!isF && !isM) || !usedAsName(text, ws, i, titleCase, name)) continue;
    const own = isF ? female.options : male.options;
    const other = isF ? male.options : female.options;
    const options = across ? other : own;
    if (options.length > 0) out.push({ start: w.start, end: w.start + name.length, options });
  }
  return out;
}

/** Locations (up to three words, as listed), swapped for another of the same kind (country for country...). */
export function locationSites(text: string, locations: Lexicons['locations']): Site[] {
  const index = locationIndex(locations);
  const words = wordSpans(text);
  const out: Site[] = [];
  for (let i = 0; i < words.length; i++) {
    for (const n of [3, 2, 1]) {
      if (i + n > words.length) continue;
      const start = words[i].start;
      const end = words[i + n - 1].end;
      const kind = index.get(text.slice(start, end));
      if (kind) {
        out.push({ start, end, options: locations[kind] });
        i += n - 1;
        break;
      }
    }
  }
  return out;
}

const locationIndexes = new WeakMap<object, Map<string, string>>();
function locationIndex(locations: Lexicons['locations']): Map<string, string> {
  let index = locationIndexes.get(locations);
  if (!index) {
    index = new Map();
    for (const [kind, names] of Object.entries(locations)) for (const n of names) if (!index.has(n)) index.set(n, kind);
    locationIndexes.set(locations, index);
  }
  return index;
}

/**
 * Numbers, each replaced by up to 20 values within ±20 % of it (CheckList's change_number), with
 * as many decimals as it had. Numbers whose ±20 % holds no other value of that precision are left alone.
 */
export function numberSites(text: string): Site[] {
  const out: Site[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}.])\d+(?:\.\d+)?(?![\p{L}\p{N}])/gu)) {
    const s = m[0];
    const decimals = s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
    const v = Number(s);
    const step = 10 ** -decimals;
    const lo = Math.ceil((v * 0.8) / step);
    const hi = Math.floor((v * 1.2) / step);
    const options = new Set<string>();
    const span = hi - lo;
    for (let k = 0; k <= 20 && span >= 0; k++) {
      const t = lo + Math.round((span * k) / 20);
      const o = (t * step).toFixed(decimals);
      if (o !== s) options.add(o);
    }
    if (options.size > 0) out.push({ start: m.index, end: m.index + s.length, options: [...options] });
  }
  return out;
}
