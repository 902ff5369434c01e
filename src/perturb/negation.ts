import type { Site } from './types.js';
import { matchCase, wordSpans } from './words.js';

const AUX_NEGATED: Readonly<Record<string, readonly string[]>> = {
  is: ['is not', "isn't"], are: ['are not', "aren't"], was: ['was not', "wasn't"], were: ['were not', "weren't"],
  am: ['am not'], do: ['do not', "don't"], does: ['does not', "doesn't"], did: ['did not', "didn't"],
  can: ['cannot', "can't"], could: ['could not', "couldn't"], will: ['will not', "won't"], would: ['would not', "wouldn't"],
  should: ['should not', "shouldn't"], has: ['has not', "hasn't"], have: ['have not', "haven't"], had: ['had not', "hadn't"],
  must: ['must not', "mustn't"], might: ['might not'], may: ['may not'],
};
const PLAIN_SUBJECTS = new Set(['i', 'you', 'we', 'they']);
const THIRD_SUBJECTS = new Set(['he', 'she', 'it']);
const NEGATORS = new Set(['not', 'never', 'no']);

function baseForm(verb: string): string {
  if (/ies$/.test(verb)) return verb.slice(0, -3) + 'y';
  if (/(ches|shes|sses|xes|oes)$/.test(verb)) return verb.slice(0, -2);
  return verb.endsWith('s') ? verb.slice(0, -1) : verb;
}

/**
 * Negation inserted: an auxiliary gains `not` (`is` → `is not`, `isn't`), and a verb after a
 * subject pronoun gains `do not` / `does not` (`I love` → `I don't love`). Texts already negated
 * there are left alone. For directional expectations (the score of a label must fall).
 */
export function negationSites(text: string): Site[] {
  const words = wordSpans(text);
  const out: Site[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.text.toLowerCase();
    const next = words[i + 1]?.text.toLowerCase();
    if (next !== undefined && NEGATORS.has(next)) continue;
    const aux = AUX_NEGATED[lower];
    if (aux) {
      out.push({ start: w.start, end: w.end, options: aux.map((a) => matchCase(w.text, a)) });
      continue;
    }
    const prev = words[i - 1]?.text.toLowerCase();
    if (prev === undefined || !/^\p{Ll}+$/u.test(w.text)) continue;
    if (PLAIN_SUBJECTS.has(prev)) out.push({ start: w.start, end: w.end, options: [`do not ${w.text}`, `don't ${w.text}`] });
    else if (THIRD_SUBJECTS.has(prev) && w.text.endsWith('s') && w.text.length > 2) {
      const base = baseForm(w.text);
      out.push({ start: w.start, end: w.end, options: [`does not ${base}`, `doesn't ${base}`] });
    }
  }
  return out;
}

const CONTRACTED: Readonly<Record<string, string>> = { "can't": 'can', "won't": 'will', "shan't": 'shall', cannot: 'can' };

/** Negation removed: `not` and `never` dropped, `n't` taken off (`don't` → `do`, `won't` → `will`). */
export function negationRemovalSites(text: string): Site[] {
  const out: Site[] = [];
  const words = wordSpans(text);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w.text.toLowerCase().replace('’', "'");
    if ((lower === 'not' || lower === 'never') && i > 0) {
      out.push({ start: words[i - 1].end, end: w.end, options: [''] });
    } else if (CONTRACTED[lower]) {
      out.push({ start: w.start, end: w.end, options: [matchCase(w.text, CONTRACTED[lower])] });
    } else if (lower.endsWith("n't") && lower.length > 3) {
      out.push({ start: w.start, end: w.end, options: [w.text.slice(0, -3)] });
    }
  }
  return out;
}
