import type { Rng } from '../stats/rng.js';

/** A placeholder `{key}` in a template, with where it is. */
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

/** The lexicon keys a template uses, in order of first use. @example templateKeys('I {verb} {thing}') // ['verb', 'thing'] */
export function templateKeys(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * Expands a CheckList-style template over a lexicon: every placeholder `{key}` takes each word of
 * `lexicon[key]` (each occurrence independently), in lexicographic order of the choices.
 * Exhaustive when `sample` is absent or at least the number of combinations; otherwise `sample`
 * distinct combinations drawn with `rng` (sorted back into enumeration order, so the output does
 * not depend on draw order). Throws when a key is missing or empty (callers check first).
 * Cost O(cases · template length).
 * @example expandTemplate('I {v} it', { v: ['love', 'hate'] }) // ['I love it', 'I hate it']
 */
export function expandTemplate(template: string, lexicon: Readonly<Record<string, readonly string[]>>, opts: { sample?: number; rng?: Rng } = {}): string[] {
  const parts = template.split(PLACEHOLDER);
  // split with one capture group alternates literal, key, literal, key...
  const slots: (readonly string[])[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const words = lexicon[parts[i]];
    if (!words || words.length === 0) throw new Error(`template '${template}' uses {${parts[i]}}, which the lexicon does not define`);
    slots.push(words);
  }
  let total = 1;
  for (const s of slots) total *= s.length;
  const render = (index: number): string => {
    let out = '';
    let rest = index;
    const picks: string[] = new Array(slots.length);
    for (let k = slots.length - 1; k >= 0; k--) {
      picks[k] = slots[k][rest % slots[k].length];
      rest = Math.floor(rest / slots[k].length);
    }
    for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : picks[(i - 1) / 2];
    return out;
  };
  let indices: number[];
  if (opts.sample === undefined || opts.sample >= total) indices = Array.from({ length: total }, (_, i) => i);
  else {
    if (!opts.rng) throw new Error('sampling a template needs an rng');
    const chosen = new Set<number>();
    while (chosen.size < opts.sample) chosen.add(Math.floor(opts.rng.randomSample() * total));
    indices = [...chosen].sort((a, b) => a - b);
  }
  return indices.map(render);
}
