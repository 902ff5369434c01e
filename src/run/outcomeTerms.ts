import { outcomeKey } from './answerIndex.js';
import type { OutcomeRecord } from '../contract/evalRecord.js';

/** An outcome record as this collector builds it: with its terms. */
type Unit = OutcomeRecord & { terms: Record<string, number[]> };
import type { RecordWriter } from './recordWriter.js';

/**
 * Collects outcome records: one per unit (check, variant, example id) holding the unit's terms of
 * each figure computed over such units, written to the journal after the check's model calls. A
 * figure is then a function of the terms of its units (Σ hits / Σ of, a corpus score of summed
 * statistics, a percentile of values), which `evalgate compare` recomputes on resampled pairs
 * without the data, the scorers or the model. Adding a term for a unit twice overwrites it.
 * Cost O(1) per term; memory O(units · figures).
 * @example const t = new OutcomeTerms(); t.add('robustness', 'typo', 'a', 'robustness.typo.failure_rate', [1, 1]); t.records()[0].terms // { 'robustness.typo.failure_rate': [1, 1] }
 */
export class OutcomeTerms {
  private readonly units = new Map<string, Unit>();

  /** Sets the terms of `figure` for one unit. */
  add(check: string, variant: string | null, id: string, figure: string, terms: readonly number[]): void {
    this.unit(check, variant, id).terms[figure] = [...terms];
  }

  /** Marks a unit as not tested (it keeps no terms, and pairing reports a status that differs between runs). */
  status(check: string, variant: string | null, id: string, status: 'not-applicable' | 'error', error?: string): void {
    const u = this.unit(check, variant, id);
    u.status = status;
    if (error !== undefined) u.error = error;
  }

  /** Sets the group of a unit (fairness figures). */
  group(check: string, variant: string | null, id: string, group: string): void {
    this.unit(check, variant, id).group = group;
  }

  /** The outcome records, in the order their units were first seen. */
  records(): Unit[] {
    return [...this.units.values()];
  }

  /** Queues every outcome record on the journal and flushes it if full. */
  async writeTo(journal: RecordWriter): Promise<void> {
    for (const r of this.units.values()) journal.add(r);
    await journal.flushIfFull();
  }

  private unit(check: string, variant: string | null, id: string): Unit {
    const key = outcomeKey({ check, variant, id });
    let u = this.units.get(key);
    if (!u) {
      u = { id, check, variant, input: null, output: null, expected: null, score: null, error: null, latency_ms: null, kind: 'outcome', terms: {} };
      this.units.set(key, u);
    }
    return u;
  }
}
