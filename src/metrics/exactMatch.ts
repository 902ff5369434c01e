import { normalizeAnswer, NORMALIZE_STEPS, type NormalizeStep } from './normalizeAnswer.js';

/**
 * Exact match of an answer against any of its references after {@link normalizeAnswer} with
 * `steps` (default: SQuAD's four). Cost O(length · references).
 * @example exactMatch('The Eiffel Tower.', ['eiffel tower']) // true
 */
export function exactMatch(answer: string, references: readonly string[], steps: readonly NormalizeStep[] = NORMALIZE_STEPS): boolean {
  const a = normalizeAnswer(answer, steps);
  return references.some((r) => normalizeAnswer(r, steps) === a);
}
