// One measured process for bench/scale.js: runs `evalgate ARGS...` in process, then prints the
// exit code and peak RSS (KB) to stderr.
const { main } = await import('../dist/cli/main.js');
const sink = { write: () => true };
const code = await main(process.argv.slice(2), { stdout: sink, stderr: process.stderr });
process.stderr.write(`code=${code} maxrss=${process.resourceUsage().maxRSS}\n`);
