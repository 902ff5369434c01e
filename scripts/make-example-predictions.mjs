// Writes suites/data/spam-predictions.jsonl: a seeded, synthetic predictions file (message text,
// true label, a classifier's prediction and its spam probability) for the bundled example suite.
// Run: node scripts/make-example-predictions.mjs
import { writeFileSync } from 'node:fs';

let state = 20261124;
const rand = () => {
  // mulberry32: small, seeded, good enough for example data
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

const spam = [
  'WIN a FREE {prize} now!!! Click {link} to claim',
  'Congratulations, you were selected for a {prize}. Reply with your bank details',
  'Cheap {drug} without prescription, order today at {link}',
  'URGENT: your account is suspended, verify at {link}',
  'Make $5000 a week from home, no experience needed. {link}',
  'Limited offer: {prize} for the first 100 callers, call now',
];
const ham = [
  'Are we still meeting for {meal} on {day}?',
  'Here are the minutes from {day}\'s meeting, comments welcome',
  'Can you review my pull request before {day}?',
  'Mum says {meal} is at 7, bring the {thing}',
  'The build on main is red again, looks like a flaky test',
  'Thanks for the {thing}, it arrived {day}',
  'Reminder: the quarterly report is due {day}',
];
const fill = (t) =>
  t
    .replace('{prize}', pick(['iPhone', 'cruise', 'gift card', 'laptop', 'cash prize']))
    .replace('{link}', pick(['http://bit.example/x1', 'www.deals.example', 'http://claim.example/now']))
    .replace('{drug}', pick(['pills', 'meds', 'supplements']))
    .replace('{meal}', pick(['lunch', 'dinner', 'breakfast', 'coffee']))
    .replace('{day}', pick(['Monday', 'Tuesday', 'Friday', 'tomorrow', 'yesterday']))
    .replace('{thing}', pick(['slides', 'charger', 'book', 'cake', 'keys']));

const rows = [];
for (let i = 0; i < 600; i++) {
  const isSpam = rand() < 0.3;
  const text = fill(pick(isSpam ? spam : ham));
  // a decent but imperfect classifier: the spam probability leans towards the truth
  const u = rand();
  const lean = isSpam ? 0.78 : 0.12;
  let score = Math.min(0.999, Math.max(0.001, lean + (u - 0.5) * 0.9 * (rand() < 0.15 ? 1.6 : 0.7)));
  score = Math.round(score * 1000) / 1000;
  rows.push({ id: `msg-${String(i + 1).padStart(4, '0')}`, text, label: isSpam ? 'spam' : 'ham', prediction: score >= 0.5 ? 'spam' : 'ham', score });
}
writeFileSync(new URL('../suites/data/spam-predictions.jsonl', import.meta.url), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
console.log(`wrote ${rows.length} rows`);
