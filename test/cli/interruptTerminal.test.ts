import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonl, tempFiles } from '../helpers/cli.js';

// Ctrl-C typed into a real pseudo-terminal (util-linux `script` allocates it; the byte 0x03 becomes
// SIGINT for the foreground process, as a user's keystroke would), while `evalgate run` asks a slow
// OpenAI-compatible loopback server. Also SIGTERM off a terminal, and what progress prints in CI.
const bin = fileURLToPath(new URL('../../bin/evalgate.js', import.meta.url));
const hasScript = spawnSync('script', ['--version']).status === 0;

let server: Server;
let port = 0;
let asked: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c));
    req.on('end', () => {
      const text = (JSON.parse(body) as { messages: { content: string }[] }).messages.at(-1)!.content;
      asked.push(text);
      setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ choices: [{ message: { content: /win/.test(text) ? 'spam' : 'ham' } }] })), 40);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function suiteDir(n: number): string {
  const rows = Array.from({ length: n }, (_, i) => ({ id: `m${i}`, text: i % 3 === 0 ? `win a prize ${i}` : `see you at ${i}`, label: i % 3 === 0 ? 'spam' : 'ham' }));
  const dir = tempFiles({ 'd.jsonl': jsonl(rows) });
  writeFileSync(join(dir, 'suite.yaml'), `suite: slow-remote
seed: 3
data: { path: d.jsonl, id: id, input: text, label: label, pos_label: spam }
model: { openai: { base_url: "http://127.0.0.1:${port}/v1", model: m, labels: [spam, ham] }, concurrency: 4 }
checks:
  - metrics: [accuracy]
gates:
  - accuracy >= 0.5
`);
  return dir;
}

const env = { ...process.env, OPENAI_API_KEY: 'sk-test-key', CI: '', NO_COLOR: '1' };
const until = async (ok: () => boolean, ms = 60_000) => {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('Ctrl-C in a terminal', () => {
  it.skipIf(!hasScript)('stops, restores the cursor, says what is kept and how to continue, exits 130; the printed command resumes', async () => {
    const dir = suiteDir(300);
    const out = join(dir, 'out');
    asked = [];
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(bin)} run suite.yaml --out out --no-cache`;
    const child = spawn('script', ['-q', '-e', '-c', cmd, '/dev/null'], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    child.stdout.on('data', (c: Buffer) => (screen += c.toString('utf8')));
    // The bar moves with the answers: wait until it shows some, then type Ctrl-C.
    await until(() => /metrics \[[^\]]*\] (\d+)\/300/.exec(screen.slice(-400)) !== null && asked.length >= 30);
    const shown = [...screen.matchAll(/\] (\d+)\/300/g)].map((m) => Number(m[1]));
    expect(new Set(shown).size, 'the bar showed several counts before the interruption').toBeGreaterThan(3);
    child.stdin.write('\x03');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(130);
    expect(screen).toContain('evalgate: suite \'slow-remote\'');
    const hide = screen.lastIndexOf('\x1b[?25l');
    expect(hide).toBeGreaterThanOrEqual(0);
    expect(screen.indexOf('\x1b[?25h', hide), 'the cursor is shown again after it was hidden').toBeGreaterThan(hide);
    const m = /interrupted \(SIGINT\): (\d+) model answers kept in out\/records\.jsonl \(metrics (\d+)\/300\)\. Continue with:\r?\n {2}(evalgate run .*)\r?\n/.exec(screen);
    expect(m, screen.slice(-600)).not.toBeNull();
    const kept = Number(m![1]);
    expect(m![3]).toBe('evalgate run suite.yaml --out out --no-cache --resume');
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').split('\n').filter(Boolean);
    expect(records).toHaveLength(kept);
    expect(asked.length - kept, 'answers lost: only calls abandoned in flight').toBeLessThanOrEqual(4);
    const before = asked.length;
    // The printed command, as the user would paste it.
    const [, ...rest] = m![3].split(' ');
    // Asynchronously: the server answering it lives in this process.
    const resumed = await new Promise<{ status: number | null; stderr: string }>((resolve) => {
      const c = spawn(process.execPath, [bin, ...rest], { cwd: dir, env, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      c.stderr.on('data', (b: Buffer) => (stderr += b));
      c.on('close', (status) => resolve({ status, stderr }));
    });
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stderr).toContain(`resuming: ${kept} answers already recorded`);
    expect(asked.length - before).toBe(300 - kept);
    expect(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).data.examples).toBe(300);
  }, 120_000);
});

describe('SIGTERM and progress off a terminal', () => {
  it('prints a progress line while the model is slow, stops on SIGTERM with exit 143, and never repeats a line', async () => {
    const dir = suiteDir(200);
    asked = [];
    const child = spawn(process.execPath, [bin, 'run', 'suite.yaml', '--out', 'out', '--no-cache', '--progress-interval', '0.3'], { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c));
    await until(() => /metrics: \d+\/200/.test(err) && asked.length >= 20);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(code).toBe(143);
    const lines = err.split('\n').filter(Boolean);
    expect(lines[0]).toBe("evalgate: suite 'slow-remote' (suite.yaml)");
    const status = lines.filter((l) => /^metrics: \d+\/200 \(/.test(l));
    expect(status.length).toBeGreaterThan(0);
    expect(new Set(lines.filter((l) => l.startsWith('metrics:'))).size).toBe(lines.filter((l) => l.startsWith('metrics:')).length);
    expect(err).toMatch(/interrupted \(SIGTERM\): \d+ model answers kept in out\/records\.jsonl/);
    expect(err).toContain('evalgate run suite.yaml --out out --no-cache --progress-interval 0.3 --resume');
    // The step summary says the run was interrupted, not an older verdict.
    const summary = readFileSync(join(dir, 'out', 'summary.md'), 'utf8');
    expect(summary).toContain('ERROR: evalgate did not finish');
    expect(summary).toContain('exit 143');
    expect(summary).toContain('--resume');
  }, 60_000);
});
