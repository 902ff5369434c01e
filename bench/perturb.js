// Robustness search benchmarks (issue 4):
//   1. throughput of the character-level perturbations on 200-character inputs: sites found once
//      per text, then edit scripts drawn by fast-check and applied (target: >= 200,000 strings/s);
//   2. the search's own cost with a model that takes 1 ms per call: everything but the model's
//      time (generating, shrinking, judging, batching, journaling) as a share of the search's
//      total (elapsed) time (target: < 5 %). The model computes for 1 ms of elapsed time per call
//      (a loop on performance.now, its answer included), searches run one at a time so nothing
//      overlaps the model, and the share is (search time - time inside the model) / search time.
//      Three runs; each prints the process's CPU time too, which also counts V8's background
//      threads (compiling, concurrent marking) running on other cores. Run it on a quiet machine.
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makePerturbation } from '../dist/perturb/catalog.js';
import { editScript } from '../dist/perturb/editScript.js';
import { applyEdits } from '../dist/perturb/applyEdits.js';
import { maxEditsFor, PRESETS } from '../dist/perturb/presets.js';
import { loadLexicons } from '../dist/run/loadLexicons.js';
import { searchPerturbations } from '../dist/run/searchPerturbations.js';
import { RecordWriter } from '../dist/run/recordWriter.js';
import { silentProgress } from '../dist/run/progress.js';

const words = 'the quick brown fox jumps over a lazy dog while seven wizards quietly hex bright amber jugs'.split(' ');
let s = 12345;
const rand = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
const sentence = () => {
  let t = '';
  while (t.length < 200) t += (t ? ' ' : '') + words[Math.floor(rand() * words.length)];
  return t.slice(0, 200);
};
const texts = Array.from({ length: 1000 }, sentence);

const part = process.env.EVALGATE_BENCH_PART;
if (part !== 'search') console.log('perturbation throughput: 1,000 texts of 200 characters, 200 edit scripts each (medium preset)');
for (const kind of part === 'search' ? [] : ['typo', 'swap', 'delete', 'insert', 'ocr']) {
  const p = makePerturbation(kind, loadLexicons());
  let best = Infinity;
  let n = 0;
  for (let rep = 0; rep < 3; rep++) {
    const t0 = performance.now();
    n = 0;
    let sink = 0;
    for (let i = 0; i < texts.length; i++) {
      const sites = p.sites(texts[i]);
      const arb = editScript(sites, maxEditsFor(sites.length, PRESETS.medium));
      for (const script of fc.sample(arb, { seed: i, numRuns: 200 })) {
        sink += applyEdits(texts[i], sites, script).text.length;
        n++;
      }
    }
    const ms = performance.now() - t0;
    if (ms < best) best = ms;
    if (sink === 0) throw new Error('nothing generated');
  }
  console.log(`  ${kind.padEnd(8)} ${Math.round((n / best) * 1000).toLocaleString('en')} strings/s (target >= 200,000)`);
}

// 2. Search overhead with a 1 ms model.
const items = texts.slice(0, 200).map((text, i) => ({ id: `t${i}`, text, before: { label: 'ok' }, expected: 'ok' }));
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
let modelMs = 0;
const model = {
  identity: { name: 'bench', parameters: {} },
  async predict(inputs) {
    const t = performance.now();
    // Fails once "quick" is broken, so shrinking runs too.
    const answers = inputs.map((x) => ({ label: x.includes('quick') ? 'ok' : 'changed' }));
    let now;
    while ((now = performance.now()) - t < 1);
    modelMs += now - t;
    return answers;
  },
};
const specs = ['typo', 'delete'].map((kind) => ({ kind, name: kind, strength: PRESETS.medium, expect: { kind: 'invariant' }, path: [] }));
for (let rep = 0; rep < 3; rep++) {
  const dir = mkdtempSync(join(tmpdir(), 'evalgate-bench-'));
  const journal = new RecordWriter(join(dir, 'records.jsonl'));
  modelMs = 0;
  const t0 = cpu();
  const w0 = performance.now();
  const r = await searchPerturbations(items, specs, { model, check: 'robustness', seed: 1, settings: { runs: 50, maxFailures: 50, concurrency: 1 }, batchSize: 64, journal, progress: silentProgress, suiteFile: 'bench' });
  await journal.close();
  const total = cpu() - t0;
  const wall = performance.now() - w0;
  rmSync(dir, { recursive: true, force: true });
  const fails = r.runs.flatMap((x) => x.outcomes).filter((o) => o.outcome.status === 'fail').length;
  if (rep === 0) console.log(`search overhead: ${items.length} texts x 2 perturbations, 50 runs, ${r.calls} model calls of 1 ms (${fails} searches shrank a failure), searches one at a time`);
  console.log(`  run ${rep + 1}: search ${wall.toFixed(0)} ms, inside the model ${modelMs.toFixed(0)} ms, everything else ${(wall - modelMs).toFixed(0)} ms = ${((100 * (wall - modelMs)) / wall).toFixed(2)} % (target < 5 %); CPU ${total.toFixed(0)} ms, ${((100 * (total - modelMs)) / total).toFixed(2)} % outside the model`);
}
