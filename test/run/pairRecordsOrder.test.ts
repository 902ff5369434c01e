import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { pairRecords } from '../../src/run/pairRecords.js';
import { jsonl, tempFiles } from '../helpers/cli.js';

describe('pairRecords: lists that do not depend on the journals\' line order', () => {
  it('lists status mismatches in (check, variant, id) order, whatever the journal order', async () => {
    const unit = (id: string, status?: string) => ({ id, check: 'robustness', variant: 'typo', input: null, output: null, expected: null, score: null, error: null, latency_ms: null, kind: 'outcome', terms: status ? {} : { 'robustness.typo.failure_rate': [0, 1] }, ...(status ? { status } : {}) });
    const d = tempFiles({ 'a.jsonl': jsonl([unit('e1', 'not-applicable'), unit('e2', 'not-applicable')]), 'b1.jsonl': jsonl([unit('e1'), unit('e2')]), 'b2.jsonl': jsonl([unit('e2'), unit('e1')]) });
    const p1 = await pairRecords(join(d, 'a.jsonl'), join(d, 'b1.jsonl'));
    const p2 = await pairRecords(join(d, 'a.jsonl'), join(d, 'b2.jsonl'));
    expect(p1.statusMismatch).toHaveLength(2);
    expect(p2.statusMismatch).toEqual(p1.statusMismatch);
    expect(p1.statusMismatch[0]).toMatch(/^e1 /);
  });
});
