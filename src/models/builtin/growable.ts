/**
 * An Int32Array that grows by doubling, so building a sparse matrix never allocates per element.
 * `push` is O(1) amortised; `view()` is the filled part (no copy). Never throws.
 * @example { const g = new Growable(1); g.push(4); g.push(5); Array.from(g.view()) } // [4, 5]
 */
export class Growable {
  length = 0;
  buf: Int32Array;

  constructor(capacity: number) {
    this.buf = new Int32Array(Math.max(16, capacity));
  }

  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new Int32Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }

  view(): Int32Array {
    return this.buf.subarray(0, this.length);
  }
}
