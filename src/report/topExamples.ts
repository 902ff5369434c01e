/**
 * Keeps the `max` items with the highest rank among all offered, plus the count offered: a report
 * section shows the most telling examples of a million without holding them. Ties keep the earlier
 * item (file order), so the choice is deterministic. Cost O(max) per accepted offer, O(max) memory.
 * Example: `const t = new TopExamples<string>(2); t.offer('a', 1); t.offer('b', 3); t.offer('c', 2); t.items()` → `['b', 'c']`.
 */
export class TopExamples<T> {
  private readonly kept: { item: T; rank: number }[] = [];
  /** How many items were offered. */
  total = 0;

  constructor(private readonly max: number) {}

  /** Offers an item; NaN ranks lowest. */
  offer(item: T, rank: number): void {
    this.total++;
    if (this.max <= 0) return;
    const r = Number.isNaN(rank) ? -Infinity : rank;
    if (this.kept.length === this.max && r <= this.kept[this.kept.length - 1].rank) return;
    let i = this.kept.length;
    while (i > 0 && this.kept[i - 1].rank < r) i--;
    this.kept.splice(i, 0, { item, rank: r });
    if (this.kept.length > this.max) this.kept.pop();
  }

  /** The kept items, highest rank first. */
  items(): T[] {
    return this.kept.map((k) => k.item);
  }
}
