import { pySplit } from './pyWhitespace.js';

/** The steps of answer normalization; SQuAD's evaluation script applies all four, in this order. */
export const NORMALIZE_STEPS = ['lowercase', 'punctuation', 'articles', 'whitespace'] as const;
export type NormalizeStep = (typeof NORMALIZE_STEPS)[number];

// Python 3's `\b` on str patterns is Unicode-aware: a word character is a letter, a number or '_'
// (str.isalnum()); JavaScript's `\b` knows ASCII only ("año" would lose its "a").
const ARTICLES = /(?<![\p{L}\p{N}_])(?:a|an|the)(?![\p{L}\p{N}_])/gu;

/**
 * SQuAD's `normalize_answer` (the official evaluate-v1.1.py, the same in v2.0), step by step, as
 * Python runs it: lower-case, remove ASCII punctuation (Python's `string.punctuation`), remove
 * the articles a/an/the as whole words (Unicode word boundaries, as Python's `re`: "año" keeps
 * its "a"), then `' '.join(text.split())` with Python's white space (`\x1c`–`\x1f` and `\x85`
 * split, U+FEFF and U+200B do not). `steps` picks a subset (always applied in that order); `[]`
 * leaves the text as it is. Checked against the official code's output (test/fixtures/issue17.json).
 * Cost O(length).
 * @example normalizeAnswer('The  Eiffel Tower!') // 'eiffel tower'
 */
export function normalizeAnswer(text: string, steps: readonly NormalizeStep[] = NORMALIZE_STEPS): string {
  let s = text;
  if (steps.includes('lowercase')) s = s.toLowerCase();
  if (steps.includes('punctuation')) s = s.replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '');
  if (steps.includes('articles')) s = s.replace(ARTICLES, ' ');
  if (steps.includes('whitespace')) s = pySplit(s).join(' ');
  return s;
}
