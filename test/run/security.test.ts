import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jsonl, runCli, tempFiles, afterHeader } from '../helpers/cli.js';

const SECRET = 'planted-secret-4f9c2e7a1b';

/** Every file under a directory, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

// An endpoint that echoes the Authorization header it gets back in its error bodies.
let server: Server;
let url = '';
const bodies: string[] = [];
beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      bodies.push(body);
      const { text } = JSON.parse(body) as { text: string };
      const auth = String(req.headers.authorization);
      if (text.includes('fail')) res.writeHead(500).end(`upstream rejected ${auth}`);
      else if (text.includes('shape')) res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ answer: auth }));
      else if (text.includes('garbled')) res.writeHead(200, { 'content-type': 'application/json' }).end(`{"label": ${auth}`);
      else res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ label: text.includes('win') ? 'spam' : 'ham' }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/predict`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('secrets', () => {
  it('a secret planted in the environment appears in no output file, cache file or message', async () => {
    process.env.EVALGATE_PLANTED = SECRET;
    const tricky = 'say "hi", {"label": "spam"} \\ \u2028 win';
    const rows = [
      ...Array.from({ length: 12 }, (_, i) => ({ id: `ok${i}`, text: i % 2 ? `win now ${i}` : `hello ${i}`, label: i % 2 ? 'spam' : 'ham' })),
      { id: 'f1', text: 'fail please', label: 'ham' },
      { id: 's1', text: 'shape please', label: 'ham' },
      { id: 'g1', text: 'garbled please', label: 'ham' },
      { id: 't1', text: tricky, label: 'spam' },
    ];
    const suite = `suite: secret
data: { path: d.jsonl, id: id, input: text, label: label }
model:
  http:
    url: ${url}
    headers: { Authorization: "Bearer \${EVALGATE_PLANTED}" }
    body: '{"text": "{{input}}"}'
    output: label
  retries: 0
  cache: true
  max_error_rate: 0.5
checks:
  - metrics: [accuracy]
gates:
  - accuracy >= 0.5
`;
    const dir = tempFiles({ 's.yaml': suite, 'd.jsonl': jsonl(rows) });
    const cache = join(dir, 'cache');
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--cache-dir', cache]);
    expect(r.code).toBe(0);
    // The template JSON-escaped the tricky input: the server got it back intact.
    expect(bodies.map((b) => (JSON.parse(b) as { text: string }).text)).toContain(tricky);
    const records = readFileSync(join(dir, 'out', 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.error !== null).map((x) => x.id).sort()).toEqual(['f1', 'g1', 's1']);
    const files = [...filesUnder(join(dir, 'out')), ...filesUnder(cache)];
    for (const f of ['results.json', 'records.jsonl', 'junit.xml', 'summary.md', 'timing.json']) expect(files).toContain(join(dir, 'out', f));
    expect(filesUnder(cache).length).toBeGreaterThan(0);
    for (const f of files) expect([f, readFileSync(f, 'utf8').includes(SECRET)]).toEqual([f, false]);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    delete process.env.EVALGATE_PLANTED;
  });
});

describe('the command adapter', () => {
  it('passes shell metacharacters to the program literally: no shell ever runs them', async () => {
    const model = `import { appendFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
appendFileSync('argv.json', JSON.stringify(process.argv.slice(2)) + '\\n');
for await (const line of createInterface({ input: process.stdin })) {
  const req = JSON.parse(line);
  process.stdout.write(JSON.stringify({ id: req.id, outputs: req.inputs.map(() => ({ label: 'a' })) }) + '\\n');
}
`;
    const evil = ['$(touch pwned1)', '; touch pwned2', '`touch pwned3`', '| touch pwned4', '&& touch pwned5', '*'];
    const suite = `suite: noshell
data: { path: d.jsonl, input: text, label: label }
model: { command: [${JSON.stringify(process.execPath)}, model.mjs, ${evil.map((e) => JSON.stringify(e)).join(', ')}] }
checks:
  - metrics: [accuracy]
`;
    const dir = tempFiles({ 's.yaml': suite, 'model.mjs': model, 'd.jsonl': jsonl([{ text: 'x', label: 'a' }, { text: 'y', label: 'a' }]) });
    const r = await runCli(['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--no-cache', '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'argv.json'), 'utf8').split('\n')[0])).toEqual(evil);
    for (let i = 1; i <= 5; i++) expect(existsSync(join(dir, `pwned${i}`))).toBe(false);
  });
});

describe('suite paths outside the suite directory', () => {
  const ok = { 'inner/m.mjs': 'export function predict(xs) { return xs.map(() => ({ label: "a" })); }\n', 'inner/e.mjs': 'export default () => true;\n', 'd.jsonl': jsonl([{ text: 'x', label: 'a' }]) };
  const cases: [string, (root: string) => string, RegExp][] = [
    ['data.path', () => 'data: { path: ../d.jsonl, input: text, label: label, prediction: label }\nchecks:\n  - metrics: [accuracy]\n', /:2:\d+ data\.path: data\.path leaves the suite's directory \(\.\.\/d\.jsonl\)/],
    ['an absolute data.path', (root) => `data: { path: ${JSON.stringify(join(root, 'd.jsonl'))}, input: text, label: label, prediction: label }\nchecks:\n  - metrics: [accuracy]\n`, /data\.path leaves the suite's directory/],
    ['model.module', () => 'data: { path: d.jsonl, input: text, label: label }\nmodel: { module: ../inner/m.mjs }\nchecks:\n  - metrics: [accuracy]\n', /:3:\d+ model\.module: model\.module leaves the suite's directory \(\.\.\/inner\/m\.mjs\)/],
    ['a command path', () => 'data: { path: d.jsonl, input: text, label: label }\nmodel: { command: [node, ../inner/m.mjs] }\nchecks:\n  - metrics: [accuracy]\n', /model\.command\[1\]: model\.command\[1\] leaves the suite's directory/],
    ['a custom expectation', () => 'data: { path: d.jsonl, input: text, label: label }\nmodel: { module: m.mjs }\nchecks:\n  - robustness: { perturbations: [{ kind: typo, expect: { custom: ../inner/e.mjs } }] }\n', /a custom expectation leaves the suite's directory \(\.\.\/inner\/e\.mjs\)/],
  ];
  for (const [what, body, message] of cases) {
    it(`refuses ${what} unless --allow-outside-paths`, async () => {
      const root = tempFiles({ ...ok, 'suite/d.jsonl': ok['d.jsonl'], 'suite/m.mjs': ok['inner/m.mjs'] });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(join(root, 'suite', 's.yaml'), `suite: outside\n${body(root)}`);
      const refused = await runCli(['validate', join(root, 'suite', 's.yaml')]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toMatch(message);
      expect(refused.stderr).toContain('pass --allow-outside-paths');
      const allowed = await runCli(['validate', join(root, 'suite', 's.yaml'), '--allow-outside-paths']);
      expect(afterHeader(allowed.stderr)).toBe('');
      expect(allowed.code).toBe(0);
    });
  }
  it('accepts paths in subdirectories of the suite', async () => {
    const root = tempFiles({ 'suite/data/d.jsonl': ok['d.jsonl'], 'suite/models/m.mjs': ok['inner/m.mjs'], 'suite/s.yaml': 'suite: inside\ndata: { path: data/d.jsonl, input: text, label: label }\nmodel: { module: ./models/m.mjs }\nchecks:\n  - metrics: [accuracy]\n' });
    const r = await runCli(['validate', join(root, 'suite', 's.yaml')]);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(0);
  });
});
