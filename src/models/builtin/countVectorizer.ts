import { compareCodePoints } from '../../metrics/sortLabels.js';
import { buildFeatureScanner, type FeatureScanner } from './featureScanner.js';
import { GramTable } from './gramTable.js';
import { Growable } from './growable.js';
import { sortIndices } from './sortIndices.js';
import { documentCountBounds, resolveVectorizerOptions, type VectorizerOptions } from './vectorizerOptions.js';

/** A documents × terms count matrix in CSR form: row r's terms are indices[indptr[r] .. indptr[r+1]). */
export interface SparseRows {
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
}

/**
 * scikit-learn's `CountVectorizer` (word analyzer): `fitTransform` learns the vocabulary from the
 * training documents only (pruned by min_df/max_df, then sorted by code point, as
 * `get_feature_names_out()`), `transform` counts known terms and ignores unseen ones. Tokens and
 * n-grams are interned as integer ids ({@link GramTable}), so a repeated feature costs no string.
 * Cost O(total tokens · max n) plus O(V log V) to sort the vocabulary; ~0.5 s each way for 6,000
 * documents of 5 KB. Throws scikit-learn's messages: "empty vocabulary; perhaps the documents only
 * contain stop words", "After pruning, no terms remain. Try a lower min_df or a higher max_df.",
 * "max_df corresponds to < documents than min_df", and the options' errors.
 * @example CountVectorizer.fitTransform(['bb aa', 'aa']).vectorizer.terms // ['aa', 'bb']
 */
export class CountVectorizer {
  private readonly scan: FeatureScanner;
  private readonly counts: Int32Array;
  private byTerm: Map<string, number> | undefined;

  private constructor(
    readonly options: Readonly<VectorizerOptions>,
    /** Feature names in column order (`get_feature_names_out()`). */
    readonly terms: readonly string[],
    private readonly grams: GramTable,
    /** Gram id → column, −1 for grams that are not features. */
    private readonly columnOf: Int32Array,
  ) {
    this.scan = buildFeatureScanner(options);
    this.counts = new Int32Array(Math.max(terms.length, 1));
  }

  /** Term → column (`vocabulary_`), built on first use. */
  get vocabulary(): ReadonlyMap<string, number> {
    this.byTerm ??= new Map(this.terms.map((t, j) => [t, j]));
    return this.byTerm;
  }

  /** Fits the vocabulary on `docs` and returns it with their count matrix (row terms in first-seen order). */
  static fitTransform(docs: readonly string[], options: Partial<VectorizerOptions> = {}): { vectorizer: CountVectorizer; rows: SparseRows } {
    const o = resolveVectorizerOptions(options);
    const scan = buildFeatureScanner(o);
    const grams = new GramTable();
    const found = new Growable(1024);
    const touched = new Growable(1024);
    const indices = new Growable(1024);
    const data = new Growable(1024);
    const indptr = new Int32Array(docs.length + 1);
    let counts = new Int32Array(1024);
    for (let d = 0; d < docs.length; d++) {
      found.length = 0;
      touched.length = 0;
      scan(docs[d], grams, true, found);
      if (grams.size > counts.length) {
        const next = new Int32Array(Math.max(grams.size, counts.length * 2));
        next.set(counts);
        counts = next;
      }
      for (let k = 0; k < found.length; k++) if (counts[found.buf[k]]++ === 0) touched.push(found.buf[k]);
      for (let k = 0; k < touched.length; k++) {
        const id = touched.buf[k];
        indices.push(id);
        data.push(o.binary ? 1 : counts[id]);
        counts[id] = 0;
      }
      indptr[d + 1] = indices.length;
    }
    const idx = indices.view();
    const df = new Int32Array(grams.size);
    for (let k = 0; k < idx.length; k++) df[idx[k]]++;
    const emitted: number[] = [];
    for (let id = 0; id < df.length; id++) if (df[id] > 0) emitted.push(id);
    if (emitted.length === 0) throw new Error('empty vocabulary; perhaps the documents only contain stop words');
    const [low, high] = documentCountBounds(o, docs.length);
    const kept = emitted.filter((id) => df[id] >= low && df[id] <= high).map((id) => grams.strings[id]);
    if (kept.length === 0) throw new Error('After pruning, no terms remain. Try a lower min_df or a higher max_df.');
    sortByCodePoint(kept);
    const columnOf = new Int32Array(grams.size).fill(-1);
    for (let j = 0; j < kept.length; j++) columnOf[grams.whole(kept[j], false)] = j;
    const counted = data.view();
    const val = new Float64Array(counted.length);
    let w = 0;
    for (let r = 0, k = 0; r < docs.length; r++) {
      for (const end = indptr[r + 1]; k < end; k++) {
        const j = columnOf[idx[k]];
        if (j >= 0) {
          idx[w] = j;
          val[w++] = counted[k];
        }
      }
      indptr[r + 1] = w;
    }
    const vectorizer = new CountVectorizer(o, kept, grams, columnOf);
    return { vectorizer, rows: { indptr, indices: idx.slice(0, w), data: val.slice(0, w) } };
  }

  /** Counts the known terms of each document (unseen terms ignored); row indices ascending, as scikit-learn's. */
  transform(docs: readonly string[]): SparseRows {
    const indptr = new Int32Array(docs.length + 1);
    const found = new Growable(1024);
    const touched = new Growable(1024);
    const indices = new Growable(1024);
    const data = new Growable(1024);
    const { counts, columnOf, grams } = this;
    const binary = this.options.binary;
    for (let d = 0; d < docs.length; d++) {
      found.length = 0;
      touched.length = 0;
      this.scan(docs[d], grams, false, found);
      for (let k = 0; k < found.length; k++) {
        const j = columnOf[found.buf[k]];
        if (j >= 0 && counts[j]++ === 0) touched.push(j);
      }
      const row = touched.buf;
      sortIndices(row, touched.length, counts.length);
      for (let k = 0; k < touched.length; k++) {
        indices.push(row[k]);
        data.push(binary ? 1 : counts[row[k]]);
        counts[row[k]] = 0;
      }
      indptr[d + 1] = indices.length;
    }
    return { indptr, indices: indices.view().slice(), data: Float64Array.from(data.view()) };
  }
}

/** Sorts strings by code point (Python's order): UTF-16 order unless a term holds a surrogate pair. */
function sortByCodePoint(terms: string[]): void {
  terms.sort();
  if (terms.some((t) => /[\ud800-\udfff]/.test(t))) terms.sort(compareCodePoints);
}
