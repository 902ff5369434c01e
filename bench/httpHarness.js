// Harness overhead of the http adapter: 10,000 requests to a loopback server (in its own process)
// that answers after a fixed 20 ms, at concurrency 64. Ideal: 10,000 × 20 ms / 64 = 3.125 s.
// Target (issue 3): within 1.10× of the ideal. Best of EVALGATE_BENCH_RUNS runs (default 3). The calls go
// through the run layer's path (recordedModel, predictExamples, a RecordWriter journaling each answer
// in the event-loop turn it arrives, a progress count), as `evalgate run` makes them.
//
// The same requests are also sent by a bare client (64 keep-alive TCP sockets writing one prebuilt
// HTTP/1.1 request each and waiting for the fixed-size answer, no parsing): the floor this machine's
// loopback, timers and process wake-ups allow. Runs alternate between the two so both see the same load.
import { fork } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { fileURLToPath } from 'node:url';

const REQUESTS = 10_000;
const CONCURRENCY = 64;
const DELAY_MS = 20;
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);
const ANSWER = '{"label":"ok"}';

if (process.argv[2] === 'server') {
  const { createServer } = await import('node:http');
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end(ANSWER), DELAY_MS));
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('disconnect', () => process.exit(0));
} else {
  const child = fork(fileURLToPath(import.meta.url), ['server']);
  const [{ port }] = await once(child, 'message');
  const { createHttpModel } = await import('../dist/models/http/createHttpModel.js');
  const ideal = (REQUESTS * DELAY_MS) / CONCURRENCY;

  const { recordedModel } = await import('../dist/run/recordedModel.js');
  const { predictExamples } = await import('../dist/run/predictExamples.js');
  const { RecordWriter } = await import('../dist/run/recordWriter.js');
  const { recordOf } = await import('../dist/run/recordOf.js');
  const { mkdtempSync, rmSync, readFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-http-bench-'));
  // As a run asks: fingerprinted answers, each journaled (one record, one write per event-loop turn)
  // as it arrives, progress counted per answer.
  const harness = async () => {
    const model = recordedModel(createHttpModel({ url: `http://127.0.0.1:${port}/predict`, body: '{"text": "{{input}}"}', output: 'label', concurrency: CONCURRENCY, retries: 0 }));
    const examples = Array.from({ length: REQUESTS }, (_, i) => ({ id: `e${i}`, row: i, input: `input ${i}`, label: 'ok' }));
    const path = join(dir, 'records.jsonl');
    const journal = new RecordWriter(path);
    let done = 0;
    const t = performance.now();
    const answers = await predictExamples(model, examples, { onAnswer: (ex, a) => journal.add(recordOf(ex, a, 'metrics', null), a), progress: { tick: (n) => (done += n), stop() {} } });
    await journal.close();
    const ms = performance.now() - t;
    await model.close?.();
    const failed = answers.filter((a) => a.error !== undefined).length;
    if (failed > 0) throw new Error(`${failed} requests failed`);
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).length;
    if (lines !== REQUESTS || done !== REQUESTS) throw new Error(`journal has ${lines} records, progress ${done}, of ${REQUESTS}`);
    journals.push(journal.writes);
    return ms;
  };
  const journals = [];

  const body = '{"text": "input 0"}';
  const request = `POST /predict HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: keep-alive\r\n\r\n${body}`;
  const bare = async () => {
    const sockets = await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.setNoDelay(true);
      await once(socket, 'connect');
      return socket;
    }));
    // One request first, to learn the answer's size in bytes (its Date header has a fixed width and
    // the body is one chunk of a fixed length).
    let answerBytes = 0;
    sockets[0].write(request);
    const first = await new Promise((resolve) => {
      let text = '';
      const onData = (chunk) => {
        text += chunk.toString('latin1');
        // The answer is chunked: it ends with the last, empty chunk.
        if (text.endsWith('\r\n0\r\n\r\n')) { sockets[0].off('data', onData); resolve(text); }
      };
      sockets[0].on('data', onData);
    });
    answerBytes = Buffer.byteLength(first, 'latin1');
    let sent = 0;
    const t = performance.now();
    await Promise.all(sockets.map((socket) => new Promise((resolve) => {
      let got = 0;
      const next = () => { if (sent >= REQUESTS) { resolve(); return; } sent++; socket.write(request); };
      socket.on('data', (chunk) => {
        got += chunk.length;
        while (got >= answerBytes) { got -= answerBytes; next(); }
      });
      next();
    })));
    const ms = performance.now() - t;
    for (const socket of sockets) socket.destroy();
    return ms;
  };

  let best = Infinity;
  let floor = Infinity;
  for (let r = 0; r < RUNS; r++) {
    best = Math.min(best, await harness());
    floor = Math.min(floor, await bare());
  }
  const s = (ms) => (ms / 1000).toFixed(3);
  console.log(`http harness: ${REQUESTS} requests, ${DELAY_MS} ms answers, concurrency ${CONCURRENCY}: best ${s(best)} s, ideal ${s(ideal)} s, ${(best / ideal).toFixed(3)}x (target <= 1.10x); bare TCP client ${s(floor)} s = ${(floor / ideal).toFixed(3)}x of ideal, harness ${(best / floor).toFixed(3)}x of the bare client`);
  console.log(`  (each run journaled every answer as it arrived: ${journals.join(', ')} writes for ${REQUESTS} records)`);
  rmSync(dir, { recursive: true, force: true });
  child.disconnect();
}
