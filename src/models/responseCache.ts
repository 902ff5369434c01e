import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from './canonicalJson.js';
import type { Model, ModelIdentity, Prediction } from './model.js';

/**
 * Model answers on disk, keyed by sha256(model identity, input): the identity carries the model's
 * parameters and never its secrets (adapters keep those out of it), so the key holds none either.
 * Layout: 256 append-only JSONL shards (`ab.jsonl` for keys starting with `ab`), each line
 * `{"k": key, "p": prediction}`, loaded lazily. A crash mid-write leaves at most a partial last
 * line, which fails to parse and is skipped on load; nothing else can be corrupted. Only successful
 * answers are cached.
 */
export class ResponseCache {
  private readonly shards = new Map<string, Map<string, Prediction>>();
  private readonly pending = new Map<string, string[]>();
  private scheduled = false;
  hits = 0;
  misses = 0;
  /** Lines of a shard that could not be read (a write cut short by a crash). */
  skippedLines = 0;

  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The cache key of one input to one model. */
  static key(identity: ModelIdentity, input: unknown): string {
    return createHash('sha256').update(canonicalJson({ identity, input })).digest('hex');
  }

  get(key: string): Prediction | undefined {
    const hit = this.shard(key.slice(0, 2)).get(key);
    if (hit) this.hits++;
    else this.misses++;
    return hit;
  }

  /** Stores a successful answer; it reaches the disk at the end of the event-loop turn (or at {@link flush}). */
  put(key: string, prediction: Prediction): void {
    if (prediction.error !== undefined) return;
    const { latencyMs: _latency, ...rest } = prediction;
    this.shard(key.slice(0, 2)).set(key, rest);
    const name = key.slice(0, 2);
    const lines = this.pending.get(name) ?? [];
    lines.push(JSON.stringify({ k: key, p: rest }));
    this.pending.set(name, lines);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
  }

  /** Appends what was put since the last flush, one write per shard. */
  flush(): void {
    this.scheduled = false;
    for (const [name, lines] of this.pending) appendFileSync(join(this.dir, `${name}.jsonl`), `${lines.join('\n')}\n`);
    this.pending.clear();
  }

  private shard(name: string): Map<string, Prediction> {
    let m = this.shards.get(name);
    if (m) return m;
    m = new Map();
    let text = '';
    try {
      text = readFileSync(join(this.dir, `${name}.jsonl`), 'utf8');
    } catch {
      // no shard yet
    }
    for (const line of text.split('\n')) {
      if (line === '') continue;
      try {
        const { k, p } = JSON.parse(line) as { k: string; p: Prediction };
        if (typeof k === 'string' && p && typeof p === 'object') m.set(k, p);
        else this.skippedLines++;
      } catch {
        this.skippedLines++;
      }
    }
    this.shards.set(name, m);
    return m;
  }
}

/**
 * Wraps a model so that answers found in the cache are not asked again; the rest are asked in one
 * predict call and stored. Fitting returns a cached wrapper of the fitted model (its identity
 * differs, so its answers never mix with the unfitted one's).
 */
export function cachedModel(model: Model, cache: ResponseCache): Model {
  const wrapped: Model = {
    identity: model.identity,
    ...(model.classes ? { classes: model.classes } : {}),
    async predict(inputs, opts = {}) {
      const keys = inputs.map((x) => ResponseCache.key(model.identity, x));
      const out: (Prediction | undefined)[] = keys.map((k) => cache.get(k));
      const missing: number[] = [];
      for (let i = 0; i < out.length; i++) {
        const hit = out[i];
        if (hit === undefined) missing.push(i);
        else opts.onAnswer?.(i, hit);
      }
      if (missing.length > 0) {
        // Each answer is stored as it arrives (written at the end of its event-loop turn), so an
        // interrupted run loses none of its answers from the cache either.
        const store = (j: number, p: Prediction): void => {
          const i = missing[j];
          if (out[i] !== undefined) return;
          out[i] = p;
          cache.put(keys[i], p);
          opts.onAnswer?.(i, p);
        };
        const answers = await model.predict(missing.map((i) => inputs[i]), { ...opts, onAnswer: store }).finally(() => cache.flush());
        if (answers.length !== missing.length) return answers; // the caller reports a miscount
        answers.forEach((p, j) => store(j, p));
        cache.flush();
      }
      return out as Prediction[];
    },
    ...(model.fit ? { fit: async (examples) => cachedModel(await model.fit!(examples), cache) } : {}),
    ...(model.close ? { close: () => model.close!() } : {}),
  };
  return wrapped;
}
