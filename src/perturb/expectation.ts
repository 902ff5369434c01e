/** A label as the data holds it. */
export type AnswerLabel = string | number | boolean;

/** A model's answer as the expectations read it. */
export interface Answer {
  label?: AnswerLabel | AnswerLabel[];
  probabilities?: Record<string, number>;
  /** Binary models: the probability of the positive label. */
  score?: number;
  text?: string;
}

/** What a perturbed answer must satisfy (CheckList's test types, plus a custom predicate). */
export type Expectation =
  | { kind: 'invariant'; tolerance?: number }
  | { kind: 'label'; label?: AnswerLabel }
  | { kind: 'directional'; label?: AnswerLabel; direction: 'up' | 'down'; minChange: number }
  | { kind: 'custom'; name: string; predicate: CustomPredicate };

/** A user's predicate: given both texts and answers, pass or fail (with an optional reason). */
export type CustomPredicate = (c: { original: string; perturbed: string; before: Answer; after: Answer; expected?: unknown }) => boolean | { pass: boolean; reason?: string };

/**
 * The verdict on one perturbed answer. `correct` says whether it matches the expected label, set
 * only when the expectation keeps that label for the perturbed text ({@link keepsLabel}).
 */
export interface Verdict {
  pass: boolean;
  reason: string;
  correct?: boolean;
  /** The answer judged, as the caller wants it shown (set by callers, not by judge). */
  answer?: unknown;
}

const show = (l: unknown) => (Array.isArray(l) ? `[${l.map(String).join(', ')}]` : String(l));

/** Whether two labels (or label lists, in order) are the same by their text: `1` and `'1'` are. @example sameLabel(['a'], ['a']) // true */
export const sameLabel = (a: unknown, b: unknown): boolean => show(a) === show(b);

/**
 * Whether an expectation can keep an example's expected label for its perturbed texts: invariance
 * and minimum functionality can (a perturbed answer is then right or wrong against that label);
 * directional and custom tests cannot (the perturbed text may rightly get another label).
 * @example mayKeepLabel({ kind: 'directional' }) // false
 */
export const mayKeepLabel = (e: { kind: Expectation['kind'] }): boolean => e.kind === 'invariant' || e.kind === 'label';

/**
 * Whether a perturbed text's right answer is the example's expected label under an expectation:
 * invariance, or minimum functionality whose label is that expected label (its own, or a fixed one
 * equal to it). False without an expected label, and for directional and custom tests.
 * @example keepsLabel({ kind: 'label', label: 'spam' }, 'ham') // false
 */
export function keepsLabel(e: { kind: Expectation['kind']; label?: AnswerLabel }, expected: AnswerLabel | AnswerLabel[] | undefined): boolean {
  if (expected === undefined || !mayKeepLabel(e)) return false;
  return e.kind === 'invariant' || e.label === undefined || sameLabel(e.label, expected);
}

/**
 * The probability an answer gives a label: its `probabilities` entry, else its `score` for the
 * positive label (1 − score for the other), else 1 or 0 by its predicted label. NaN if unknown.
 * @example probabilityOf({ probabilities: { pos: 0.8 } }, 'pos') // 0.8
 */
export function probabilityOf(answer: Answer, label: AnswerLabel, posLabel?: AnswerLabel): number {
  const p = answer.probabilities?.[String(label)];
  if (typeof p === 'number') return p;
  if (typeof answer.score === 'number' && posLabel !== undefined) return sameLabel(label, posLabel) ? answer.score : 1 - answer.score;
  if (answer.label !== undefined) return sameLabel(answer.label, label) ? 1 : 0;
  return Number.NaN;
}

/** Whether an answer gives a probability of `label`: a `probabilities` entry, or a `score` with a positive label. */
const givesProbability = (a: Answer, label: AnswerLabel, posLabel?: AnswerLabel): boolean =>
  typeof a.probabilities?.[String(label)] === 'number' || (typeof a.score === 'number' && posLabel !== undefined);

/**
 * A directional test at the label level, for a model that answers with labels only: `down` passes
 * when the original answer was `label` and the perturbed one is not, `up` when the perturbed answer
 * is `label` and the original was not (a change of 1 on a 0/1 scale, so `minChange` below 1 is met).
 * The reason says so, never a made-up probability.
 */
function labelDirection(e: { direction: 'up' | 'down'; minChange: number }, label: AnswerLabel, before: Answer, after: Answer): Verdict {
  const was = sameLabel(before.label, label);
  const is = sameLabel(after.label, label);
  const moved = e.direction === 'down' ? was && !is : !was && is;
  const pass = moved && e.minChange < 1;
  const must = e.direction === 'down' ? `must leave ${show(label)}` : `must become ${show(label)}`;
  return { pass, reason: `labels only (no probability of ${show(label)}): label went from ${show(before.label)} to ${show(after.label)} (${must}${e.minChange >= 1 ? `; min_change ${e.minChange} cannot be met by a label` : ''})` };
}

/**
 * Judges a perturbed answer against the original one: invariance (same label; with a tolerance,
 * the original label's probability moves by at most it), minimum functionality (the expected
 * label), directional (the label's probability rises, or falls, by more than `minChange`; the
 * label defaults to the expected one, else the original answer's; for a model that gives no
 * probability, at the label level: see labelDirection), or a
 * custom predicate. `correct` is set when the expectation keeps the expected label
 * ({@link keepsLabel}). Pure; throws only if a custom predicate throws.
 * @example judge({ kind: 'invariant' }, { label: 'a' }, { label: 'b' }, {}).pass // false
 */
export function judge(
  expectation: Expectation,
  before: Answer,
  after: Answer,
  ctx: { expected?: AnswerLabel | AnswerLabel[]; posLabel?: AnswerLabel; original?: string; perturbed?: string },
): Verdict {
  const correct = keepsLabel(expectation, ctx.expected) ? sameLabel(after.label, ctx.expected) : undefined;
  const withCorrect = (v: Verdict): Verdict => {
    if (correct !== undefined) v.correct = correct;
    return v;
  };
  switch (expectation.kind) {
    case 'invariant': {
      if (!sameLabel(before.label, after.label)) return withCorrect({ pass: false, reason: `label changed from ${show(before.label)} to ${show(after.label)}` });
      if (expectation.tolerance !== undefined && before.label !== undefined && !Array.isArray(before.label)) {
        const p0 = probabilityOf(before, before.label, ctx.posLabel);
        const p1 = probabilityOf(after, before.label, ctx.posLabel);
        if (Math.abs(p1 - p0) > expectation.tolerance) return withCorrect({ pass: false, reason: `probability of ${show(before.label)} moved by ${(p1 - p0).toFixed(4)} (tolerance ${expectation.tolerance})` });
      }
      return withCorrect({ pass: true, reason: 'label unchanged' });
    }
    case 'label': {
      const want = expectation.label ?? ctx.expected;
      if (want === undefined) return withCorrect({ pass: true, reason: 'no expected label' });
      const ok = sameLabel(after.label, want);
      return withCorrect({ pass: ok, reason: ok ? `predicted ${show(want)}` : `predicted ${show(after.label)}, expected ${show(want)}` });
    }
    case 'directional': {
      const label = expectation.label ?? (Array.isArray(ctx.expected) ? undefined : ctx.expected) ?? (Array.isArray(before.label) ? undefined : before.label);
      if (label === undefined) return withCorrect({ pass: true, reason: 'no label to follow' });
      if (!givesProbability(before, label, ctx.posLabel) || !givesProbability(after, label, ctx.posLabel)) return withCorrect(labelDirection(expectation, label, before, after));
      const p0 = probabilityOf(before, label, ctx.posLabel);
      const p1 = probabilityOf(after, label, ctx.posLabel);
      const change = p1 - p0;
      const ok = expectation.direction === 'up' ? change > expectation.minChange : -change > expectation.minChange;
      const verb = expectation.direction === 'up' ? 'rise' : 'fall';
      return withCorrect({ pass: ok, reason: `probability of ${show(label)} went from ${p0.toFixed(4)} to ${p1.toFixed(4)} (must ${verb}${expectation.minChange > 0 ? ` by more than ${expectation.minChange}` : ''})` });
    }
    case 'custom': {
      const r = expectation.predicate({ original: ctx.original ?? '', perturbed: ctx.perturbed ?? '', before, after, ...(ctx.expected !== undefined ? { expected: ctx.expected } : {}) });
      const pass = typeof r === 'boolean' ? r : Boolean(r.pass);
      const reason = typeof r === 'object' && r.reason ? r.reason : `${expectation.name} ${pass ? 'passed' : 'failed'}`;
      return withCorrect({ pass, reason });
    }
  }
}
