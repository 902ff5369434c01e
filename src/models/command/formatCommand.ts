/**
 * Renders an argument array for messages, quoting (as JSON) the arguments a reader could misread.
 * Cost O(length). Never throws. Example: `formatCommand(['python3', 'my model.py'])` → `python3 "my model.py"`.
 */
export function formatCommand(argv: readonly string[]): string {
  return argv.map((a) => (a === '' || /[\s"'\\$`]/.test(a) ? JSON.stringify(a) : a)).join(' ');
}
