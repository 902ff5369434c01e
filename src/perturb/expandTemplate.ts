import type { Rng } from '../stats/rng.js';

/** A placeholder `{key}` in a template, with where it is. */
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_-]*)\}/g;

/**
 * The most cases one template test may expand to (every combination, or `sample` per template),
 * so that a suite fails at load time rather than running out of memory.
 */
export const TEMPLATE_CASE_LIMIT = 100_000;

/** The lexicon keys a template uses, in order of first use. @example templateKeys('I {verb} {thing}') // ['verb', 'thing'] */
export function templateKeys(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]))];
}

/**
 * How many combinations a template has over a lexicon: the product, over its placeholders
 * (each occurrence counts), of the number of words of its key; exact however large. Undefined
 * when a key is missing or empty. Cost O(template length).
 * @example templateCombinations('{v} the {t}, {v}', { v: ['a', 'b'], t: ['x', 'y', 'z'] }) // { total: 12n, sizes: [2, 3, 2] }
 */
export function templateCombinations(template: string, lexicon: Readonly<Record<string, readonly string[]>>): { total: bigint; sizes: number[] } | undefined {
  const sizes: number[] = [];
  for (const m of template.matchAll(PLACEHOLDER)) {
    const words = lexicon[m[1]];
    if (!words || words.length === 0) return undefined;
    sizes.push(words.length);
  }
  return { total: sizes.reduce((p, n) => p * BigInt(n), 1n), sizes };
}

/**
 * Expands a CheckList-style template over a lexicon: every placeholder `{key}` takes each word of
 * `lexicon[key]` (each occurrence independently), in lexicographic order of the choices.
 * Exhaustive when `sample` is absent or at least the number of combinations; otherwise `sample`
 * distinct combinations drawn with `rng` by index, never listing the others (sorted back into
 * enumeration order, so the output does not depend on draw order): an index uniform below the
 * product while it is a safe integer, beyond that each placeholder's word drawn uniformly (the same
 * distribution, exact however large the product). Throws when a key is missing or empty, or when
 * the cases would be more than {@link TEMPLATE_CASE_LIMIT} (callers check both first).
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
  const total = slots.reduce((p, s) => p * BigInt(s.length), 1n);
  const exhaustive = opts.sample === undefined || BigInt(opts.sample) >= total;
  const count = exhaustive ? total : BigInt(opts.sample!);
  if (count > BigInt(TEMPLATE_CASE_LIMIT)) throw new RangeError(`template '${template}' would expand to ${total} cases, more than ${TEMPLATE_CASE_LIMIT}`);
  const render = (picks: readonly number[]): string => {
    let out = '';
    for (let i = 0; i < parts.length; i++) out += i % 2 === 0 ? parts[i] : slots[(i - 1) / 2][picks[(i - 1) / 2]];
    return out;
  };
  // The choices of combination `index` (mixed radix, the last placeholder fastest).
  const picksOf = (index: number): number[] => {
    const picks: number[] = new Array(slots.length);
    let rest = index;
    for (let k = slots.length - 1; k >= 0; k--) {
      picks[k] = rest % slots[k].length;
      rest = Math.floor(rest / slots[k].length);
    }
    return picks;
  };
  if (exhaustive) return Array.from({ length: Number(total) }, (_, i) => render(picksOf(i)));
  const rng = opts.rng;
  if (!rng) throw new Error('sampling a template needs an rng');
  const n = Number(count);
  if (total <= BigInt(Number.MAX_SAFE_INTEGER)) {
    const size = Number(total);
    const chosen = new Set<number>();
    while (chosen.size < n) chosen.add(Math.floor(rng.randomSample() * size));
    return [...chosen].sort((a, b) => a - b).map((i) => render(picksOf(i)));
  }
  // A product beyond 2^53: draw each placeholder's choice; a repeat (of all of them) is drawn again.
  const chosen = new Map<string, number[]>();
  while (chosen.size < n) {
    const picks = slots.map((s) => Math.floor(rng.randomSample() * s.length));
    chosen.set(picks.join(','), picks);
  }
  const order = (a: readonly number[], b: readonly number[]) => {
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k] - b[k];
    return 0;
  };
  return [...chosen.values()].sort(order).map(render);
}
