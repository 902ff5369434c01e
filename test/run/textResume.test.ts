import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFiles, afterHeader } from '../helpers/cli.js';
import { chatModule, probes, textSuite } from '../fixtures/chat/textSuite.js';

// --resume of a run of safety and quality checks: the probes, jailbreak variants and counterfactual
// twins that have a record are not asked again, and the results are the uninterrupted run's.
const lines = (f: string): string[] => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
// Call records only: outcome records (one per scored unit, for comparisons) are written again by a resumed run.
const calls = (ls: string[]): string[] => ls.filter((l) => (JSON.parse(l) as { kind?: string }).kind !== 'outcome');

describe('evalgate run --resume with safety and quality checks', () => {
  it('asks only for the calls without a record and ends with the same results.json', async () => {
    const dir = tempFiles({ 'suite.yaml': textSuite, 'chat.mjs': chatModule, 'probes.jsonl': probes });
    process.env.CALLS_FILE = join(dir, 'full-calls.txt');
    const full = await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'full'), '--no-cache', '--quiet']);
    expect(afterHeader(full.stderr)).toBe('');
    const records = calls(lines(join(dir, 'full', 'records.jsonl')));
    expect(lines(process.env.CALLS_FILE)).toHaveLength(records.length);
    const variants = new Set(records.map((l) => (JSON.parse(l) as { variant: string | null }).variant));
    expect([...variants]).toEqual(expect.arrayContaining([null, 'jailbreak:base64', 'jailbreak:typo.base64', 'jailbreak:homoglyph.case', 'counterfactual']));

    for (const keep of [0.3, 0.7]) {
      const out = join(dir, `resumed-${keep}`);
      mkdirSync(out);
      const kept = records.slice(0, Math.round(records.length * keep));
      writeFileSync(join(out, 'records.jsonl'), `${kept.join('\n')}\n`);
      process.env.CALLS_FILE = join(dir, `calls-${keep}.txt`);
      const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet', '--resume']);
      expect(afterHeader(r.stderr)).toBe('');
      expect(r.code).toBe(full.code);
      const recorded = new Set(kept.map((l) => JSON.stringify((JSON.parse(l) as { input: unknown }).input)));
      const asked = lines(process.env.CALLS_FILE);
      expect(asked).toHaveLength(records.length - kept.length);
      expect(asked.filter((x) => recorded.has(x))).toEqual([]);
      expect(readFileSync(join(out, 'results.json'), 'utf8')).toBe(readFileSync(join(dir, 'full', 'results.json'), 'utf8'));
      expect(calls(lines(join(out, 'records.jsonl')))).toHaveLength(records.length);
    }
    delete process.env.CALLS_FILE;
  }, 60_000);
});
