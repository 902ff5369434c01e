import { canonicalJson } from './canonicalJson.js';
import type { Model, Prediction } from './model.js';

/** What waits for an input asked by another predict call: its answer, or that call's failure. */
type Waiter = (answer: Prediction | { failed: unknown }) => void;

const keyOf = (input: unknown): string => (typeof input === 'string' ? `s${input}` : `j${canonicalJson(input)}`);

/**
 * Wraps a model so that one run asks it once per distinct input (its identity fixes the
 * parameters): an input answered before, by any check of the run, is answered from memory; an
 * input asked twice in one batch, or while another call is asking it, waits for that one request.
 * Error answers are kept too (every check of the run sees the same answer; retries happen inside
 * the adapter). A call that throws is not kept: the callers waiting on it fail with it and a later
 * call asks again. Every answer is reported to `opts.onAnswer` as soon as it is known, once per
 * index; `opts.signal` is passed through. `fit` returns a memoised fitted model (its own memory).
 * Cost: one Map entry per distinct input for the life of the wrapper (the answers are the
 * adapter's objects, not copies). Example: `await memoModel(m).predict(['a', 'a'])` asks `m` for `['a']`.
 */
export function memoModel(model: Model): Model {
  const done = new Map<string, Prediction>();
  const asking = new Map<string, Waiter[]>();
  return {
    get identity() {
      return model.identity;
    },
    ...(model.classes ? { classes: model.classes } : {}),
    async predict(inputs, opts = {}) {
      const out: Prediction[] = new Array<Prediction>(inputs.length);
      const report = (i: number, p: Prediction): void => {
        out[i] = p;
        opts.onAnswer?.(i, p);
      };
      const keys = inputs.map(keyOf);
      const own = new Map<string, number[]>(); // keys this call asks → its indices waiting for them
      const ask: number[] = [];
      const others: Promise<void>[] = [];
      for (let i = 0; i < inputs.length; i++) {
        const k = keys[i];
        const hit = done.get(k);
        if (hit !== undefined) report(i, hit);
        else if (own.has(k)) own.get(k)!.push(i);
        else if (asking.has(k)) {
          others.push(new Promise<void>((resolve, reject) => {
            asking.get(k)!.push((a) => ('failed' in a ? reject(a.failed) : (report(i, a), resolve())));
          }));
        } else {
          own.set(k, [i]);
          asking.set(k, []);
          ask.push(i);
        }
      }
      const settle = (k: string, a: Prediction | { failed: unknown }): void => {
        const waiters = asking.get(k);
        const mine = own.get(k);
        if (waiters === undefined || mine === undefined) return; // settled already
        asking.delete(k);
        own.delete(k);
        if (!('failed' in a)) {
          done.set(k, a);
          for (const i of mine) report(i, a);
        }
        for (const w of waiters) w(a);
      };
      if (ask.length > 0) {
        try {
          const answers = await model.predict(ask.map((i) => inputs[i]), { ...opts, onAnswer: (j, p) => settle(keys[ask[j]], p) });
          if (answers.length !== ask.length) throw new Error(`model returned ${answers.length} answers for ${ask.length} inputs`);
          answers.forEach((p, j) => settle(keys[ask[j]], p));
        } catch (e) {
          for (const k of [...own.keys()]) settle(k, { failed: e });
          for (const p of others) p.catch(() => undefined); // the caller sees this call's failure
          throw e;
        }
      }
      await Promise.all(others);
      return out;
    },
    ...(model.fit ? { fit: async (examples) => memoModel(await model.fit!(examples)) } : {}),
    ...(model.close ? { close: () => model.close!() } : {}),
  };
}
