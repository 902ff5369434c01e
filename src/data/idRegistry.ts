import { ContentIdSet } from './contentIdSet.js';
import { IdSet } from './idSet.js';
import { RowError } from './rowError.js';

const SUFFIXED = /^([0-9a-f]{12})-([0-9]+)$/;

/**
 * The ids given out while reading one file. An explicit id seen twice is a bad row (the second
 * one, naming the first line). A content id (row hash) seen twice means two identical rows —
 * legitimate data that data-quality checks report — so the repeat gets a suffix instead:
 * `<hash>-2`, `<hash>-3`, … (still independent of where the rows sit in the file). Explicit and
 * content ids never collide: a content id skips ids already taken explicitly, and an explicit id
 * equal to a content id already given out is a duplicate.
 * Cost: one {@link IdSet} or {@link ContentIdSet} add per row; a repeated row costs a lookup in
 * a Map of repeated hashes.
 * Example: after `r.explicit('a', 'id', 3)`, `r.explicit('a', 'id', 9)` throws `duplicate id "a" (first on line 3)`.
 */
export class IdRegistry {
  private readonly explicitIds = new IdSet();
  private readonly contentIds = new ContentIdSet(); // first occurrences (bare hashes) only
  private readonly repeats = new Map<string, number>(); // hash → last suffix given

  /** Takes the explicit id `id` for the row at `line`; throws a RowError naming `column` if taken. */
  explicit(id: string, column: string, line: number): string {
    if (this.contentIds.size > 0 && this.isContentId(id)) {
      throw new RowError(
        [column],
        `duplicate id ${JSON.stringify(id)} (already the content id of an earlier row without an id)`,
      );
    }
    if (this.explicitIds.add(id, line)) return id;
    const first = this.explicitIds.lineOf(id);
    throw new RowError([column], `duplicate id ${JSON.stringify(id)} (first on line ${first})`);
  }

  /** Takes an id for a row whose content hash is `hash` (12 hex characters): the hash, suffixed if taken. */
  content(hash: string): string {
    // Repeated rows are looked up in the small map of repeated hashes first.
    let id = !this.repeats.has(hash) && this.contentIds.add(hash) ? hash : this.nextSuffix(hash);
    if (this.explicitIds.size > 0) while (this.explicitIds.has(id)) id = this.nextSuffix(hash);
    return id;
  }

  private nextSuffix(hash: string): string {
    const k = (this.repeats.get(hash) ?? 1) + 1;
    this.repeats.set(hash, k);
    return `${hash}-${k}`;
  }

  private isContentId(id: string): boolean {
    if (this.contentIds.has(id)) return true;
    const m = SUFFIXED.exec(id);
    if (m === null) return false;
    const k = Number(m[2]);
    return k >= 2 && k <= (this.repeats.get(m[1]) ?? 0);
  }
}
