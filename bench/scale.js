// npm run bench:scale: evalgate at scale, measured on this machine (slow: minutes; not in `npm run bench`).
//   score : `evalgate score` on a 10,000,000-row predictions file: peak memory (target < 1 GB)
//   run   : `evalgate run` over 1,000,000 examples with a fast module model: time, peak memory,
//           records on disk
//   resume: `--resume` of that run with its journal complete (every answer replayed), against the run
//   merge : 16 shards of 100,000 examples each (`--shard I/16`), then `evalgate merge`: its time and
//           peak memory, and whether results.json equals an unsharded run's byte for byte
// Files live in $TMPDIR/evalgate-bench. EVALGATE_BENCH_SCORE_ROWS, _RUN_ROWS, _SHARD_ROWS scale it down;
// EVALGATE_BENCH_ONLY=score|run|merge runs one part.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeScoreFixture } from './scoreFixture.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const child = join(root, 'bench/scaleChild.js');
const SCORE_ROWS = Number(process.env.EVALGATE_BENCH_SCORE_ROWS ?? 10_000_000);
const RUN_ROWS = Number(process.env.EVALGATE_BENCH_RUN_ROWS ?? 1_000_000);
const SHARD_ROWS = Number(process.env.EVALGATE_BENCH_SHARD_ROWS ?? 100_000);
const SHARDS = 16;
const dir = join(tmpdir(), 'evalgate-bench');
mkdirSync(dir, { recursive: true });
const say = (s) => console.log(s);
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/** Runs `evalgate args` in a fresh process: wall time (ms), peak RSS (MB), exit code. */
function measure(args) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [child, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = performance.now() - t;
  const m = /code=(\d+) maxrss=(\d+)/.exec(r.stderr);
  if (!m) throw new Error(`bench child failed: ${r.stderr}`);
  return { ms, rssMb: Number(m[2]) / 1024, code: Number(m[1]) };
}

/** The same, `parallel` processes at a time. */
async function measureAll(argsList, parallel) {
  const out = [];
  const queue = [...argsList.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [i, args] = next;
      const t = performance.now();
      const p = spawn(process.execPath, [child, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      p.stderr.on('data', (c) => (err += c));
      await once(p, 'close');
      const m = /code=(\d+) maxrss=(\d+)/.exec(err);
      if (!m) throw new Error(`bench child failed: ${err}`);
      out[i] = { ms: performance.now() - t, rssMb: Number(m[2]) / 1024, code: Number(m[1]) };
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  return out;
}

async function writeExamples(path, rows) {
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    buf += `{"id":"e${i}","text":"message ${i} about ${(i * 7919) % 1000}","label":"${i % 3 === 0 ? 'b' : 'a'}"}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

function suiteDir(name, rows) {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  writeFileSync(join(d, 'model.mjs'), `export const identity = { name: 'bench-fast', version: '1' };\nexport function predict(xs) { return xs.map((t) => ({ label: t.length % 3 === 0 ? 'b' : 'a' })); }\n`);
  writeFileSync(join(d, 'suite.yaml'), `suite: ${name}\nseed: 1\ndata: { path: d.jsonl, id: id, input: text, label: label, pos_label: b }\nmodel: { module: model.mjs, batch_size: 1024 }\nchecks:\n  - metrics: [accuracy, f1]\ngates:\n  - accuracy >= 0.1\n`);
  return d;
}

say(`evalgate scale benchmark (${cpus().length} cores; load average at start ${load()})`);
const only = process.env.EVALGATE_BENCH_ONLY;
const part = (name) => only === undefined || only === name;

// score: 10,000,000 rows.
if (part('score')) {
const scoreFile = join(dir, `score-${SCORE_ROWS}.jsonl`);
if (!existsSync(scoreFile)) await writeScoreFixture(scoreFile, SCORE_ROWS);
const score = measure(['score', scoreFile, '--score', 'score']);
say(`score : ${SCORE_ROWS.toLocaleString('en')} rows (${(statSync(scoreFile).size / 2 ** 20).toFixed(0)} MiB): ${(score.ms / 1000).toFixed(1)} s, peak ${score.rssMb.toFixed(0)} MB (target < 1024 MB); load ${load()}`);

}

// run over 1,000,000 examples, then resume it with its journal complete.
if (part('run')) {
const runDir = suiteDir(`run-${RUN_ROWS}`, RUN_ROWS);
if (!existsSync(join(runDir, 'd.jsonl'))) await writeExamples(join(runDir, 'd.jsonl'), RUN_ROWS);
const out = join(runDir, 'out');
rmSync(out, { recursive: true, force: true });
const run = measure(['run', join(runDir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet']);
const recordsMb = statSync(join(out, 'records.jsonl')).size / 2 ** 20;
const fullResults = readFileSync(join(out, 'results.json'), 'utf8');
say(`run   : ${RUN_ROWS.toLocaleString('en')} examples: ${(run.ms / 1000).toFixed(1)} s, peak ${run.rssMb.toFixed(0)} MB, records.jsonl ${recordsMb.toFixed(0)} MiB on disk; load ${load()}`);
// The same run with its progress lines on (stderr is a pipe here, as in CI: a status line every
// second instead of the default 10, to make any cost visible), against the quiet run.
const outP = join(runDir, 'out-progress');
rmSync(outP, { recursive: true, force: true });
const withProgress = measure(['run', join(runDir, 'suite.yaml'), '--out', outP, '--no-cache', '--progress-interval', '1']);
say(`run with progress lines: ${(withProgress.ms / 1000).toFixed(1)} s (${(withProgress.ms / run.ms).toFixed(3)}x the quiet run), peak ${withProgress.rssMb.toFixed(0)} MB; load ${load()}`);
rmSync(outP, { recursive: true, force: true });
const resume = measure(['run', join(runDir, 'suite.yaml'), '--out', out, '--no-cache', '--quiet', '--resume']);
const same = readFileSync(join(out, 'results.json'), 'utf8') === fullResults;
say(`resume: the same run, journal complete: ${(resume.ms / 1000).toFixed(1)} s (${(resume.ms / run.ms).toFixed(2)}x the run), peak ${resume.rssMb.toFixed(0)} MB; results.json identical: ${same}; load ${load()}`);

}

// 16 shards of 100,000 examples, merged.
if (part('merge')) {
const total = SHARD_ROWS * SHARDS;
const shardDir = suiteDir(`shards-${total}`, total);
if (!existsSync(join(shardDir, 'd.jsonl'))) await writeExamples(join(shardDir, 'd.jsonl'), total);
const outs = Array.from({ length: SHARDS }, (_, i) => join(shardDir, `shard-${i + 1}`));
for (const o of outs) rmSync(o, { recursive: true, force: true });
const shardRuns = await measureAll(outs.map((o, i) => ['run', join(shardDir, 'suite.yaml'), '--out', o, '--no-cache', '--quiet', '--shard', `${i + 1}/${SHARDS}`]), 2);
const counts = outs.map((o) => JSON.parse(readFileSync(join(o, 'shard.json'), 'utf8')).counts.records);
say(`shards: ${SHARDS} × ~${SHARD_ROWS.toLocaleString('en')} examples (records ${Math.min(...counts)}..${Math.max(...counts)}): slowest shard ${(Math.max(...shardRuns.map((r) => r.ms)) / 1000).toFixed(1)} s, peak ${Math.max(...shardRuns.map((r) => r.rssMb)).toFixed(0)} MB; load ${load()}`);
const merged = join(shardDir, 'merged');
rmSync(merged, { recursive: true, force: true });
const merge = measure(['merge', ...outs, '--out', merged, '--quiet']);
const whole = join(shardDir, 'whole');
rmSync(whole, { recursive: true, force: true });
const unsharded = measure(['run', join(shardDir, 'suite.yaml'), '--out', whole, '--no-cache', '--quiet']);
const identical = readFileSync(join(merged, 'results.json'), 'utf8') === readFileSync(join(whole, 'results.json'), 'utf8');
say(`merge : ${SHARDS} shards, ${total.toLocaleString('en')} records: ${(merge.ms / 1000).toFixed(1)} s, peak ${merge.rssMb.toFixed(0)} MB (exit ${merge.code}); the unsharded run ${(unsharded.ms / 1000).toFixed(1)} s (merge/run ${(merge.ms / unsharded.ms).toFixed(2)}x); results.json identical: ${identical}; load ${load()}`);
}
