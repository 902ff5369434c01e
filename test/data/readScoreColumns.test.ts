import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExamples, type ReadOptions } from '../../src/data/readExamples.js';
import { fastPathKeys, readScoreColumns } from '../../src/data/readScoreColumns.js';
import { scanScoreColumns } from '../../src/data/scanScoreColumns.js';
import type { Example } from '../../src/data/example.js';
import type { Label } from '../../src/metrics/types.js';
import { InvalidInputError } from '../../src/problem.js';
import { MetricsCollector } from '../../src/run/metricsInput.js';
import { MAPPINGS, fileArb } from '../helpers/scoreLines.js';

const dir = mkdtempSync(join(tmpdir(), 'evalgate-score-columns-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (content: string | Buffer): string => {
  const p = join(dir, `f${n++}.jsonl`);
  writeFileSync(p, content);
  return p;
};

const optionsFor = (fields: Record<string, string>, onBadRow: 'error' | 'skip'): ReadOptions => ({
  fields,
  required: Object.keys(fields) as ReadOptions['required'],
  derivedIds: 'line',
  onBadRow,
  displayPath: 'p.jsonl',
});

/** Everything a read gives: the metrics columns (as plain arrays), the stats, or the error. */
async function outcome(read: (c: MetricsCollector, opts: ReadOptions) => Promise<unknown>, opts: ReadOptions) {
  const c = new MetricsCollector(opts.fields.score !== undefined, opts.fields.probabilities !== undefined, 4);
  const seen: unknown[] = [];
  try {
    const stats = await read(c, { ...opts, onSkip: (r) => seen.push(r) });
    const r = c.result();
    return { ...r, trueCodes: [...r.trueCodes], predCodes: [...r.predCodes], lines: [...r.lines], score: r.score && [...r.score], stats, seen };
  } catch (e) {
    if (e instanceof InvalidInputError) return { problems: e.problems };
    throw e;
  }
}

const general = (file: string, opts: ReadOptions) =>
  outcome(async (c, o) => {
    const stream = readExamples(file, o);
    for await (const batch of stream) c.add(batch);
    return stream.stats;
  }, opts);

async function* chunked(b: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let at = 0;
  for (const cut of [...new Set(cuts.map((x) => x % (b.length + 1)))].sort((x, y) => x - y)) {
    yield b.subarray(at, cut);
    at = cut;
  }
  yield b.subarray(at);
}

describe('readScoreColumns: the fast path gives what readExamples gives', () => {
  it('on generated files, however they are chunked, in both bad-row modes (property)', async () => {
    let pushed = 0;
    let added = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...MAPPINGS).chain((m) => fc.tuple(fc.constant(m), fileArb(m))),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom('error', 'skip' as const),
        async ([mapping, bytes], cuts, mode) => {
          const opts = optionsFor(mapping, mode as 'error' | 'skip');
          const file = write(bytes);
          const want = await general(file, opts);
          const keys = fastPathKeys(file, opts);
          expect(keys).toBeDefined();
          const fast = await outcome((c, o) => {
            const sink = { code: (l: Label) => c.code(l), push: (...a: Parameters<MetricsCollector['push']>) => (pushed++, c.push(...a)), add: (b: readonly Example[]) => ((added += b.length), c.add(b)) };
            return scanScoreColumns(chunked(bytes, cuts), keys!, o, sink);
          }, opts);
          expect(fast).toEqual(want);
        },
      ),
      { numRuns: 400 },
    );
    // Both paths were exercised: most good rows are the fast path's, some the general one's.
    expect(pushed).toBeGreaterThan(2 * added);
    // (added is about 60 in 400 runs, with a spread of about 8: the bound only says the general path ran.)
    expect(added).toBeGreaterThan(10);
  }, 120_000);

  it('reads a file through the fast path with the readExamples outcome', async () => {
    const text = '\ufeff{"label":"b","prediction":"a","score":0.25}\r\n\n{"score":1,"prediction":"b","label":"a"}\n{"label":"a","prediction":"a","score":1.5}\n{"label":"c","prediction":"a","score":0}';
    const file = write(text);
    for (const mode of ['error', 'skip'] as const) {
      const opts = optionsFor(MAPPINGS[0], mode);
      const fast = await outcome((c, o) => readScoreColumns(file, o, c), opts);
      expect(fast).toEqual(await general(file, opts));
    }
    const fast = await outcome((c, o) => readScoreColumns(file, o, c), optionsFor(MAPPINGS[0], 'skip'));
    expect(fast).toMatchObject({ labels: ['b', 'a', 'c'], trueCodes: [0, 1, 2], predCodes: [1, 0, 1], score: [0.25, 1, 0], lines: [1, 3, 5] });
    expect(fast).toMatchObject({ stats: { rows: 4, examples: 3, done: true } });
  });

  it('names the bad row like readExamples in error mode', async () => {
    const file = write('{"label":"a","prediction":"a"}\n{"label":"a","prediction":1}\n');
    const fast = await outcome((c, o) => readScoreColumns(file, o, c), optionsFor(MAPPINGS[1], 'error'));
    expect(fast).toEqual({
      problems: [{ code: 'bad-row', file: 'p.jsonl', line: 2, path: ['prediction'], message: 'prediction must be a string like the earlier labels (got 1); to mix numbers and strings, read labels as strings (labelsAsStrings)' }],
    });
  });

  it('joins a line spanning many chunks and one split inside a label', async () => {
    const line = `{"label":"${'x'.repeat(3000)}","prediction":"b"}`;
    const bytes = Buffer.from(`${line}\n{"label":"b","prediction":"${'x'.repeat(3000)}"}\n`);
    const cuts = Array.from({ length: 60 }, (_, i) => i * 101);
    const opts = optionsFor(MAPPINGS[1], 'error');
    const fast = await outcome((c, o) => scanScoreColumns(chunked(bytes, cuts), fastPathKeys('p.jsonl', o)!, o, c), opts);
    expect(fast).toMatchObject({ labels: ['x'.repeat(3000), 'b'], trueCodes: [0, 1], predCodes: [1, 0], lines: [1, 2] });
  });

  it('leaves other options to readExamples', () => {
    const base = optionsFor(MAPPINGS[0], 'error');
    expect(fastPathKeys('p.jsonl', base)).toEqual(MAPPINGS[0]);
    expect(fastPathKeys('p.csv', base)).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, derivedIds: 'content' })).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, required: ['label'] })).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, fields: { ...base.fields, input: 'text' }, required: [...base.required!, 'input'] })).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, fields: { label: 'constructor' }, required: ['label'] })).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, fields: { label: 'y', prediction: 'y' }, required: ['label', 'prediction'] })).toBeUndefined();
    expect(fastPathKeys('p.jsonl', { ...base, fields: { label: 'étiquette' }, required: ['label'] })).toBeUndefined();
  });
});

describe('readScoreColumns: bad lines on the fast path', () => {
  it('names a malformed line by its number, with JSON.parse’s message, and skips it in skip mode', async () => {
    const file = write('{"label":"a","prediction":"a"}\n{"label":"a","prediction":"b"\n\n{"label":"b","prediction":"a"} x\n{"label":"b","prediction":"b"}\n');
    const failed = await outcome((c, o) => readScoreColumns(file, o, c), optionsFor(MAPPINGS[1], 'error'));
    expect(failed).toMatchObject({ problems: [{ code: 'bad-row', file: 'p.jsonl', line: 2, path: [] }] });
    const message = (failed as { problems: { message: string }[] }).problems[0].message;
    expect(message).toMatch(/^malformed JSON: /);
    const skipped = await outcome((c, o) => readScoreColumns(file, o, c), optionsFor(MAPPINGS[1], 'skip'));
    expect(skipped).toMatchObject({ lines: [1, 5], stats: { rows: 4, examples: 2 } });
    expect((skipped as { stats: { skipped: { line: number; problem: { message: string } }[] } }).stats.skipped.map((s) => [s.line, s.problem.message.slice(0, 15)])).toEqual([
      [2, 'malformed JSON:'],
      [4, 'malformed JSON:'],
    ]);
  });
});
