import { compareCodePoints } from '../../metrics/sortLabels.js';
import { buildTokenStream, DEFAULT_ANALYZER_OPTIONS, type AnalyzerOptions, type TokenVisitor } from './textAnalyzer.js';

/** `CountVectorizer` options: the analyzer's plus counting and document-frequency pruning. */
export interface VectorizerOptions extends AnalyzerOptions {
  /** Count 1 for any term present (scikit-learn `binary`). Default false. */
  binary: boolean;
  /** Drop terms in fewer documents: an integer is a count, a value in (0, 1) a proportion. Default 1. */
  minDf: number;
  /** Drop terms in more documents: 1 or a value in [0, 1) is a proportion, an integer >= 2 a count. Default 1. */
  maxDf: number;
}

/** A documents × terms count matrix in CSR form: row r's terms are indices[indptr[r] .. indptr[r+1]). */
export interface SparseRows {
  indptr: Int32Array;
  indices: Int32Array;
  data: Float64Array;
}

/** The defaults of {@link VectorizerOptions}, as scikit-learn's `CountVectorizer()`. */
export const DEFAULT_VECTORIZER_OPTIONS: Readonly<VectorizerOptions> = Object.freeze({ ...DEFAULT_ANALYZER_OPTIONS, binary: false, minDf: 1, maxDf: 1 });

/** Growable typed arrays, so building a matrix never allocates per token. */
class Grow<T extends Int32Array | Float64Array> {
  length = 0;
  constructor(public buf: T) {}
  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = new (this.buf.constructor as new (n: number) => T)(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }
  view(): T {
    return this.buf.subarray(0, this.length) as T;
  }
}

/**
 * Checks vectorizer options before any fitting: the analyzer's (ngram range, token pattern) and
 * min_df/max_df. O(pattern length). Throws the message {@link CountVectorizer.fitTransform} would.
 * @example validateVectorizerOptions({ minDf: 2 }) // undefined (no error)
 */
export function validateVectorizerOptions(options: Partial<VectorizerOptions>): void {
  const o: VectorizerOptions = { ...DEFAULT_VECTORIZER_OPTIONS, ...options };
  checkDf(o);
  buildTokenStream(o);
}

function checkDf(o: VectorizerOptions): void {
  const { minDf, maxDf } = o;
  if (!((Number.isInteger(minDf) && minDf >= 0) || (minDf > 0 && minDf < 1))) {
    throw new Error(`min_df must be an integer >= 0 (a document count) or a proportion in (0, 1) (got ${minDf})`);
  }
  if (!((maxDf >= 0 && maxDf <= 1) || (Number.isInteger(maxDf) && maxDf >= 2))) {
    throw new Error(`max_df must be a proportion in [0, 1] or an integer >= 2 (a document count) (got ${maxDf})`);
  }
}

/** Document-count bounds scikit-learn derives from min_df/max_df (integers are counts, other values proportions). */
function docCountBounds(o: VectorizerOptions, n: number): [number, number] {
  const low = Number.isInteger(o.minDf) ? o.minDf : o.minDf * n;
  const high = Number.isInteger(o.maxDf) && o.maxDf >= 2 ? o.maxDf : o.maxDf * n;
  if (high < low) throw new Error('max_df corresponds to < documents than min_df');
  return [low, high];
}

/**
 * scikit-learn's `CountVectorizer` (word analyzer): `fitTransform` learns the vocabulary from the
 * training documents only (pruned by min_df/max_df, then sorted by code point, as
 * `get_feature_names_out()`), `transform` counts known terms and ignores unseen ones.
 * Cost O(total tokens) with one Map lookup per token, plus O(V log V) to sort the vocabulary.
 * Throws scikit-learn's messages: "empty vocabulary; perhaps the documents only contain stop words",
 * "After pruning, no terms remain. Try a lower min_df or a higher max_df.",
 * "max_df corresponds to < documents than min_df", and the analyzer's option errors.
 * @example CountVectorizer.fitTransform(['bb aa', 'aa']).vectorizer.terms // ['aa', 'bb']
 */
export class CountVectorizer {
  private readonly stream: (doc: string, visit: TokenVisitor) => void;
  private readonly scratch: Int32Array;

  private constructor(
    readonly options: Readonly<VectorizerOptions>,
    /** Feature names in column order. */
    readonly terms: readonly string[],
    /** Term → column. */
    readonly vocabulary: ReadonlyMap<string, number>,
  ) {
    this.stream = buildTokenStream(options);
    this.scratch = new Int32Array(Math.max(terms.length, 1));
  }

  /** Fits the vocabulary on `docs` and returns it with their count matrix (row terms in first-seen order). */
  static fitTransform(docs: readonly string[], options: Partial<VectorizerOptions> = {}): { vectorizer: CountVectorizer; rows: SparseRows } {
    const o: VectorizerOptions = { ...DEFAULT_VECTORIZER_OPTIONS, ...options };
    checkDf(o);
    const stream = buildTokenStream(o);
    const ids = new Map<string, number>();
    const seen: string[] = [];
    let counts = new Int32Array(1024);
    const touched = new Grow(new Int32Array(256));
    const indices = new Grow(new Int32Array(1024));
    const data = new Grow(new Float64Array(1024));
    const indptr = new Int32Array(docs.length + 1);
    const count = (t: string): void => {
      let id = ids.get(t);
      if (id === undefined) {
        id = seen.length;
        ids.set(t, id);
        seen.push(t);
        if (id === counts.length) {
          const next = new Int32Array(counts.length * 2);
          next.set(counts);
          counts = next;
        }
      }
      if (counts[id]++ === 0) touched.push(id);
    };
    for (let d = 0; d < docs.length; d++) {
      touched.length = 0;
      stream(docs[d], count);
      for (let k = 0; k < touched.length; k++) {
        const id = touched.buf[k];
        indices.push(id);
        data.push(o.binary ? 1 : counts[id]);
        counts[id] = 0;
      }
      indptr[d + 1] = indices.length;
    }
    if (seen.length === 0) throw new Error('empty vocabulary; perhaps the documents only contain stop words');
    const [low, high] = docCountBounds(o, docs.length);
    const df = new Int32Array(seen.length);
    const idx = indices.view();
    for (let k = 0; k < idx.length; k++) df[idx[k]]++;
    const kept = seen.filter((_, id) => df[id] >= low && df[id] <= high);
    if (kept.length === 0) throw new Error('After pruning, no terms remain. Try a lower min_df or a higher max_df.');
    sortByCodePoint(kept);
    const vocabulary = new Map<string, number>();
    const remap = new Int32Array(seen.length).fill(-1);
    for (let j = 0; j < kept.length; j++) {
      vocabulary.set(kept[j], j);
      remap[ids.get(kept[j]) as number] = j;
    }
    const val = data.view();
    let w = 0;
    for (let r = 0, k = 0; r < docs.length; r++) {
      for (const end = indptr[r + 1]; k < end; k++) {
        const j = remap[idx[k]];
        if (j >= 0) { idx[w] = j; val[w++] = val[k]; }
      }
      indptr[r + 1] = w;
    }
    const vectorizer = new CountVectorizer(o, kept, vocabulary);
    return { vectorizer, rows: { indptr, indices: idx.slice(0, w), data: val.slice(0, w) } };
  }

  /** Counts the known terms of each document (unseen terms ignored); row indices ascending, as scikit-learn's. */
  transform(docs: readonly string[]): SparseRows {
    const indptr = new Int32Array(docs.length + 1);
    const indices = new Grow(new Int32Array(1024));
    const data = new Grow(new Float64Array(1024));
    const touched = new Grow(new Int32Array(256));
    const counts = this.scratch;
    const vocabulary = this.vocabulary;
    const count = (t: string): void => {
      const id = vocabulary.get(t);
      if (id !== undefined && counts[id]++ === 0) touched.push(id);
    };
    for (let d = 0; d < docs.length; d++) {
      touched.length = 0;
      this.stream(docs[d], count);
      const row = touched.view().sort();
      for (let k = 0; k < row.length; k++) {
        indices.push(row[k]);
        data.push(this.options.binary ? 1 : counts[row[k]]);
        counts[row[k]] = 0;
      }
      indptr[d + 1] = indices.length;
    }
    return { indptr, indices: indices.view().slice(), data: data.view().slice() };
  }
}

/** Sorts strings by code point (Python's order): UTF-16 order unless a term holds a surrogate pair. */
function sortByCodePoint(terms: string[]): void {
  terms.sort();
  if (terms.some((t) => /[\ud800-\udfff]/.test(t))) terms.sort(compareCodePoints);
}
