// One measured process for bench/run.js: `baseline FILE` or `score FILE`. Prints maxrss (KB) and the
// CPU time it used (user + system, ms) to stderr.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

const [mode, file] = process.argv.slice(2);
if (mode === 'baseline') {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
    if (line) {
      JSON.parse(line);
      n++;
    }
  }
  if (n === 0) throw new Error('empty file');
} else if (mode === 'score') {
  const { main } = await import('../dist/cli/main.js');
  const sink = { write: () => true };
  const code = await main(['score', file, '--score', 'score'], { stdout: sink, stderr: process.stderr });
  if (code !== 0) throw new Error(`score exited ${code}`);
} else throw new Error(`unknown mode ${mode}`);
const usage = process.resourceUsage();
process.stderr.write(`maxrss=${usage.maxRSS} cpu=${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
