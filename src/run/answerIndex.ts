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
  // Per model fingerprint: string inputs keyed by themselves, others by their canonical JSON (two
  // maps, so that a string never meets the JSON of another value). One answer per key in the
  // common case; a list with a cursor for an input asked several times.
  private readonly models = new Map<string, { strings: Map<string, Entry>; values: Map<string, Entry> }>();
  /** Records indexed. */
  size = 0;
  /** Inputs asked for that no record answered (merge mode reports them). */
  readonly misses: { model: string; input: unknown }[] = [];

  /** Indexes one journal record. */
  add(record: EvalRecord): void {
    if (typeof record.model !== 'string') return;
    let maps = this.models.get(record.model);
    if (maps === undefined) this.models.set(record.model, (maps = { strings: new Map(), values: new Map() }));
    const input = record.input;
    const map = typeof input === 'string' ? maps.strings : maps.values;
    const key = typeof input === 'string' ? input : canonicalJson(input);
    const answer = recordAnswer(record);
    const had = map.get(key);
    if (had === undefined) map.set(key, answer);
    else if (had instanceof Repeated) had.list.push(answer);
    else map.set(key, new Repeated([had, answer]));
    this.size++;
  }

  /** The next recorded answer of `model` for `input`, if any. */
  take(model: string, input: unknown): Prediction | undefined {
    const maps = this.models.get(model);
    if (maps === undefined) return undefined;
    const had = typeof input === 'string' ? maps.strings.get(input) : maps.values.get(canonicalJson(input));
    if (!(had instanceof Repeated)) return had;
    return had.list[Math.min(had.next++, had.list.length - 1)];
  }
}

type Entry = Prediction | Repeated;

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
