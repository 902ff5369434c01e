import { buildTokenStream, DEFAULT_ANALYZER_OPTIONS, type AnalyzerOptions } from './textAnalyzer.js';

/** `CountVectorizer` options: the analyzer's plus counting and document-frequency pruning. */
export interface VectorizerOptions extends AnalyzerOptions {
  /** Count 1 for any term present (scikit-learn `binary`). Default false. */
  binary: boolean;
  /** Drop terms in fewer documents: an integer is a count, a value in (0, 1) a proportion. Default 1. */
  minDf: number;
  /** Drop terms in more documents: 1 or a value in [0, 1) is a proportion, an integer >= 2 a count. Default 1. */
  maxDf: number;
}

/** The defaults of {@link VectorizerOptions}, as scikit-learn's `CountVectorizer()`. */
export const DEFAULT_VECTORIZER_OPTIONS: Readonly<VectorizerOptions> = Object.freeze({ ...DEFAULT_ANALYZER_OPTIONS, binary: false, minDf: 1, maxDf: 1 });

/**
 * Fills in the defaults and checks vectorizer options before any fitting: the analyzer's (ngram
 * range, token pattern) and min_df/max_df (scikit-learn's int = count, float = proportion, mapped
 * onto one number: see the fields). O(pattern length). Throws a plain Error saying what is wrong.
 * @example resolveVectorizerOptions({ minDf: 2 }).maxDf // 1
 */
export function resolveVectorizerOptions(options: Partial<VectorizerOptions> = {}): VectorizerOptions {
  const o: VectorizerOptions = { ...DEFAULT_VECTORIZER_OPTIONS, ...options };
  const { minDf, maxDf } = o;
  if (!((Number.isInteger(minDf) && minDf >= 0) || (minDf > 0 && minDf < 1))) {
    throw new Error(`min_df must be an integer >= 0 (a document count) or a proportion in (0, 1) (got ${minDf})`);
  }
  if (!((maxDf >= 0 && maxDf <= 1) || (Number.isInteger(maxDf) && maxDf >= 2))) {
    throw new Error(`max_df must be a proportion in [0, 1] or an integer >= 2 (a document count) (got ${maxDf})`);
  }
  buildTokenStream(o);
  return o;
}

/**
 * The document-count bounds scikit-learn derives from min_df/max_df for n documents (a proportion
 * times n, a count as is). O(1). Throws scikit-learn's "max_df corresponds to < documents than min_df".
 * @example documentCountBounds({ ...DEFAULT_VECTORIZER_OPTIONS, maxDf: 0.5 }, 10) // [1, 5]
 */
export function documentCountBounds(o: VectorizerOptions, n: number): [number, number] {
  const low = Number.isInteger(o.minDf) ? o.minDf : o.minDf * n;
  const high = Number.isInteger(o.maxDf) && o.maxDf >= 2 ? o.maxDf : o.maxDf * n;
  if (high < low) throw new Error('max_df corresponds to < documents than min_df');
  return [low, high];
}
