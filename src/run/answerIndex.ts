import { canonicalJson } from '../models/canonicalJson.js';
import type { Prediction } from '../models/model.js';
import type { EvalRecord } from '../contract/evalRecord.js';

/**
 * Model answers rebuilt from journal records, keyed by (model fingerprint, input) like the
 * response cache. An input recorded several times keeps its answers in journal order: each ask
 * takes the next. An ask beyond the records of its input (two examples with one text, a run
 * stopped between them) is answered by the last record without asking the model, but `recorded`
 * is false: that ask has no record of its own yet and must be journaled. Records without a `model`
 * (predictions files; answers to a predict call that threw, in journals of earlier builds) are
 * not indexed, so those inputs are asked again. Cost: O(records) memory. Example: `new AnswerIndex().take('f', 'x')` → `undefined`.
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
  /** The {@link outcomeKey}s of the journal's outcome records (a resumed run does not write them again). */
  readonly outcomes = new Set<string>();

  /** Indexes one journal record. */
  add(record: EvalRecord): void {
    if (record.kind === 'outcome') this.outcomes.add(outcomeKey(record));
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
    else if (had instanceof Spent) throw new Error('AnswerIndex: a record was added after its input was taken');
    else map.set(key, new Repeated([had, answer]));
    this.size++;
  }

  /**
   * The next recorded answer of `model` for `input`, if any, and whether it is that ask's own
   * record (false once the input's records are used up: the last one is handed out again).
   */
  take(model: string, input: unknown): { answer: Prediction; recorded: boolean } | undefined {
    const maps = this.models.get(model);
    if (maps === undefined) return undefined;
    const map = typeof input === 'string' ? maps.strings : maps.values;
    const key = typeof input === 'string' ? input : canonicalJson(input);
    const had = map.get(key);
    if (had === undefined) return undefined;
    if (had instanceof Spent) return { answer: had.answer, recorded: false };
    if (!(had instanceof Repeated)) {
      map.set(key, new Spent(had));
      return { answer: had, recorded: true };
    }
    const recorded = had.next < had.list.length;
    return { answer: had.list[Math.min(had.next++, had.list.length - 1)], recorded };
  }
}

type Entry = Prediction | Repeated | Spent;

/** A record's unit key, (check, variant, id): the unit an outcome record is about, the example a metrics record answers. Example: `outcomeKey({ check: 'robustness', variant: 'typo', id: 'a' })` → `'robustness\u0000typo\u0000a'`. */
export function outcomeKey(r: Pick<EvalRecord, 'check' | 'variant' | 'id'>): string {
  return `${r.check}\u0000${r.variant ?? ''}\u0000${r.id}`;
}

/** The answers of an input recorded more than once, in journal order, and the next to hand out. */
class Repeated {
  next = 0;
  constructor(readonly list: Prediction[]) {}
}

/** The one recorded answer of an input, handed out once already. */
class Spent {
  constructor(readonly answer: Prediction) {}
}

/** The model answer a record holds (the inverse of recordOf for the answer's fields). */
export function recordAnswer(r: EvalRecord): Prediction {
  if (r.error !== null) return { error: r.error, ...(r.latency_ms !== null ? { latencyMs: r.latency_ms } : {}) };
  const out: Prediction = {};
  if (r.kind === 'text') out.text = r.output as string;
  else if (r.output !== null) out.label = r.output as Prediction['label'];
  if (r.kind === undefined && typeof r.text === 'string') out.text = r.text; // absent in older journals: the label alone
  if (r.score !== null) out.score = r.score;
  if (r.probabilities !== undefined) out.probabilities = r.probabilities as Record<string, number>;
  if (r.latency_ms !== null) out.latencyMs = r.latency_ms;
  if (r.redacted === true) out.redacted = true;
  return out;
}
