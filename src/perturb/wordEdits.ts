import type { Site } from './types.js';
import { matchCase, wordSpans } from './words.js';

/** Filler words inserted after a word (HELM's filler-word perturbation). */
export const FILLERS = [' uhm', ' uh', ' like', ' I think', ' you know', ' actually', ' basically', ' well'];

/** Contractions: an expansion in the text becomes its contraction (`do not` → `don't`). */
export function contractionSites(text: string, contractions: ReadonlyMap<string, readonly string[]>): Site[] {
  const byExpansion = expansionsIndex(contractions);
  const words = wordSpans(text);
  const out: Site[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    for (const n of [3, 2]) {
      if (i + n > words.length) continue;
      const span = words.slice(i, i + n);
      if (span.some((w, k) => k > 0 && text.slice(span[k - 1].end, w.start) !== ' ')) continue;
      const key = span.map((w) => w.text.toLowerCase()).join(' ');
      const short = byExpansion.get(key);
      if (short) {
        out.push({ start: span[0].start, end: span[n - 1].end, options: short.map((s) => matchCase(span[0].text, s)) });
        break;
      }
    }
  }
  return out;
}

/** Expansions: a contraction in the text becomes its expansion (`don't` → `do not`). */
export function expansionSites(text: string, contractions: ReadonlyMap<string, readonly string[]>): Site[] {
  const out: Site[] = [];
  for (const w of wordSpans(text)) {
    const long = contractions.get(w.text.toLowerCase().replace('’', "'"));
    if (long) out.push({ start: w.start, end: w.end, options: long.map((l) => matchCase(w.text, l)) });
  }
  return out;
}

/** Filler words after any word but the last. */
export function fillerSites(text: string): Site[] {
  const words = wordSpans(text);
  return words.slice(0, -1).map((w) => ({ start: w.end, end: w.end, options: FILLERS }));
}

/** Word drops: a word and the space after it disappear (texts of two words or more). */
export function wordDropSites(text: string): Site[] {
  const words = wordSpans(text);
  if (words.length < 2) return [];
  return words.map((w, i) => {
    const next = words[i + 1];
    const end = next && /^\s+$/u.test(text.slice(w.end, next.start)) ? next.start : w.end;
    return { start: w.start, end, options: [''] };
  });
}

/** Common misspellings: a word becomes one of the ways people misspell it, case kept. */
export function misspellingSites(text: string, misspellings: ReadonlyMap<string, readonly string[]>): Site[] {
  const out: Site[] = [];
  for (const w of wordSpans(text)) {
    const bad = misspellings.get(w.text.toLowerCase());
    if (bad) out.push({ start: w.start, end: w.end, options: bad.map((b) => matchCase(w.text, b)) });
  }
  return out;
}

const indexes = new WeakMap<ReadonlyMap<string, readonly string[]>, Map<string, string[]>>();
function expansionsIndex(contractions: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  let index = indexes.get(contractions);
  if (!index) {
    index = new Map();
    for (const [short, longs] of contractions) {
      for (const long of longs) {
        const list = index.get(long) ?? [];
        list.push(short);
        index.set(long, list);
      }
    }
    indexes.set(contractions, index);
  }
  return index;
}
