/** The options of `evalgate run` that a continued run must repeat, with their defaults. */
const REPEATED: readonly [string, unknown][] = [
  ['format', undefined],
  ['max-examples', 50],
  ['cache', true],
  ['cache-dir', '.evalgate-cache'],
  ['baseline', undefined],
  ['baselines-dir', '.evalgate-baselines'],
  ['save-baseline', undefined],
  ['shard', undefined],
  ['allow-outside-paths', false],
  ['progress-interval', 10],
  ['drain-ms', 5000],
  ['quiet', false],
];

/** Quotes a word for a POSIX shell when it needs it. Example: `shellWord("a b")` → `'a b'`. */
export function shellWord(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/**
 * The exact command that continues an interrupted `evalgate run`: the same suite, `--out`, the
 * options given that differ from their defaults (format, cache, shard, baseline…), and `--resume`.
 * Example: `resumeCommandLine({ suite: 's.yaml', out: 'o' })` → `evalgate run s.yaml --out o --resume`.
 */
export function resumeCommandLine(args: Record<string, unknown>, defaults: { format?: string } = {}): string {
  const words = ['evalgate', 'run', String(args.suite), '--out', String(args.out)];
  for (const [name, def] of REPEATED) {
    const v = args[name];
    if (v === undefined || v === (name === 'format' ? defaults.format : def)) continue;
    if (typeof v === 'boolean') words.push(v ? `--${name}` : `--no-${name}`);
    else words.push(`--${name}`, String(v));
  }
  words.push('--resume');
  return words.map(shellWord).join(' ');
}
