import type { Lexicons, Site } from './types.js';
import { matchCase, wordSpans } from './words.js';

const nameSets = new WeakMap<readonly string[], Set<string>>();
function asSet(list: readonly string[]): Set<string> {
  let s = nameSets.get(list);
  if (!s) nameSets.set(list, (s = new Set(list)));
  return s;
}

/**
 * Person names (capitalised words on the name lists), swapped for another name of the same gender
 * list (`across: false`) or of the other one (`across: true`, a counterfactual gender swap).
 */
export function nameSites(text: string, lexicons: Pick<Lexicons, 'femaleNames' | 'maleNames'>, across: boolean): Site[] {
  const female = asSet(lexicons.femaleNames);
  const male = asSet(lexicons.maleNames);
  const out: Site[] = [];
  for (const w of wordSpans(text)) {
    if (w.text.charAt(0) === w.text.charAt(0).toLowerCase()) continue;
    const isF = female.has(w.text);
    const isM = male.has(w.text);
    if (!isF && !isM) continue;
    const own = isF ? lexicons.femaleNames : lexicons.maleNames;
    const other = isF ? lexicons.maleNames : lexicons.femaleNames;
    out.push({ start: w.start, end: w.end, options: across ? other : own });
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

/** Gendered terms and pronouns and their counterparts (`her` is ambiguous: either of its two). */
export const GENDER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['he', 'she'], ['him', 'her'], ['his', 'her'], ['his', 'hers'], ['himself', 'herself'], ['man', 'woman'], ['men', 'women'],
  ['boy', 'girl'], ['boys', 'girls'], ['father', 'mother'], ['fathers', 'mothers'], ['dad', 'mom'], ['son', 'daughter'],
  ['sons', 'daughters'], ['brother', 'sister'], ['brothers', 'sisters'], ['husband', 'wife'], ['husbands', 'wives'],
  ['boyfriend', 'girlfriend'], ['king', 'queen'], ['prince', 'princess'], ['mr', 'ms'], ['sir', 'madam'],
  ['gentleman', 'lady'], ['gentlemen', 'ladies'], ['uncle', 'aunt'], ['nephew', 'niece'], ['grandfather', 'grandmother'],
  ['grandson', 'granddaughter'], ['male', 'female'], ['males', 'females'], ['guy', 'gal'], ['actor', 'actress'],
  ['waiter', 'waitress'], ['boyhood', 'girlhood'], ['masculine', 'feminine'], ['fiance', 'fiancee'], ['groom', 'bride'],
];

const GENDER_SWAPS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  const add = (a: string, b: string) => {
    const l = m.get(a) ?? [];
    if (!l.includes(b)) l.push(b);
    m.set(a, l);
  };
  for (const [a, b] of GENDER_PAIRS) {
    add(a, b);
    add(b, a);
  }
  return m;
})();

/** Gendered terms and pronouns swapped for their counterparts, case kept (HELM's gender perturbation). */
export function genderSites(text: string): Site[] {
  const out: Site[] = [];
  for (const w of wordSpans(text)) {
    const swaps = GENDER_SWAPS.get(w.text.toLowerCase());
    if (swaps) out.push({ start: w.start, end: w.end, options: swaps.map((s) => matchCase(w.text, s)) });
  }
  return out;
}
