// Runs the LLM example end to end: starts the fake chat endpoint on a free loopback port, runs
// `evalgate run examples/llm/suite.yaml` with EVALGATE_EXAMPLE_LLM_URL pointing at it (the suite's
// base_url_env), stops the endpoint and exits with evalgate's exit code.
//   node examples/llm/run.mjs [--out DIR] [other `evalgate run` options]
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeChatServer } from './fakeChatServer.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const cli = join(here, '..', '..', 'bin', 'evalgate.js');
const args = process.argv.slice(2);
const outAt = args.findIndex((a) => a === '--out' || a.startsWith('--out='));
const out = outAt < 0 ? 'evalgate-out' : args[outAt].startsWith('--out=') ? args[outAt].slice(6) : args[outAt + 1];

const server = await startFakeChatServer();
console.log(`fake chat endpoint: ${server.baseUrl}`);
const child = spawn(process.execPath, [cli, 'run', join(here, 'suite.yaml'), ...args], {
  stdio: 'inherit',
  env: { ...process.env, EVALGATE_EXAMPLE_LLM_URL: server.baseUrl },
});
// Ctrl-C reaches evalgate too (same process group); it finishes the calls in flight and exits.
process.on('SIGINT', () => {});
const code = await new Promise((done) => child.on('close', (c, signal) => done(c ?? (signal ? 130 : 3))));
await server.close();
console.log(`report: ${resolve(out, 'report.html')}`);
process.exit(code);
