import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readRecords } from '../../src/report/readRecords.js';
import { tempFiles } from '../helpers/cli.js';
import type { EvalRecord } from '../../src/contract/evalRecord.js';

const rec = (id: string, check: string): EvalRecord => ({ id, check, variant: null, input: 'x', output: 'a', expected: 'b', score: null, error: null, latency_ms: null });

describe('readRecords', () => {
  it('hands over the records of the checks asked for, in file order, skipping broken lines', async () => {
    const lines = [
      JSON.stringify(rec('1', 'metrics')),
      JSON.stringify(rec('2', 'cross-validation')),
      '{"id":"3","check":"metrics", broken',
      JSON.stringify(rec('"check":"metrics"', 'robustness')), // the needle inside another field
      JSON.stringify(rec('4', 'metrics')),
      '{"id":"5","check":"metrics"',
    ];
    const dir = tempFiles({ 'records.jsonl': `${lines.join('\n')}\n` });
    const seen: string[] = [];
    const n = await readRecords(join(dir, 'records.jsonl'), new Set(['metrics']), (r) => seen.push(r.id));
    expect(seen).toEqual(['1', '4']);
    expect(n).toBe(2);
  });

  it('reads nothing from a missing file or for no checks', async () => {
    let calls = 0;
    expect(await readRecords('/nonexistent/records.jsonl', new Set(['metrics']), () => calls++)).toBe(0);
    const dir = tempFiles({ 'records.jsonl': `${JSON.stringify(rec('1', 'metrics'))}\n` });
    expect(await readRecords(join(dir, 'records.jsonl'), new Set(), () => calls++)).toBe(0);
    expect(calls).toBe(0);
  });
});
