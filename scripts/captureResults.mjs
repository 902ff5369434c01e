/**
 * Captures every results.json a process writes, for checking that a refactoring changed no result:
 * preload it into a test run (`EVALGATE_CAPTURE_DIR=DIR EVALGATE_CAPTURE_ROOT=$PWD
 * NODE_OPTIONS=--import=$PWD/scripts/captureResults.mjs npx vitest run`; spawned CLIs inherit it),
 * once on the old commit and once on the new, then compare the two DIR/index.txt multisets with
 * scripts/compareCaptures.mjs. Each results.json is stored as DIR/<sha256 prefix>.json after
 * replacing the temporary directories and the checkout's path (which differ between runs) by
 * `<tmp>` and `<root>`; nothing else is changed. Off (a no-op) without EVALGATE_CAPTURE_DIR.
 */
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';

const dir = process.env.EVALGATE_CAPTURE_DIR;
const root = process.env.EVALGATE_CAPTURE_ROOT;
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
if (dir) {
  const original = fs.writeFileSync;
  const tmp = new RegExp(`${escape(tmpdir())}/[^/"\\\\]+`, 'g');
  fs.writeFileSync = function writeFileSync(file, data, ...rest) {
    const result = original(file, data, ...rest);
    if (typeof file === 'string' && basename(file) === 'results.json') {
      try {
        let text = typeof data === 'string' ? data : Buffer.from(data).toString('utf8');
        if (root) text = text.split(root).join('<root>');
        text = text.replace(tmp, '<tmp>');
        const hash = createHash('sha256').update(text).digest('hex').slice(0, 16);
        original(join(dir, `${hash}.json`), text);
        fs.appendFileSync(join(dir, 'index.txt'), `${hash}\n`);
      } catch {
        // capturing must never change what the run does
      }
    }
    return result;
  };
  syncBuiltinESMExports();
}
