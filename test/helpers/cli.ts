import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main.js';

/** Runs the CLI in process and captures what it prints and the exit code it chose. */
export async function runCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory holding the given files (paths relative to it). */
export function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-test-'));
  for (const [name, text] of Object.entries(files)) {
    const p = join(dir, name);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
  return dir;
}

/** JSONL text from rows. */
export function jsonl(rows: unknown[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

let resultsSchema: ValidateFunction | undefined;

/** A run's results.json, asserted valid against schemas/results.schema.json. */
export function readResults(outDir: string): any {
  resultsSchema ??= new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(readFileSync('schemas/results.schema.json', 'utf8')));
  const results = JSON.parse(readFileSync(join(outDir, 'results.json'), 'utf8'));
  expect(resultsSchema(results), JSON.stringify(resultsSchema.errors)).toBe(true);
  return results;
}

/**
 * What `evalgate run` printed on stderr besides its suite header (the lines it prints before any
 * work: `evalgate: suite '…' (…)` and the indented data, model, checks and outputs lines).
 */
export function afterHeader(stderr: string): string {
  return stderr.replace(/^evalgate: suite '[^\n]*\n(?: {2}(?:data|model|checks|outputs): [^\n]*\n)*/, '');
}
