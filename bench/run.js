// npm run bench: evalgate's performance targets, measured on this machine.
//   score: `evalgate score` on a 1,000,000-row JSONL predictions file (5 classes, a score column)
//   against Node reading and JSON.parse-ing every line of the same file (target: ≤ 1.5×), its
//   peak memory (target: < 300 MB), and, when EVALGATE_BENCH_PYTHON names a Python with
//   scikit-learn, scikit-learn's parse + classification_report on the same file (target: ≥ 5×).
// Each measurement runs in a fresh process, baseline and score in turns; the best of RUNS runs
// (EVALGATE_BENCH_RUNS, default 3) of each is reported, with the load average.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeScoreFixture } from './scoreFixture.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROWS = Number(process.env.EVALGATE_BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);
const dir = join(tmpdir(), 'evalgate-bench');
mkdirSync(dir, { recursive: true });
const file = join(dir, `score-${ROWS}.jsonl`);
if (!existsSync(file)) await writeScoreFixture(file, ROWS);

/** Runs `node bench/child.js args` once: its wall time (ms), CPU time (ms) and peak RSS (MB). */
function measureOnce(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'bench/child.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`bench child failed: ${r.stderr}`);
  return { ms, cpuMs: Number(/cpu=(\d+)/.exec(r.stderr)?.[1] ?? NaN), rssMb: Number(/maxrss=(\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024 };
}

// The two are measured in turns (baseline, score, baseline, score, ...) so that both see the same
// load on a shared machine; the best times of each are kept, and the highest peak memory. CPU
// time (user + system) is printed beside: less disturbed by other work than wall time.
const baseline = { ms: Infinity, cpuMs: Infinity, rssMb: 0 };
const score = { ms: Infinity, cpuMs: Infinity, rssMb: 0 };
for (let i = 0; i < RUNS; i++) {
  for (const [best, mode] of [[baseline, 'baseline'], [score, 'score']]) {
    const r = measureOnce([mode, file]);
    best.ms = Math.min(best.ms, r.ms);
    best.cpuMs = Math.min(best.cpuMs, r.cpuMs);
    best.rssMb = Math.max(best.rssMb, r.rssMb);
  }
}
const load = loadavg().map((x) => x.toFixed(2)).join(' ');
const lines = [
  `score benchmark: ${ROWS.toLocaleString('en')} rows, 5 classes, score column (${file})`,
  `  node readline + JSON.parse : ${baseline.ms.toFixed(0)} ms (CPU ${baseline.cpuMs} ms), peak ${baseline.rssMb.toFixed(0)} MB`,
  `  evalgate score             : ${score.ms.toFixed(0)} ms (CPU ${score.cpuMs} ms), peak ${score.rssMb.toFixed(0)} MB`,
  `  ratio                      : ${(score.ms / baseline.ms).toFixed(2)}x (target <= 1.5x; CPU time ${(score.cpuMs / baseline.cpuMs).toFixed(2)}x); memory target < 300 MB`,
  `  best of ${RUNS} runs each, taken in turns; load average ${load}`,
];
const python = process.env.EVALGATE_BENCH_PYTHON;
if (python) {
  const script = `import json, time, sys
from sklearn.metrics import classification_report
t = time.perf_counter()
y, p = [], []
with open(sys.argv[1]) as f:
    for line in f:
        r = json.loads(line); y.append(r['label']); p.append(r['prediction'])
t1 = time.perf_counter()
classification_report(y, p)
t2 = time.perf_counter()
print(f"{(t1 - t) * 1000:.0f} {(t2 - t1) * 1000:.0f}")`;
  const scriptPath = join(dir, 'sk_report.py');
  writeFileSync(scriptPath, script);
  const t = performance.now();
  const r = spawnSync(python, [scriptPath, file], { encoding: 'utf8', cwd: dir });
  const total = performance.now() - t;
  if (r.status === 0) {
    const [parse, report] = r.stdout.trim().split(' ').map(Number);
    lines.push(`  scikit-learn               : ${total.toFixed(0)} ms end to end (parse ${parse} ms, classification_report ${report} ms); evalgate is ${(total / score.ms).toFixed(1)}x faster (target >= 5x)`);
  } else lines.push(`  scikit-learn               : failed: ${r.stderr.trim().split('\n').pop()}`);
}
console.log(lines.join('\n'));
