import { canonicalJson } from '../models/canonicalJson.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from './recordWriter.js';

/**
 * Model answers rebuilt from journal records, keyed by (model fingerprint, input) like the
 * response cache. An input asked several times keeps its answers in journal order: each ask takes
 * the next, the last one answers any further ask. Records without a `model` (predictions files,
 * answers to a predict call that threw) are not indexed, so those inputs are asked again.
 * Cost: O(records) memory. Example: `new AnswerIndex().take('f', 'x')` → `undefined`.
 */
export class AnswerIndex {
  // One answer per key in the common case; a list with a cursor for an input asked several times.
  private readonly answers = new Map<string, Prediction | Repeated>();
  /** Records indexed. */
  size = 0;
  /** Inputs asked for that no record answered (merge mode reports them). */
  readonly misses: { model: string; input: unknown }[] = [];

  /** Indexes one journal record. */
  add(record: EvalRecord): void {
    if (typeof record.model !== 'string') return;
    const key = AnswerIndex.key(record.model, record.input);
    const answer = recordAnswer(record);
    const had = this.answers.get(key);
    if (had === undefined) this.answers.set(key, answer);
    else if (had instanceof Repeated) had.list.push(answer);
    else this.answers.set(key, new Repeated([had, answer]));
    this.size++;
  }

  /** The next recorded answer of `model` for `input`, if any. */
  take(model: string, input: unknown): Prediction | undefined {
    const had = this.answers.get(AnswerIndex.key(model, input));
    if (!(had instanceof Repeated)) return had;
    return had.list[Math.min(had.next++, had.list.length - 1)];
  }

  private static key(model: string, input: unknown): string {
    return `${model}\n${typeof input === 'string' ? JSON.stringify(input) : canonicalJson(input)}`;
  }
}

/** The answers of an input recorded more than once, in journal order, and the next to hand out. */
class Repeated {
  next = 0;
  constructor(readonly list: Prediction[]) {}
}

/** The model answer a record holds (the inverse of recordOf for the answer's fields). */
export function recordAnswer(r: EvalRecord): Prediction {
  if (r.error !== null) return { error: r.error, ...(r.latency_ms !== null ? { latencyMs: r.latency_ms } : {}) };
  const out: Prediction = {};
  if (r.kind === 'text') out.text = r.output as string;
  else if (r.output !== null) out.label = r.output as Prediction['label'];
  if (r.score !== null) out.score = r.score;
  if (r.probabilities !== undefined) out.probabilities = r.probabilities as Record<string, number>;
  if (r.latency_ms !== null) out.latencyMs = r.latency_ms;
  return out;
}
