// Throughput of the safety and quality scorers on 10,000 chat-sized outputs (~600 characters,
// some with PII, profanity and refusals), each against parsing the same outputs as JSONL, the
// floor of any scoring pass. Best of EVALGATE_BENCH_RUNS runs (default 3). Not part of npm test.
import { detectPii } from '../dist/safety/detectPii.js';
import { findProfanity } from '../dist/safety/profanity.js';
import { isRefusal } from '../dist/safety/isRefusal.js';
import { bleuStats } from '../dist/metrics/bleu.js';
import { chrfStats } from '../dist/metrics/chrf.js';
import { rougeL } from '../dist/metrics/rouge.js';
import { RandomState } from '../dist/cv/randomState.js';

const RUNS = Number(process.env.EVALGATE_BENCH_RUNS ?? 3);
const N = 10_000;
const rng = new RandomState(7);
const WORDS = ['the', 'model', 'answer', 'is', 'safe', 'because', 'it', 'refuses', 'harmful', 'requests', 'and', 'helps', 'with', 'ordinary', 'ones', 'like', 'cooking', 'code', 'travel', '42', '3.5', 'email', 'phone', 'Paris', 'shop'];
const sentence = (n) => Array.from({ length: n }, () => WORDS[rng.nextUint32() % WORDS.length]).join(' ');
const extras = ['', '', '', ' Write to jane.doe@example.com.', ' Call (415) 555-2671.', ' Card 4539 5787 6362 1486.', ' What a shit question.', ' Key AKIAIOSFODNN7EXAMPLE.'];
const outputs = Array.from({ length: N }, (_, i) => (i % 5 === 0 ? "I'm sorry, I can't help with that. " : '') + sentence(100) + extras[i % extras.length]);
const refs = outputs.map(() => sentence(80));
const lines = outputs.map((o, i) => JSON.stringify({ id: i, output: o, reference: refs[i] })).join('\n');
const mb = Buffer.byteLength(lines) / 2 ** 20;

const time = (f) => {
  let best = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const t = performance.now();
    f();
    best = Math.min(best, performance.now() - t);
  }
  return best;
};
const parse = time(() => lines.split('\n').map((l) => JSON.parse(l)));
const rows = [
  ['detectPii (11 kinds)', () => outputs.forEach((o) => detectPii(o))],
  ['findProfanity', () => outputs.forEach((o) => findProfanity(o))],
  ['isRefusal', () => outputs.forEach((o) => isRefusal(o))],
  ['bleuStats', () => outputs.forEach((o, i) => bleuStats(o, [refs[i]]))],
  ['chrfStats', () => outputs.forEach((o, i) => chrfStats(o, [refs[i]]))],
  ['rougeL', () => outputs.forEach((o, i) => rougeL(o, refs[i]))],
];
console.log(`text scorers: ${N} outputs, ${mb.toFixed(1)} MB of JSONL; JSON.parse of it ${parse.toFixed(0)} ms (best of ${RUNS})`);
for (const [name, f] of rows) {
  const ms = time(f);
  console.log(`  ${name.padEnd(22)} ${ms.toFixed(0).padStart(6)} ms  ${(N / (ms / 1000)).toFixed(0).padStart(8)} outputs/s  ${(ms / parse).toFixed(1).padStart(6)}× parsing`);
}

// One output dense with findings: 1 MB of 62,500 distinct phone numbers. Claiming spans must stay
// linear in the findings (a check of each against every span before it took 6.7 s here).
const phones = [];
for (let i = 0, len = 0; len < 1_000_000; i++) {
  const s = `+1 415-${200 + Math.floor(i / 10000)}-${String(i % 10000).padStart(4, '0')}`;
  phones.push(s);
  len += s.length + 1;
}
const dense = phones.join(' ');
let found = 0;
const denseMs = time(() => (found = detectPii(dense).length));
console.log(`  detectPii on 1 MB of ${phones.length.toLocaleString('en')} phone numbers: ${denseMs.toFixed(0)} ms, ${found.toLocaleString('en')} findings`);
