/**
 * Compares two capture directories of scripts/captureResults.mjs: the multisets of normalized
 * results.json files written before and after a change. Prints how many were identical and each
 * capture found on one side only (with its suite name and the other side's nearest file by suite), exit 1 when any differs.
 * Usage: node scripts/compareCaptures.mjs BEFORE_DIR AFTER_DIR
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const [before, after] = process.argv.slice(2);
const count = (d) => {
  const m = new Map();
  for (const h of readFileSync(join(d, 'index.txt'), 'utf8').split('\n').filter(Boolean)) m.set(h, (m.get(h) ?? 0) + 1);
  return m;
};
const a = count(before);
const b = count(after);
let same = 0;
const onlyA = [];
const onlyB = [];
for (const [h, n] of a) {
  const k = Math.min(n, b.get(h) ?? 0);
  same += k;
  for (let i = k; i < n; i++) onlyA.push(h);
}
for (const [h, n] of b) for (let i = Math.min(n, a.get(h) ?? 0); i < n; i++) onlyB.push(h);
const name = (d, h) => {
  try {
    return JSON.parse(readFileSync(join(d, `${h}.json`), 'utf8')).suite?.name ?? '?';
  } catch {
    return '?';
  }
};
console.log(`${same} results.json identical; ${onlyA.length} only before, ${onlyB.length} only after`);
for (const h of onlyA) console.log(`  before only: ${h} (${name(before, h)})`);
for (const h of onlyB) console.log(`  after only:  ${h} (${name(after, h)})`);
process.exit(onlyA.length + onlyB.length === 0 ? 0 : 1);
