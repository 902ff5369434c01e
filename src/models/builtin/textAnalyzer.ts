import { compilePythonPattern } from './pythonPattern.js';
import { stripAccents, type StripAccents } from './stripAccents.js';
import { forEachWordRun } from './wordRuns.js';

/** scikit-learn's default `token_pattern`: runs of two or more word characters. */
export const DEFAULT_TOKEN_PATTERN = '(?u)\\b\\w\\w+\\b';

/** How a document becomes features: scikit-learn's `CountVectorizer` word-analyzer options. */
export interface AnalyzerOptions {
  /** Lowercase before tokenizing (`str.lower()`; JavaScript's `toLowerCase`, same mapping). Default true. */
  lowercase: boolean;
  /** Accent removal after lowercasing (see {@link stripAccents}). Default null. */
  stripAccents: StripAccents;
  /** A Python regular expression (see {@link compilePythonPattern}). Default {@link DEFAULT_TOKEN_PATTERN}. */
  tokenPattern: string;
  /** Word n-gram lengths [min, max], n-grams joined by one space. Default [1, 1]. */
  ngramRange: [number, number];
}

/** The defaults of {@link AnalyzerOptions}, as scikit-learn's `CountVectorizer()`. */
export const DEFAULT_ANALYZER_OPTIONS: Readonly<AnalyzerOptions> = Object.freeze({
  lowercase: true,
  stripAccents: null,
  tokenPattern: DEFAULT_TOKEN_PATTERN,
  ngramRange: [1, 1] as [number, number],
});

const DEFAULT_SOURCES = new Set([DEFAULT_TOKEN_PATTERN, '\\b\\w\\w+\\b']);

/**
 * Whether a token pattern is scikit-learn's default (with or without `(?u)`), which the analyzer
 * runs as a table-driven scan and whose tokens never hold a space. O(1).
 * @example isDefaultTokenPattern('\\b\\w\\w+\\b') // true
 */
export function isDefaultTokenPattern(pattern: string): boolean {
  return DEFAULT_SOURCES.has(pattern);
}

/** Receives the features of a document one at a time (see {@link buildTokenStream}). */
export type TokenVisitor = (token: string) => void;

/**
 * Builds scikit-learn's word analyzer (`CountVectorizer(...).build_analyzer()`) as a stream: lowercase,
 * strip accents, `re.findall(token_pattern)` (group 1 when the pattern has one capturing group), then
 * word n-grams in scikit-learn's order (all unigrams, then all bigrams, …), each passed to `visit`.
 * The default pattern runs as a table-driven scan ({@link forEachWordRun}). Cost per document
 * O(length + tokens · max n), one string per feature. Throws when an option is invalid (ngram range,
 * pattern, more than one capturing group, as scikit-learn's messages).
 * @example { const f: string[] = []; buildTokenStream({ ngramRange: [1, 2] })('Hi Bob', (t) => f.push(t)); f } // ['hi', 'bob', 'hi bob']
 */
export function buildTokenStream(options: Partial<AnalyzerOptions> = {}): (doc: string, visit: TokenVisitor) => void {
  const o = { ...DEFAULT_ANALYZER_OPTIONS, ...options };
  const [minN, maxN] = o.ngramRange;
  if (!Number.isInteger(minN) || !Number.isInteger(maxN) || minN < 1) {
    throw new Error(`ngram_range must be two integers >= 1 (got [${minN}, ${maxN}])`);
  }
  if (minN > maxN) {
    throw new Error(`Invalid value for ngram_range=(${minN}, ${maxN}) lower boundary larger than the upper boundary.`);
  }
  const tokenize = buildTokenizer(o.tokenPattern);
  const preprocess = buildPreprocessor(o);
  const tokens: string[] = [];
  const collect = (t: string): void => void tokens.push(t);
  return (doc, visit) => {
    const text = preprocess(doc);
    if (maxN === 1) return tokenize(text, visit);
    tokens.length = 0;
    tokenize(text, collect);
    joinNgrams(tokens, minN, maxN, visit);
  };
}

/**
 * scikit-learn's `_word_ngrams` (no stop words): the tokens themselves when min is 1, then every
 * n-gram for n = max(min, 2) .. max, tokens joined by one space, in that order. O(tokens · max).
 * Never throws.
 * @example { const f: string[] = []; joinNgrams(['a', 'b', 'c'], 2, 3, (g) => f.push(g)); f } // ['a b', 'b c', 'a b c']
 */
export function joinNgrams(tokens: readonly string[], minN: number, maxN: number, visit: TokenVisitor): void {
  if (minN === 1) for (const t of tokens) visit(t);
  const n0 = tokens.length;
  for (let n = Math.max(minN, 2); n <= Math.min(maxN, n0); n++) {
    for (let i = 0; i + n <= n0; i++) {
      let g = tokens[i];
      for (let k = 1; k < n; k++) g += ' ' + tokens[i + k];
      visit(g);
    }
  }
}

/**
 * scikit-learn's `_preprocess`: `str.lower()` (JavaScript's `toLowerCase`, the same full Unicode
 * mapping, final sigma included) when `lowercase`, then accent stripping. O(length). Never throws.
 * @example buildPreprocessor({ stripAccents: 'unicode' })('ÉTÉ') // 'ete'
 */
export function buildPreprocessor(options: Partial<Pick<AnalyzerOptions, 'lowercase' | 'stripAccents'>> = {}): (doc: string) => string {
  const lowercase = options.lowercase ?? true;
  const accents = options.stripAccents ?? null;
  return (doc) => {
    const text = lowercase ? doc.toLowerCase() : doc;
    return accents === null ? text : stripAccents(text, accents);
  };
}

/**
 * {@link buildTokenStream} returning each document's features as an array.
 * Same cost and errors.
 * @example buildAnalyzer({ ngramRange: [1, 2] })('Hi Bob, hi!') // ['hi', 'bob', 'hi', 'hi bob', 'bob hi']
 */
export function buildAnalyzer(options: Partial<AnalyzerOptions> = {}): (doc: string) => string[] {
  const stream = buildTokenStream(options);
  return (doc) => {
    const out: string[] = [];
    stream(doc, (t) => out.push(t));
    return out;
  };
}

function buildTokenizer(pattern: string): (text: string, visit: TokenVisitor) => void {
  if (DEFAULT_SOURCES.has(pattern)) return (text, visit) => forEachWordRun(text, 2, visit);
  const { regex, groups } = compilePythonPattern(pattern);
  if (groups > 1) {
    throw new Error('More than 1 capturing group in token pattern. Only a single group should be captured.');
  }
  return (text, visit) => {
    for (const m of text.matchAll(regex)) visit(groups === 1 ? (m[1] ?? '') : m[0]);
  };
}
