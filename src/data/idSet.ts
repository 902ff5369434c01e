/**
 * A set of ids remembering the line each was added on. Membership is a plain `Set` (one
 * `add` both tests and inserts); lines sit in an array in insertion order and become a Map only
 * the first time {@link lineOf} is asked (a duplicate to report), which is O(n) once.
 * Example: `s.add('a', 3)` → `true`; `s.add('a', 9)` → `false`; `s.lineOf('a')` → `3`.
 */
export class IdSet {
  private set: Set<string> | undefined = new Set();
  private lines: number[] = [];
  private map: Map<string, number> | undefined;

  /** Number of ids held. */
  get size(): number {
    return this.set?.size ?? this.map!.size;
  }

  /** Adds `id` taken on `line`; false (and nothing changes) when it is already held. */
  add(id: string, line: number): boolean {
    const set = this.set;
    if (set !== undefined) {
      const n = set.size;
      set.add(id);
      if (set.size === n) return false;
      this.lines.push(line);
      return true;
    }
    const map = this.map!;
    if (map.has(id)) return false;
    map.set(id, line);
    return true;
  }

  /** True when `id` is held. */
  has(id: string): boolean {
    return this.set?.has(id) ?? this.map!.has(id);
  }

  /** The line `id` was added on, or 0 when it is not held. */
  lineOf(id: string): number {
    if (this.set !== undefined) {
      const map = new Map<string, number>();
      let i = 0;
      for (const key of this.set) map.set(key, this.lines[i++]);
      this.map = map;
      this.set = undefined;
      this.lines = [];
    }
    return this.map!.get(id) ?? 0;
  }
}
