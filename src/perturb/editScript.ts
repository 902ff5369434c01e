import fc from 'fast-check';
import type { Edit, Site } from './types.js';

/**
 * The fast-check arbitrary of edit scripts over a text's sites: 1 to `maxEdits` edits at distinct
 * sites (the count uniform, then the sites uniform without repetition), each picking one of its
 * site's options uniformly. Shrinking only drops edits, so a failing script shrinks toward the
 * fewest edits that still fail: it tries dropping the first half, then the second half, then each
 * edit alone, and fast-check follows the first candidate that still fails until none does, so the
 * script it ends with is 1-minimal (no single edit of it can go). An edit itself does not shrink:
 * no site or option is simpler than another (the first site is merely the leftmost, the first
 * number option the one 20 % lower). Purpose-built rather than composed from fast-check's
 * uniqueArray and tuple: a draw costs a few random numbers and one array, which matters when a
 * search draws a script per model call. Throws when there is no site or `maxEdits` < 1 (callers
 * count such texts as not applicable).
 * @example fc.sample(editScript(sites, 2), { seed: 1, numRuns: 1 }) // e.g. [[[3, 0]]]
 */
export function editScript(sites: readonly Site[], maxEdits: number): fc.Arbitrary<Edit[]> {
  if (sites.length === 0 || maxEdits < 1) throw new Error('an edit script needs at least one site and one edit');
  return new EditScriptArbitrary(sites, Math.min(Math.floor(maxEdits), sites.length));
}

class EditScriptArbitrary extends fc.Arbitrary<Edit[]> {
  constructor(private readonly sites: readonly Site[], private readonly maxLength: number) {
    super();
  }

  generate(mrng: fc.Random): fc.Value<Edit[]> {
    const n = this.sites.length;
    const length = mrng.nextInt(1, this.maxLength);
    const script: Edit[] = [];
    if (length * 2 <= n) {
      // Few edits among many sites: draw again on a repeat (expected draws < 2 per edit).
      while (script.length < length) {
        const s = mrng.nextInt(0, n - 1);
        if (!script.some((e) => e[0] === s)) script.push([s, mrng.nextInt(0, Math.max(0, this.sites[s].options.length - 1))]);
      }
    } else {
      // Most of the sites: a partial Fisher–Yates shuffle of their indices.
      const order = Array.from({ length: n }, (_, i) => i);
      for (let i = 0; i < length; i++) {
        const j = mrng.nextInt(i, n - 1);
        const s = order[j];
        order[j] = order[i];
        order[i] = s;
        script.push([s, mrng.nextInt(0, Math.max(0, this.sites[s].options.length - 1))]);
      }
    }
    return new fc.Value(script, undefined);
  }

  canShrinkWithoutContext(value: unknown): value is Edit[] {
    if (!Array.isArray(value) || value.length < 1 || value.length > this.maxLength) return false;
    const seen = new Set<number>();
    for (const e of value as unknown[]) {
      if (!Array.isArray(e) || e.length !== 2 || !Number.isInteger(e[0]) || !Number.isInteger(e[1])) return false;
      const [s, o] = e as number[];
      if (s < 0 || s >= this.sites.length || o < 0 || o >= Math.max(1, this.sites[s].options.length) || seen.has(s)) return false;
      seen.add(s);
    }
    return true;
  }

  shrink(value: Edit[]): fc.Stream<fc.Value<Edit[]>> {
    const n = value.length;
    if (n <= 1) return fc.Stream.nil();
    return fc.stream(candidates(value));
  }
}

/** The shrink candidates of a script: without its first half, without its second half, then without each edit in turn. */
function* candidates(value: Edit[]): IterableIterator<fc.Value<Edit[]>> {
  const n = value.length;
  const half = n >> 1;
  if (n >= 4) {
    yield new fc.Value(value.slice(half), undefined);
    yield new fc.Value(value.slice(0, half), undefined);
  }
  for (let i = 0; i < n; i++) yield new fc.Value([...value.slice(0, i), ...value.slice(i + 1)], undefined);
}
