import type { Example } from '../data/example.js';
import { resolveFigure } from '../suite/resolveFigure.js';
import type { Suite } from '../suite/types.js';

/**
 * The labels the data holds (each example's expected label; every label of a multilabel row),
 * gathered as the data streams by, so that a gate naming a label (`recall.spam`) is checked
 * against the data, not against the rows the model happened to answer. Collects only when some
 * gate names a label (else `names()` is empty and nothing is kept). Cost: O(distinct labels).
 * Example: after `add([{ label: 'spam' }, { label: 'ham' }])` → `names()` is `['spam', 'ham']`.
 */
export class DataLabels {
  private readonly seen: Set<string> | undefined;

  constructor(suite: Suite) {
    const named = suite.gates.some((g) => {
      const r = resolveFigure(g.figure, suite);
      return r.ok && r.ref.label !== undefined;
    });
    this.seen = named ? new Set() : undefined;
  }

  /** Takes a batch of examples. */
  add(batch: readonly Example[]): void {
    const seen = this.seen;
    if (!seen) return;
    for (const ex of batch) {
      const l = ex.label;
      if (l === undefined) continue;
      if (Array.isArray(l)) for (const x of l) seen.add(String(x));
      else seen.add(String(l));
    }
  }

  /** The labels seen, in order of first appearance. */
  names(): string[] {
    return [...(this.seen ?? [])];
  }
}
