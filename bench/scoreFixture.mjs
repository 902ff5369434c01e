// Writes a predictions file for the score benchmark: N rows of 5 classes with a confidence score,
// e.g. {"label":"c3","prediction":"c1","score":0.731}. Seeded, so every run gets the same file.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function writeScoreFixture(path, rows) {
  let state = 12345;
  const rand = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = createWriteStream(path);
  let buf = '';
  for (let i = 0; i < rows; i++) {
    const label = Math.floor(rand() * 5);
    const right = rand() < 0.8;
    const prediction = right ? label : (label + 1 + Math.floor(rand() * 4)) % 5;
    const score = Math.round((right ? 0.55 + rand() * 0.45 : 0.3 + rand() * 0.5) * 1000) / 1000;
    buf += `{"label":"c${label}","prediction":"c${prediction}","score":${score}}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.write(buf);
  out.end();
  await once(out, 'finish');
}
