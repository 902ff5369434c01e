/**
 * Disjoint sets over 0..n−1 (union–find with path halving). The root of a set is always its
 * smallest member, so the result does not depend on the order of unions. Cost: near-constant
 * amortised per operation; 4 bytes per item. Throws nothing.
 * @example const u = new UnionFind(3); u.union(2, 1); u.find(2) // 1
 */
export class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  /** The smallest member of x's set. */
  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) {
      p[x] = p[p[x]];
      x = p[x];
    }
    return x;
  }

  /** Merges the sets of x and y; returns false when they were already one set. */
  union(x: number, y: number): boolean {
    const a = this.find(x);
    const b = this.find(y);
    if (a === b) return false;
    if (a < b) this.parent[b] = a;
    else this.parent[a] = b;
    return true;
  }
}
