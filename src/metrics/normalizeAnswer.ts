/** The steps of answer normalization; SQuAD's evaluation script applies all four, in this order. */
export const NORMALIZE_STEPS = ['lowercase', 'punctuation', 'articles', 'whitespace'] as const;
export type NormalizeStep = (typeof NORMALIZE_STEPS)[number];

/**
 * SQuAD's `normalize_answer` (v1.1/v2.0 evaluation script), step by step: lower-case, remove
 * ASCII punctuation (Python's `string.punctuation`), remove the articles a/an/the as whole words,
 * collapse white space (and trim). `steps` picks a subset (always applied in that order); `[]`
 * leaves the text as it is. Cost O(length).
 * @example normalizeAnswer('The  Eiffel Tower!') // 'eiffel tower'
 */
export function normalizeAnswer(text: string, steps: readonly NormalizeStep[] = NORMALIZE_STEPS): string {
  let s = text;
  if (steps.includes('lowercase')) s = s.toLowerCase();
  if (steps.includes('punctuation')) s = s.replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '');
  if (steps.includes('articles')) s = s.replace(/\b(a|an|the)\b/g, ' ');
  if (steps.includes('whitespace')) s = s.split(/\s+/).filter(Boolean).join(' ');
  return s;
}
