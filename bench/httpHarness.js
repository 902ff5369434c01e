// Harness overhead of the http adapter: 10,000 requests to a loopback server (in its own process)
// that answers after a fixed 20 ms, at concurrency 64. Ideal: 10,000 × 20 ms / 64 = 3.125 s.
// Target (issue 3): within 1.10× of the ideal. Best of EVALGATE_BENCH_RUNS runs (default 3).
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const REQUESTS = 10_000;
const CONCURRENCY = 64;
const DELAY_MS = 20;
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);

if (process.argv[2] === 'server') {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{"label":"ok"}'), DELAY_MS));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
} else {
  const child = fork(fileURLToPath(import.meta.url), ['server']);
  const [{ port }] = await once(child, 'message');
  const { createHttpModel } = await import('../dist/models/http/createHttpModel.js');
  const ideal = (REQUESTS * DELAY_MS) / CONCURRENCY;
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const model = createHttpModel({ url: `http://127.0.0.1:${port}/predict`, body: '{"text": "{{input}}"}', output: 'label', concurrency: CONCURRENCY, retries: 0 });
    const inputs = Array.from({ length: REQUESTS }, (_, i) => `input ${i}`);
    const t = performance.now();
    const answers = await model.predict(inputs);
    const ms = performance.now() - t;
    await model.close?.();
    const failed = answers.filter((a) => a.error !== undefined).length;
    if (failed > 0) throw new Error(`${failed} requests failed`);
    best = Math.min(best, ms);
  }
  console.log(`http harness: ${REQUESTS} requests, ${DELAY_MS} ms answers, concurrency ${CONCURRENCY}: best ${(best / 1000).toFixed(3)} s, ideal ${(ideal / 1000).toFixed(3)} s, ${(best / ideal).toFixed(3)}x (target <= 1.10x)`);
  child.disconnect();
}
