import fc from 'fast-check';

/**
 * fast-check arbitraries of suite-like documents for comparing validators: `mutated` takes a corpus
 * suite and applies one to three edits (set a value, delete a key or item, add a key) drawn from the
 * schema's own vocabulary (every property name, every enum value, numbers at and beyond its bounds);
 * `anyDocument` is a mapping of such keys and values from scratch.
 */
export function suiteArbitraries(corpus: Record<string, unknown>[], schema: Record<string, unknown>) {
  const keys = new Set<string>(['nope', 'includes']);
  const enums = new Set<unknown>();
  const walk = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.properties && typeof o.properties === 'object') for (const k of Object.keys(o.properties)) keys.add(k);
    if (Array.isArray(o.enum)) for (const e of o.enum) enums.add(e);
    for (const c of Object.values(o)) walk(c);
  };
  walk(schema);
  const leaf = fc.oneof(
    fc.constantFrom(...enums),
    fc.constantFrom(-1, 0, 0.5, 1, 2, 3, 15, 99, 100, 1000, 1001, 4096, 4097, 100000, 1000001, 4294967296, 1.5),
    fc.constantFrom('', 'x', 'f1 >= 0.5', 'f1: improves', 'ab', 'X', 'a.jsonl', '^[', 'GB', 'A1'),
    fc.string({ maxLength: 4 }),
    fc.boolean(),
    fc.constant(null),
  );
  const { value } = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('value'), { maxLength: 3 }), fc.dictionary(fc.constantFrom(...keys), tie('value'), { maxKeys: 3 })),
  }));
  /** Every path to a value of `doc`. */
  const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] => {
    if (v === null || typeof v !== 'object') return [at];
    const entries = Array.isArray(v) ? v.map((x, i) => [i, x] as const) : Object.entries(v);
    return [at, ...entries.flatMap(([k, x]) => paths(x, [...at, k]))];
  };
  const edit = fc.record({ pick: fc.nat(), op: fc.constantFrom('set', 'delete', 'add'), key: fc.constantFrom(...keys), value });
  const mutated = fc.tuple(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([base, edits]) => {
    const doc = structuredClone(base) as Record<string, unknown>;
    for (const e of edits) {
      const all = paths(doc).filter((p) => p.length > 0);
      if (all.length === 0) break;
      const path = all[e.pick % all.length];
      const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], doc);
      const last = path[path.length - 1];
      if (e.op === 'set') parent[last] = e.value;
      else if (e.op === 'delete') Array.isArray(parent) ? parent.splice(Number(last), 1) : delete parent[last];
      else if (parent[last] !== null && typeof parent[last] === 'object' && !Array.isArray(parent[last])) parent[last][e.key] = e.value;
      else parent[last] = { [e.key]: e.value };
    }
    return doc;
  });
  return { mutated, anyDocument: fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 }) };
}
