import { RowError } from './rowError.js';

/**
 * The ids given out while reading one file. An explicit id seen twice is a bad row (the second
 * one, naming the first line). A content id (row hash) seen twice means two identical rows —
 * legitimate data that data-quality checks report — so the repeat gets a suffix instead:
 * `<hash>-2`, `<hash>-3`, … (still independent of where the rows sit in the file).
 * Cost: one Map insert per row.
 * Example: after `r.take("a", 3)`, `r.checkExplicit("a", "id")` throws `duplicate id "a" (first on line 3)`.
 */
export class IdRegistry {
  private readonly lines = new Map<string, number>();
  private repeats: Map<string, number> | undefined;

  /** True when `id` is already taken (bad rows never take one). */
  has(id: string): boolean {
    return this.lines.has(id);
  }

  /** Checks an explicit id; throws a RowError naming `column` if it is taken. Does not record it. */
  checkExplicit(id: string, column: string): void {
    const first = this.lines.get(id);
    if (first !== undefined) {
      throw new RowError([column], `duplicate id ${JSON.stringify(id)} (first on line ${first})`);
    }
  }

  /** The id to use for a row whose content hash is `hash` (suffixed when taken). Does not record it. */
  contentId(hash: string): string {
    if (!this.lines.has(hash)) return hash;
    this.repeats ??= new Map();
    let k = (this.repeats.get(hash) ?? 1) + 1;
    while (this.lines.has(`${hash}-${k}`)) k++;
    this.repeats.set(hash, k);
    return `${hash}-${k}`;
  }

  /** Records `id` as taken by the row at `line`. */
  take(id: string, line: number): void {
    this.lines.set(id, line);
  }
}
