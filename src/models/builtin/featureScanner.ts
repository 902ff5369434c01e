import { forEachGram, forEachGramByString, type GramTable } from './gramTable.js';
import type { Growable } from './growable.js';
import { buildPreprocessor, buildTokenStream, isDefaultTokenPattern } from './textAnalyzer.js';
import type { VectorizerOptions } from './vectorizerOptions.js';
import { forEachWordSpan } from './wordRuns.js';

/** Appends to `out` the gram id of each feature of `doc` (creating grams when `create`; unknown ones skipped). */
export type FeatureScanner = (doc: string, grams: GramTable, create: boolean, out: Growable) => void;

/**
 * The vectorizer's inner loop: analyzes a document as scikit-learn's word analyzer would and appends
 * the {@link GramTable} id of every feature occurrence (unigrams, n-grams in [min, max]). With the
 * default token pattern tokens are looked up by their span of the preprocessed text, allocating no
 * string for a known token; other patterns go through the regular-expression tokenizer, and tokens
 * holding spaces through whole n-gram strings (exact scikit-learn semantics in every case).
 * Cost O(length + tokens · max n). Throws for invalid analyzer options.
 * @example { const g = new GramTable(), out = new Growable(8); buildFeatureScanner(resolveVectorizerOptions())('Aa bb aa', g, true, out); Array.from(out.view()) } // [0, 1, 0]
 */
export function buildFeatureScanner(o: VectorizerOptions): FeatureScanner {
  const [minN, maxN] = o.ngramRange;
  const ids: number[] = [];
  if (isDefaultTokenPattern(o.tokenPattern)) {
    const preprocess = buildPreprocessor(o);
    let text = '';
    let table: GramTable;
    let make = false;
    let sink: Growable;
    const span = (start: number, end: number, hash: number): void => {
      const interner = table.interner;
      let id = interner.findRange(text, start, end, hash);
      if (id < 0 && make) id = interner.add(text.slice(start, end), hash);
      if (maxN > 1) ids.push(id);
      else if (id >= 0) sink.push(id);
    };
    return (doc, grams, create, out) => {
      text = preprocess(doc);
      table = grams;
      make = create;
      sink = out;
      ids.length = 0;
      forEachWordSpan(text, 2, span);
      if (maxN > 1) forEachGram(grams, ids, minN, maxN, create, out);
    };
  }
  const tokenize = buildTokenStream({ ...o, ngramRange: [1, 1] });
  const tokens: string[] = [];
  const collect = (t: string): void => void tokens.push(t);
  return (doc, grams, create, out) => {
    tokens.length = 0;
    tokenize(doc, collect);
    if (maxN > 1 && (grams.spaced || tokens.some((t) => t.includes(' ')))) return forEachGramByString(grams, tokens, minN, maxN, create, out);
    ids.length = tokens.length;
    for (let i = 0; i < tokens.length; i++) ids[i] = grams.whole(tokens[i], create);
    forEachGram(grams, ids, minN, maxN, create, out);
  };
}
