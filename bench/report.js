// npm run bench: the HTML report of a 100,000-example run renders in under 2 s into a file under
// 5 MB. The run (evalgate run on a binary predictions file with an input text per row, every
// metric with its curves, data-quality checks, 50 examples a section) is made once; each measured
// process then renders report.html from results.json, timing.json and records.jsonl (streamed),
// as `evalgate run` does after scoring. Best of RUNS fresh processes; set EVALGATE_BENCH_REPORT_ROWS
// for another size.
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.env.EVALGATE_BENCH_REPORT_ROWS ?? 100_000);
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);
const dir = join(tmpdir(), 'evalgate-bench', `report-${ROWS}`);
mkdirSync(dir, { recursive: true });

if (process.argv[2] === 'render') {
  // One measured process: read the run's outputs, render, write report.html.
  const { readFileSync } = await import('node:fs');
  const t = performance.now();
  const { htmlReport } = await import('../dist/report/htmlReport.js');
  const results = JSON.parse(readFileSync(join(dir, 'out', 'results.json'), 'utf8'));
  const timing = JSON.parse(readFileSync(join(dir, 'out', 'timing.json'), 'utf8'));
  const html = await htmlReport(results, timing, { recordsPath: join(dir, 'out', 'records.jsonl') });
  writeFileSync(join(dir, 'out', 'report.html'), html);
  process.stdout.write(`${(performance.now() - t).toFixed(1)}\n`);
  process.exit(0);
}

/** Seeded rows: a label, a prediction right 85 % of the time, a score, an input of ~300 characters. */
async function writeData(path, rows) {
  let state = 777;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const words = ['offer', 'meeting', 'free', 'invoice', 'click', 'tomorrow', 'winner', 'report', 'urgent', 'lunch', 'account', 'update'];
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const spam = rand() < 0.3;
    const right = rand() < 0.85;
    const p = right === spam ? 0.5 + rand() * 0.5 : rand() * 0.5;
    const text = Array.from({ length: 45 }, () => words[Math.floor(rand() * words.length)]).join(' ');
    buf += `${JSON.stringify({ id: `m${i}`, text: `${text} #${i}`, label: spam ? 'spam' : 'ham', prediction: p > 0.5 ? 'spam' : 'ham', score: Math.round(p * 1e4) / 1e4 })}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
}

if (!existsSync(join(dir, 'out', 'records.jsonl'))) {
  await writeData(join(dir, 'data.jsonl'), ROWS);
  writeFileSync(join(dir, 'suite.yaml'), `suite: report-bench
seed: 1
data: { path: data.jsonl, id: id, input: text, label: label, prediction: prediction, score: score, pos_label: spam }
checks:
  - metrics: [accuracy, precision, recall, f1, balanced_accuracy, mcc, kappa, roc_auc, average_precision, log_loss, brier, ece]
  - data-quality: [duplicates, imbalance, empty-inputs, long-inputs]
gates:
  - f1 >= 0.8
  - recall.spam >= 0.8
  - roc_auc >= 0.9
  - gate: ece <= 0.05
    severity: warning
`);
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bin/evalgate.js'), 'run', join(dir, 'suite.yaml'), '--out', join(dir, 'out'), '--format', 'json', '--quiet'], { encoding: 'utf8' });
  if (r.status !== 0 && r.status !== 1) throw new Error(`evalgate run failed: ${r.stderr}`);
  console.log(`report benchmark: made the run once (${ROWS.toLocaleString('en')} examples, evalgate run --format json: ${((performance.now() - t) / 1000).toFixed(1)} s)`);
}

let best = Infinity;
let inside = Infinity;
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'render'], { encoding: 'utf8', env: { ...process.env, EVALGATE_BENCH_REPORT_ROWS: String(ROWS) } });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`render failed: ${r.stderr}`);
  best = Math.min(best, ms);
  inside = Math.min(inside, Number(r.stdout.trim()));
}
const mb = statSync(join(dir, 'out', 'report.html')).size / 1e6;
const records = statSync(join(dir, 'out', 'records.jsonl')).size / 1e6;
console.log([
  `report benchmark: ${ROWS.toLocaleString('en')} examples (records.jsonl ${records.toFixed(1)} MB), best of ${RUNS}`,
  `  render report.html : ${inside.toFixed(0)} ms in process, ${best.toFixed(0)} ms with Node's start (target < 2000 ms)`,
  `  report.html size   : ${mb.toFixed(2)} MB (target < 5 MB)`,
].join('\n'));
if (!(best < 2000 && mb < 5)) process.exitCode = 1;
