import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { InvalidInputError } from '../problem.js';
import { outcomeKey } from './answerIndex.js';
import type { EvalRecord, OutcomeRecord } from '../contract/evalRecord.js';

/** What a score-based figure reads of one answer: the record's score and class probabilities. */
export interface AnswerScores {
  score: number | null;
  probabilities?: number[] | Record<string, number>;
}

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
  baselineScores: AnswerScores;
  candidateScores: AnswerScores;
}

/** A unit's outcome record in one run: its figure terms (NaN for a JSON null), status and group. */
export interface UnitOutcome {
  terms: Record<string, number[]>;
  status?: 'not-applicable' | 'error';
  group?: string;
}

/** One unit (check, variant, id) of outcome records in both runs. */
export interface OutcomePair {
  check: string;
  variant: string | null;
  id: string;
  baseline: UnitOutcome;
  candidate: UnitOutcome;
}

/** The records of two runs joined by (check, variant, id). */
export interface Pairing {
  pairs: RecordPair[];
  outcomes: OutcomePair[];
  /** Units in one run only: a bare id for the metrics check, else `id (check variant)`. */
  onlyBaseline: string[];
  onlyCandidate: string[];
  /** How many of those each check has: `{ metrics: [in the baseline only, in the candidate only], ... }`. */
  onlyByCheck: Record<string, [number, number]>;
  /** Units in both runs that one run tested and the other did not (not applicable, or errored). */
  statusMismatch: string[];
}

/** A record as read back, of any kind (the fields of the others absent). */
type Slim = Pick<EvalRecord, 'id' | 'check' | 'variant' | 'expected' | 'output' | 'error' | 'score' | 'probabilities' | 'kind'> & Partial<Pick<OutcomeRecord, 'terms' | 'status' | 'group'>>;
type Read = Slim & { line: number };

async function* readRecords(path: string): AsyncGenerator<Read> {
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
    // Without it a pair would count as a failed call (error !== null): every build writes it.
    if (r.error !== null && typeof r.error !== 'string') throw new InvalidInputError([{ code: 'bad-record', file: path, line, path: ['error'], message: `must be a string or null in a record (got ${r.error === undefined ? 'none' : JSON.stringify(r.error).slice(0, 40)})` }]);
    yield { ...r, line };
  }
}

/** Example records pair one to one; the calls of a search, and text-check calls, are summed up by outcome records. */
const isExampleRecord = (r: Slim) => r.kind !== 'outcome' && (r.check === 'metrics' || r.check === 'cross-validation');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const shown = (r: Slim) => (r.check === 'metrics' && (r.variant ?? null) === null ? r.id : `${r.id} (${r.check}${r.variant ? ` ${r.variant}` : ''})`);
const scoresOf = (r: Slim): AnswerScores => ({ score: r.score ?? null, ...(r.probabilities !== undefined ? { probabilities: r.probabilities } : {}) });

function outcomeOf(r: Slim): UnitOutcome {
  const terms: Record<string, number[]> = {};
  for (const [k, v] of Object.entries(r.terms ?? {})) terms[k] = Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? x : NaN)) : [];
  return { terms, ...(r.status !== undefined ? { status: r.status } : {}), ...(r.group !== undefined ? { group: r.group } : {}) };
}

/**
 * Joins two records journals by (check, variant, id): every example of the metrics and
 * cross-validation checks present in both becomes a pair, and
 * every unit of outcome records (a robustness search, a template case, a safety or quality row; the
 * last record of a unit wins, as a resumed journal may repeat one) an outcome pair. Those in one
 * run only are listed, never silently dropped; pairs, units and lists are in (check, variant, id) order (not the journals'
 * order, which concurrent searches, a resumed run or a merge may interleave differently), and so
 * are units tested in one run but not applicable or errored in the other. A pair whose expected
 * labels differ is not the same example: InvalidInputError (exit 2) naming it. Streams the
 * candidate's journal; holds the baseline's units in memory. Cost O(n log n).
 */
export async function pairRecords(baselinePath: string, candidatePath: string): Promise<Pairing> {
  const base = new Map<string, Read>();
  const baseOutcomes = new Map<string, Read>();
  for await (const r of readRecords(baselinePath)) {
    if (r.kind === 'outcome') baseOutcomes.set(outcomeKey(r), r);
    else if (isExampleRecord(r)) base.set(outcomeKey(r), r);
  }
  const pairs: RecordPair[] = [];
  const onlyCandidate: { key: string; id: string; check: string }[] = [];
  const candOutcomes = new Map<string, Read>();
  for await (const r of readRecords(candidatePath)) {
    if (r.kind === 'outcome') {
      candOutcomes.set(outcomeKey(r), r);
      continue;
    }
    if (!isExampleRecord(r)) continue;
    const key = outcomeKey(r);
    const b = base.get(key);
    if (!b) {
      onlyCandidate.push({ key, id: shown(r), check: r.check });
      continue;
    }
    base.delete(key);
    if (JSON.stringify(b.expected) !== JSON.stringify(r.expected)) {
      throw new InvalidInputError([{ code: 'label-mismatch', file: candidatePath, line: r.line, path: [], message: `example ${r.id} (${r.check}${r.variant ? ` ${r.variant}` : ''}) has the label ${JSON.stringify(r.expected)} here but ${JSON.stringify(b.expected)} in ${baselinePath}: the runs did not read the same data` }]);
    }
    pairs.push({ check: r.check, variant: r.variant ?? null, id: r.id, expected: r.expected, baseline: b.output, candidate: r.output, error: b.error !== null || r.error !== null, baselineScores: scoresOf(b), candidateScores: scoresOf(r) });
  }
  const onlyBaseline = [...base].map(([key, r]) => ({ key, id: shown(r), check: r.check }));
  const outcomes: OutcomePair[] = [];
  const statusMismatch: { key: string; id: string }[] = [];
  for (const [key, r] of candOutcomes) {
    const b = baseOutcomes.get(key);
    if (!b) {
      onlyCandidate.push({ key, id: shown(r), check: r.check });
      continue;
    }
    baseOutcomes.delete(key);
    const pair = { check: r.check, variant: r.variant ?? null, id: r.id, baseline: outcomeOf(b), candidate: outcomeOf(r) };
    if (pair.baseline.status !== pair.candidate.status) statusMismatch.push({ key, id: `${shown(r)}: ${pair.baseline.status ?? 'tested'} in the baseline, ${pair.candidate.status ?? 'tested'} in the candidate` });
    outcomes.push(pair);
  }
  for (const [key, r] of baseOutcomes) onlyBaseline.push({ key, id: shown(r), check: r.check });
  const onlyByCheck: Record<string, [number, number]> = {};
  for (const u of onlyBaseline) (onlyByCheck[u.check] ??= [0, 0])[0]++;
  for (const u of onlyCandidate) (onlyByCheck[u.check] ??= [0, 0])[1]++;
  // Pairs and units in (check, variant, id) order: the row bootstraps, and so the intervals, do not
  // depend on the order the journals list them in.
  // Each key is built once, not at every comparison of the sort.
  const inKeyOrder = <T extends { check: string; variant: string | null; id: string }>(list: T[]): T[] =>
    list.map((x) => ({ key: outcomeKey(x), x })).sort((a, b) => cmp(a.key, b.key)).map((k) => k.x);
  const ordered = (list: { key: string; id: string }[]) => list.sort((x, y) => cmp(x.key, y.key)).map((x) => x.id);
  return { pairs: inKeyOrder(pairs), outcomes: inKeyOrder(outcomes), onlyBaseline: ordered(onlyBaseline), onlyCandidate: ordered(onlyCandidate), onlyByCheck, statusMismatch: ordered(statusMismatch) };
}
