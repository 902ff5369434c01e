import { mdEscape } from './summaryMarkdown.js';

/**
 * The summary.md of a command that stopped before it had results: the suite (or whatever it was
 * given), why it stopped and each problem, so that a CI step summary shows the load error rather
 * than nothing. Exit 2: invalid suite, data or arguments; exit 3: the run could not complete.
 * Every piece of user text is escaped.
 * Example: `errorSummaryMarkdown('run', 's.yaml', 2, ['s.yaml:3:1 data: is required'])` →
 * "## ⛔ ERROR: evalgate did not run `s.yaml`\n\nThe suite, data or arguments are invalid (exit 2): …".
 */
export function errorSummaryMarkdown(verb: string, subject: string, exitCode: number, problems: readonly string[]): string {
  const why = exitCode === 2 ? 'The suite, data or arguments are invalid (exit 2); nothing was run, this is not a verdict on the model:' : `The run could not complete (exit ${exitCode}); this is not a verdict on the model:`;
  const lines = [`## ⛔ ERROR: evalgate did not ${verb} \`${subject.replace(/`/g, "'")}\``, '', why, ''];
  for (const p of problems) lines.push(`- ${mdEscape(p)}`);
  return `${lines.join('\n')}\n`;
}
