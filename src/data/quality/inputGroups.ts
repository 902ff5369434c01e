import type { Example } from '../example.js';
import { inputText } from './inputText.js';
import { normalizeText, type NormalizeOptions } from './normalizeText.js';

/**
 * Examples grouped by normalized input text, in compressed form: group g holds the example
 * indices `members[start[g] .. start[g + 1])`, ordered by (line, index); groups are ordered by
 * their first member, so by first line.
 */
export interface InputGroups {
  /** The normalized text of each group. */
  texts: string[];
  start: Int32Array;
  members: Int32Array;
  /** Text → group index. */
  index: Map<string, number>;
  /** Examples that have an input (the others are not in any group). */
  total: number;
}

/**
 * Example indices ordered by (line, index): the order every check lists examples in. Cost O(n)
 * when the examples already are in line order, else one O(n log n) sort. Throws nothing.
 * @example lineOrder([{ id: 'a', line: 5 }, { id: 'b', line: 2 }]) // Int32Array [1, 0]
 */
export function lineOrder(examples: readonly Example[]): Int32Array {
  const n = examples.length;
  const order = new Int32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && examples[i].line < examples[i - 1].line) sorted = false;
  }
  if (!sorted) order.sort((a, b) => examples[a].line - examples[b].line || a - b);
  return order;
}

/**
 * Groups examples by the normalized text of their input ({@link inputText} then
 * {@link normalizeText}); examples without an input are left out. Cost O(total text length)
 * plus one hash-map operation per example. Throws nothing.
 * @example groupInputs([{ id: 'a', line: 1, input: 'Hi' }, { id: 'b', line: 2, input: 'hi ' }]).texts // ['hi']
 */
export function groupInputs(examples: readonly Example[], normalize: NormalizeOptions = {}): InputGroups {
  const order = lineOrder(examples);
  const index = new Map<string, number>();
  const texts: string[] = [];
  const groupOf = new Int32Array(examples.length).fill(-1);
  let counts = new Int32Array(64);
  let total = 0;
  for (let o = 0; o < order.length; o++) {
    const i = order[o];
    const raw = inputText(examples[i].input);
    if (raw === undefined) continue;
    const text = normalizeText(raw, normalize);
    let g = index.get(text);
    if (g === undefined) {
      g = texts.length;
      index.set(text, g);
      texts.push(text);
      if (g >= counts.length) {
        const grown = new Int32Array(counts.length * 2);
        grown.set(counts);
        counts = grown;
      }
    }
    groupOf[i] = g;
    counts[g]++;
    total++;
  }
  const start = new Int32Array(texts.length + 1);
  for (let g = 0; g < texts.length; g++) start[g + 1] = start[g] + counts[g];
  const fill = start.slice(0, texts.length);
  const members = new Int32Array(total);
  for (let o = 0; o < order.length; o++) {
    const g = groupOf[order[o]];
    if (g >= 0) members[fill[g]++] = order[o];
  }
  return { texts, start, members, index, total };
}

/**
 * The ids and lines of the examples `members[from .. to)`, in that order (a finding's
 * `ids`/`lines`). Cost O(to − from). Throws nothing.
 * @example refsOf([{ id: 'a', line: 3 }], Int32Array.of(0), 0, 1) // { ids: ['a'], lines: [3] }
 */
export function refsOf(examples: readonly Example[], members: Int32Array, from: number, to: number): { ids: string[]; lines: number[] } {
  const ids: string[] = [];
  const lines: number[] = [];
  for (let m = from; m < to; m++) {
    ids.push(examples[members[m]].id);
    lines.push(examples[members[m]].line);
  }
  return { ids, lines };
}
