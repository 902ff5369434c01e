// scoreFile reads JSONL through the byte-level fast path and a JSON array file through the general
// readers (JSON.parse): the same rows must give the same figures, report, labels and warnings.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scoreFile, type ScoreOptions } from '../../src/run/scoreFile.js';

const dir = mkdtempSync(join(tmpdir(), 'evalgate-score-fast-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;

/** Both files for `lines`: JSONL (one row a line, spelled as given) and a JSON array of the same lines. */
function files(lines: string[]): { jsonl: string; json: string } {
  const base = join(dir, `f${n++}`);
  writeFileSync(`${base}.jsonl`, `${lines.join('\n')}\n`);
  writeFileSync(`${base}.json`, `[\n${lines.join(',\n')}\n]\n`);
  return { jsonl: `${base}.jsonl`, json: `${base}.json` };
}

const spell = (v: number) => fc.constantFrom(JSON.stringify(v), v.toExponential(), Object.is(v, 0) ? '-0' : JSON.stringify(v));
const label = (labels: string[]) => fc.constantFrom(...labels).chain((l) => fc.constantFrom(JSON.stringify(l), `"${[...l].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}"`));
const row = (labels: string[], score: boolean) =>
  fc.tuple(label(labels), label(labels), fc.double({ min: 0, max: 1, noNaN: true }).chain(spell), fc.jsonValue({ maxDepth: 2 }), fc.boolean()).map(([y, p, s, extra, flip]) => {
    const parts = [`"label":${y}`, `"prediction":${p}`, ...(score ? [`"score":${s}`] : []), `"extra":${JSON.stringify(extra)}`];
    return `{${(flip ? parts.reverse() : parts).join(', ')}}`;
  });

describe('scoreFile: the JSONL fast path and the general readers agree', () => {
  it('on the figures, the report and the labels of generated files, binary and multiclass (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom<string[]>(['spam', 'ham'], ['a', 'b', 'c', 'é'], ['x', 'y', 'z']).chain((labels) =>
          fc.tuple(fc.constant(labels), fc.boolean()).chain(([ls, withScore]) => fc.tuple(fc.constant(withScore), fc.array(row(ls, withScore), { minLength: 1, maxLength: 60 }))),
        ),
        async ([withScore, lines]) => {
          const { jsonl, json } = files(lines);
          const opts: ScoreOptions = { bootstrap: 50, seed: 3, ...(withScore ? { score: 'score' } : {}) };
          const fast = await scoreFile(jsonl, opts).catch((e: Error) => e.message);
          const general = await scoreFile(json, opts).catch((e: Error) => e.message);
          if (typeof fast === 'string' || typeof general === 'string') {
            expect(fast).toEqual(general);
            return;
          }
          expect(fast.figures).toEqual(general.figures);
          expect(fast.reportText).toBe(general.reportText);
          expect(fast.detail).toEqual(general.detail);
          expect([fast.rows, fast.examples]).toEqual([general.rows, general.examples]);
        },
      ),
      { numRuns: 60 },
    );
  }, 120_000);
});
