import type { Example } from '../data/example.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from '../contract/evalRecord.js';
import { stampRecord } from './answerStamp.js';

/** The journal record of one model answer for one example. */
export function recordOf(example: Example, answer: Prediction, check: string, variant: string | null): EvalRecord {
  const record: EvalRecord = {
    id: example.id,
    check,
    variant,
    input: example.input ?? null,
    output: answer.label ?? answer.text ?? null,
    expected: example.label ?? null,
    score: answer.score ?? null,
    ...(answer.probabilities !== undefined ? { probabilities: answer.probabilities } : {}),
    error: answer.error ?? null,
    latency_ms: answer.latencyMs ?? null,
  };
  return stampRecord(record, answer);
}
