import { createHash } from 'node:crypto';
import { canonicalJson } from '../models/canonicalJson.js';
import type { ModelIdentity, Prediction } from '../models/model.js';

/** Symbol key of an answer's model fingerprint (copied by object spread, ignored by JSON). */
export const ANSWER_MODEL: unique symbol = Symbol('evalgate.answerModel');
/** Symbol key set on an answer served from a journal: its record exists already. */
export const ANSWER_REPLAYED: unique symbol = Symbol('evalgate.answerReplayed');

/** A Prediction that may carry the model it came from and whether it was replayed. */
export type StampedPrediction = Prediction & { [ANSWER_MODEL]?: string; [ANSWER_REPLAYED]?: true };

/**
 * A short fingerprint of a model identity (16 hex digits of sha256 of its canonical JSON): the
 * `model` field of a record, so that (model, input) keys an answer across folds and fits.
 * Cost: one hash. Example: `modelFingerprint({ name: 'm', parameters: {} })` → `'64a7…'` (16 hex).
 */
export function modelFingerprint(identity: ModelIdentity): string {
  return createHash('sha256').update(canonicalJson(identity)).digest('hex').slice(0, 16);
}

/**
 * Adds the record fields an answer adds beyond DESIGN.md's shape: `model` (its fingerprint),
 * `redacted: true` when a secret was redacted from the answer,
 * `kind: 'text'` for a text answer without a label, and `text` for an answer with both a label
 * (the record's output) and a text, so that the answer can be rebuilt exactly.
 * Assigns them in place (no intermediate object: this runs once per model call) and returns the record.
 * Example: `stampRecord({ id: 'a' }, { label: 'x' })` → `{ id: 'a' }` (an unstamped answer adds nothing).
 */
export function stampRecord<R extends { model?: string; kind?: string; text?: string; redacted?: true }>(record: R, answer: Prediction): R {
  const model = (answer as StampedPrediction)[ANSWER_MODEL];
  if (model !== undefined) record.model = model;
  if (answer.redacted === true) record.redacted = true;
  if (answer.text !== undefined) {
    if (answer.label === undefined) record.kind = 'text';
    else record.text = answer.text;
  }
  return record;
}

/** Whether an answer was served from a journal (its record must not be written again). */
export function isReplayed(answer: Prediction): boolean {
  return (answer as StampedPrediction)[ANSWER_REPLAYED] === true;
}
