import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidInputError } from '../problem.js';
import type { EvalRecord } from './recordWriter.js';

/** One example as both runs saw it. */
export interface RecordPair {
  check: string;
  variant: string | null;
  id: string;
  expected: unknown;
  baseline: unknown;
  candidate: unknown;
  /** True when either model call failed (the pair is counted, not scored). */
  error: boolean;
}

/** The records of two runs joined by (check, variant, id). */
export interface Pairing {
  pairs: RecordPair[];
  onlyBaseline: string[];
  onlyCandidate: string[];
}

type Slim = Pick<EvalRecord, 'id' | 'check' | 'variant' | 'expected' | 'output' | 'error'>;

async function* readRecords(path: string): AsyncGenerator<Slim & { line: number }> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let line = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let r: Slim;
    try {
      r = JSON.parse(text) as Slim;
    } catch (e) {
      throw new InvalidInputError([{ code: 'bad-record', file: path, line, path: [], message: `not a JSON record: ${(e as Error).message}` }]);
    }
    if (typeof r?.id !== 'string' || typeof r.check !== 'string') throw new InvalidInputError([{ code: 'bad-record', file: path, line, path: [], message: 'a record needs a string id and check' }]);
    yield { ...r, line };
  }
}

const keyOf = (r: Slim) => `${r.check}\u0000${r.variant ?? ''}\u0000${r.id}`;

/**
 * Joins two records journals by (check, variant, id): every example present in both becomes a
 * pair (in the candidate journal's order), and those in one run only are listed (never silently
 * dropped), in (check, variant, id) order: not the journals' order, which concurrent searches,
 * a resumed run or a merge may interleave differently. A pair whose expected
 * labels differ is not the same example: InvalidInputError (exit 2) naming it. Streams the
 * candidate's journal; holds the baseline's in memory. Cost O(n).
 */
export async function pairRecords(baselinePath: string, candidatePath: string): Promise<Pairing> {
  const base = new Map<string, Slim & { line: number }>();
  for await (const r of readRecords(baselinePath)) base.set(keyOf(r), r);
  const pairs: RecordPair[] = [];
  const onlyCandidate: { key: string; id: string }[] = [];
  for await (const r of readRecords(candidatePath)) {
    const key = keyOf(r);
    const b = base.get(key);
    if (!b) {
      onlyCandidate.push({ key, id: r.id });
      continue;
    }
    base.delete(key);
    if (JSON.stringify(b.expected) !== JSON.stringify(r.expected)) {
      throw new InvalidInputError([{ code: 'label-mismatch', file: candidatePath, line: r.line, path: [], message: `example ${r.id} (${r.check}${r.variant ? ` ${r.variant}` : ''}) has the label ${JSON.stringify(r.expected)} here but ${JSON.stringify(b.expected)} in ${baselinePath}: the runs did not read the same data` }]);
    }
    pairs.push({ check: r.check, variant: r.variant ?? null, id: r.id, expected: r.expected, baseline: b.output, candidate: r.output, error: b.error !== null || r.error !== null });
  }
  const ordered = (list: { key: string; id: string }[]) => list.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)).map((x) => x.id);
  return { pairs, onlyBaseline: ordered([...base].map(([key, r]) => ({ key, id: r.id }))), onlyCandidate: ordered(onlyCandidate) };
}
