/**
 * Keeps the last `maxLines` lines written to a child's stderr (each cut to `maxChars` characters),
 * for error messages; nothing is printed. Cost O(chunk) per write, O(maxLines) memory.
 * Example: `t.push('a\nb\nc'); t.lines()` → `['a', 'b', 'c']`.
 */
export class StderrTail {
  private readonly kept: string[] = [];
  private partial = '';

  constructor(
    private readonly maxLines = 20,
    private readonly maxChars = 500,
  ) {}

  /** Adds a chunk of stderr text (lines may span chunks). */
  push(chunk: string): void {
    const parts = (this.partial + chunk).split(/\r?\n/);
    this.partial = (parts.pop() ?? '').slice(-this.maxChars * 2);
    for (const line of parts) this.keep(line);
  }

  /** The last lines, the unfinished one included, blank lines left out. */
  lines(): string[] {
    const out = this.kept.slice();
    if (this.partial.trim() !== '') out.push(this.cut(this.partial));
    return out.slice(-this.maxLines);
  }

  /** `\nlast stderr lines:\n  …` for an error message, or '' when the child wrote nothing. */
  describe(): string {
    const lines = this.lines();
    return lines.length ? `\nlast stderr lines:\n${lines.map((l) => `  ${l}`).join('\n')}` : '';
  }

  private keep(line: string): void {
    if (line.trim() === '') return;
    this.kept.push(this.cut(line));
    if (this.kept.length > this.maxLines) this.kept.shift();
  }

  private cut(line: string): string {
    return line.length > this.maxChars ? `${line.slice(0, this.maxChars)}…` : line;
  }
}
