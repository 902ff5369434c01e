import type { Results } from '../contract/results.js';
import { fmt } from '../contract/format.js';
import { comparisonMarkdown } from './comparisonMarkdown.js';

const VERDICT = { pass: '✅ PASS', warn: '⚠️ PASS with warnings', fail: '❌ FAIL', error: '⛔ ERROR' } as const;

import { mdEscape } from './mdEscape.js';
export { mdEscape } from './mdEscape.js';

/**
 * The Markdown summary for `$GITHUB_STEP_SUMMARY` or a pull-request comment: verdict (with the
 * reason when the run could not complete), gate table, headline figures and data counts. Every
 * piece of user text is escaped.
 */
export function summaryMarkdown(results: Results): string {
  const r = results;
  const lines = [`## ${VERDICT[r.verdict]}: evalgate suite \`${r.suite.name.replace(/`/g, "'")}\``, ''];
  if (r.error) lines.push(`**The run could not complete; this is not a verdict on the model.** ${mdEscape(r.error.message)}`, '');
  lines.push(`${r.counts.passed} of ${r.counts.gates} gates passed` + (r.counts.failed ? `, ${r.counts.failed} failed` : '') + (r.counts.warnings ? `, ${r.counts.warnings} warning${r.counts.warnings > 1 ? 's' : ''}` : '') + (r.counts.no_data ? `, ${r.counts.no_data} with no data` : '') + `. ${r.data.examples} examples from \`${r.data.path.replace(/`/g, "'")}\`` + (r.data.skipped.count ? `, ${r.data.skipped.count} bad rows skipped` : '') + '.', '');
  if (r.gates.length > 0) {
    lines.push('| Status | Gate | Value | Interval | Severity |', '|---|---|---|---|---|');
    for (const g of r.gates) {
      const status = g.status === 'pass' ? '✅ pass' : g.status === 'no_data' ? '∅ no data' : g.severity === 'warning' ? '⚠️ warn' : '❌ fail';
      const interval = g.ci_low !== undefined ? `${fmt(g.ci_low)} – ${fmt(g.ci_high)}` : '';
      lines.push(`| ${status} | ${mdEscape(g.name)} | ${g.status === 'no_data' ? 'no data' : fmt(g.value)} | ${interval} | ${g.severity} |`);
    }
    lines.push('');
  }
  const m = r.checks.metrics;
  if (m) {
    const level = Math.round(m.confidence * 1000) / 10;
    lines.push('<details><summary>Figures</summary>', '', `| Figure | Value | ${level}% interval |`, '|---|---|---|');
    for (const [name, f] of Object.entries(r.figures)) {
      if (name.startsWith('support.')) continue;
      lines.push(`| ${mdEscape(name)} | ${fmt(f.value)} | ${f.ci_low !== undefined ? `${fmt(f.ci_low)} – ${fmt(f.ci_high)} (${f.interval})` : ''} |`);
    }
    lines.push('', '</details>', '');
  }
  if (r.comparison) lines.push(comparisonMarkdown(r.comparison));
  return `${lines.join('\n')}\n`;
}
