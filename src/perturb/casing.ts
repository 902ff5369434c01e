import type { Site } from './types.js';
import { wordSpans } from './words.js';

const title = (w: string) => w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();

function wordSites(text: string, change: (w: string) => string[]): Site[] {
  const out: Site[] = [];
  for (const w of wordSpans(text)) {
    const options = [...new Set(change(w.text))].filter((o) => o !== w.text);
    if (options.length > 0) out.push({ start: w.start, end: w.end, options });
  }
  return out;
}

/** Words lowercased (all of them: HELM's lowercase). */
export const lowerSites = (text: string) => wordSites(text, (w) => [w.toLowerCase()]);
/** Words uppercased. */
export const upperSites = (text: string) => wordSites(text, (w) => [w.toUpperCase()]);
/** Words capitalised. */
export const titleSites = (text: string) => wordSites(text, (w) => [title(w)]);
/** Any of the three per word. */
export const caseSites = (text: string) => wordSites(text, (w) => [w.toLowerCase(), w.toUpperCase(), title(w)]);

/** Random case: each cased letter may flip. */
export function randomCaseSites(text: string): Site[] {
  const out: Site[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const flipped = ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    if (flipped !== ch && flipped.length === 1) out.push({ start: i, end: i + 1, options: [flipped] });
  }
  return out;
}
