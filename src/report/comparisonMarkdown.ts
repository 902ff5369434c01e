import type { Comparison } from '../contract/results.js';
import { fmt } from '../contract/format.js';
import { mdEscape } from './mdEscape.js';

const pct = (c: number) => `${Math.round(c * 1000) / 10}%`;
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/**
 * The Markdown of a comparison for summary.md: what was paired, McNemar's fixed and broken counts,
 * one row per regression gate (claim, Δ with its interval, the test, the verdict) and, folded, the
 * difference of every compared figure. Every piece of user text is escaped.
 */
export function comparisonMarkdown(c: Comparison): string {
  const lines: string[] = [];
  const base = c.baseline.baseline_name !== undefined ? `baseline ${code(c.baseline.baseline_name)}` : `baseline ${code(c.baseline.dir)}`;
  lines.push(`### Comparison with ${base}`, '');
  const p = c.pairing;
  lines.push(`${p.paired} examples paired` + (p.errors ? ` (${p.errors} with a failed call, not scored)` : '') + (p.only_baseline.count ? `, ${p.only_baseline.count} only in the baseline` : '') + (p.only_candidate.count ? `, ${p.only_candidate.count} only in the candidate` : '') + (p.units ? `; ${p.units} units of outcome records (example × variant) paired` : '') + (p.status_mismatch?.count ? `, ${p.status_mismatch.count} tested in one run only` : '') + `. ${c.counts.passed} of ${c.counts.gates} regression gates passed.`, '');
  if (c.mcnemar) {
    const m = c.mcnemar;
    lines.push(`Fixed ${m.fixed}, broken ${m.broken} (both right ${m.both_right}, both wrong ${m.both_wrong}); McNemar's exact p = ${fmt(m.p_value)}.`, '');
  }
  if (c.gates.length > 0) {
    lines.push('| Status | Regression gate | Δ (candidate − baseline) | Test | Severity |', '|---|---|---|---|---|');
    for (const g of c.gates) {
      const status = g.status === 'pass' ? '✅ pass' : g.severity === 'warning' ? '⚠️ warn' : '❌ fail';
      const f = c.figures.find((x) => x.figure === g.figure);
      const delta = f ? `${fmt(f.delta)} [${fmt(f.ci_low)}, ${fmt(f.ci_high)}]` : '';
      lines.push(`| ${status} | ${mdEscape(g.name)} | ${delta} | ${mdEscape(g.test)} | ${g.severity} |`);
    }
    lines.push('');
  }
  if (c.figures.length > 0) {
    lines.push('<details><summary>Differences</summary>', '', `| Figure | Baseline | Candidate | Δ | ${pct(c.confidence)} interval | p (worse) | p (better) | Test |`, '|---|---|---|---|---|---|---|---|');
    for (const f of c.figures) {
      lines.push(`| ${mdEscape(f.figure)} | ${fmt(f.baseline)} | ${fmt(f.candidate)} | ${fmt(f.delta)} | ${fmt(f.ci_low)} – ${fmt(f.ci_high)} | ${fmt(f.p_worse)} | ${fmt(f.p_better)} | ${f.test} |`);
    }
    lines.push('', '</details>', '');
  }
  for (const w of c.warnings) lines.push(`> ${mdEscape(w)}`, '');
  return lines.join('\n');
}
