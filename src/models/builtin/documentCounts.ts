import { compareCodePoints } from '../../metrics/sortLabels.js';
import { codePointOrder } from './codePointOrder.js';
import { buildFeatureScanner, type FeatureScanner } from './featureScanner.js';
import { GramTable } from './gramTable.js';
import { Growable } from './growable.js';
import type { VectorizerOptions } from './vectorizerOptions.js';

/** One document's features: distinct gram ids in first-seen order and how often each occurs. */
export interface DocumentVector {
  ids: Int32Array;
  counts: Int32Array;
}

/**
 * The analyses of documents under one set of vectorizer options, shared by a model and every model
 * fitted from it: a document's gram → count vector does not depend on the training set it is part
 * of, so k-fold cross-validation analyzes each distinct text once instead of once per fold. Grams
 * live in one {@link GramTable} (one id per feature string); `sortedGrams` keeps every id in code
 * point order of its string, extended by merging as grams arrive, so a fold's vocabulary is a filter,
 * not a sort ({@link codePointOrder} sorts each batch of new grams). Documents given to `remember` are kept (keyed by their text) for the cache's lifetime;
 * `lookup` of an unknown text analyzes it without keeping it or adding grams (predict-time inputs
 * such as perturbed variants never grow the cache). Cost O(length + tokens · max n) per new text,
 * O(1) expected per known one (a Map on the text). Throws for invalid analyzer options.
 * @example { const c = new DocumentCounts(resolveVectorizerOptions()); Array.from(c.remember('aa bb aa').counts) } // [2, 1]
 */
export class DocumentCounts {
  readonly grams = new GramTable();
  private readonly scan: FeatureScanner;
  private readonly kept = new Map<string, DocumentVector>();
  private readonly found = new Growable(1024);
  private readonly touched = new Growable(1024);
  private tally = new Int32Array(1024);
  private order = new Int32Array(0);

  constructor(readonly options: Readonly<VectorizerOptions>) {
    this.scan = buildFeatureScanner(options);
  }

  /** The vector of `doc`, analyzed (its grams added to the table) and kept on first sight. */
  remember(doc: string): DocumentVector {
    let v = this.kept.get(doc);
    if (v === undefined) {
      v = this.analyze(doc, true);
      this.kept.set(doc, v);
    }
    return v;
  }

  /** The vector of `doc`: the kept one, or a fresh analysis over known grams only (not kept). */
  lookup(doc: string): DocumentVector {
    return this.kept.get(doc) ?? this.analyze(doc, false);
  }

  /** Every gram id, ordered by code point of its string (Python's order); valid until the next `remember`. */
  sortedGrams(): Int32Array {
    const size = this.grams.size;
    if (this.order.length === size) return this.order;
    const strings = this.grams.strings;
    const first = this.order.length;
    const fresh = codePointOrder(strings.slice(first));
    const merged = new Int32Array(size);
    const old = this.order;
    let i = 0;
    let j = 0;
    let w = 0;
    while (i < old.length && j < fresh.length) {
      merged[w++] = compareCodePoints(strings[old[i]], strings[first + fresh[j]]) < 0 ? old[i++] : first + fresh[j++];
    }
    while (i < old.length) merged[w++] = old[i++];
    while (j < fresh.length) merged[w++] = first + fresh[j++];
    this.order = merged;
    return merged;
  }

  private analyze(doc: string, create: boolean): DocumentVector {
    const { found, touched, grams } = this;
    found.length = 0;
    touched.length = 0;
    this.scan(doc, grams, create, found);
    if (grams.size > this.tally.length) {
      const next = new Int32Array(Math.max(grams.size, this.tally.length * 2));
      next.set(this.tally);
      this.tally = next;
    }
    const tally = this.tally;
    for (let k = 0; k < found.length; k++) if (tally[found.buf[k]]++ === 0) touched.push(found.buf[k]);
    const ids = touched.view().slice();
    const counts = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = tally[ids[k]];
      tally[ids[k]] = 0;
    }
    return { ids, counts };
  }
}
