/**
 * One argument of a command line as a POSIX shell reads it back unchanged: left bare when it holds
 * only characters no shell treats specially, otherwise single-quoted (a `'` inside written `'\''`).
 * Used for the commands the report prints for copying, whose arguments (output directory, example
 * ids) are untrusted. Cost O(length).
 * Example: `shellArg("it's out")` → `"'it'\\''s out'"`; `shellArg('evalgate-out')` → `'evalgate-out'`.
 */
export function shellArg(arg: string): string {
  if (arg !== '' && /^[A-Za-z0-9_@%+=:,./-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The command that replays a minimal counterexample of the run written to `outDir`. Example: `replayCommand('out', 'typo/n1')` → `'evalgate replay out typo/n1'`. */
export function replayCommand(outDir: string, id: string): string {
  return `evalgate replay ${shellArg(outDir)} ${shellArg(id)}`;
}
