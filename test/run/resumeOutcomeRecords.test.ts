import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempFiles } from '../helpers/cli.js';
import { chatModule, probes, textSuite } from '../fixtures/chat/textSuite.js';

// After --resume, records.jsonl holds the uninterrupted run's records as a multiset (timing aside):
// outcome records already journaled before the stop are not written again.
const lines = (f: string): string[] => (existsSync(f) ? readFileSync(f, 'utf8').split('\n').filter(Boolean) : []);
const norm = (l: string): string => {
  const r = JSON.parse(l) as Record<string, unknown>;
  delete r.latency_ms;
  return JSON.stringify(r);
};

describe('evalgate run --resume of a complete safety/quality journal', () => {
  it('leaves records.jsonl with the uninterrupted run records (no outcome record twice)', async () => {
    const dir = tempFiles({ 'suite.yaml': textSuite, 'chat.mjs': chatModule, 'probes.jsonl': probes });
    process.env.CALLS_FILE = join(dir, 'full-calls.txt');
    await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, 'full'), '--no-cache', '--quiet']);
    const records = lines(join(dir, 'full', 'records.jsonl'));
    expect(records.some((l) => (JSON.parse(l) as { kind?: string }).kind === 'outcome')).toBe(true);
    const out = join(dir, 'resumed');
    mkdirSync(out);
    // Stopped after the whole journal was written (e.g. killed while writing results.json).
    writeFileSync(join(out, 'records.jsonl'), `${records.join('\n')}\n`);
    process.env.CALLS_FILE = join(dir, 'resume-calls.txt');
    await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet', '--resume']);
    delete process.env.CALLS_FILE;
    expect(lines(join(out, 'records.jsonl')).map(norm).sort()).toEqual(records.map(norm).sort());
  }, 60_000);
});
