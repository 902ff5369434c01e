import type { Results } from '../contract/results.js';
import { fmt } from '../contract/format.js';

/** Strips terminal control characters from untrusted text before it is printed. */
export function termSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '?');
}

/**
 * The short summary `evalgate run` prints: the verdict (with the reason when the run could not
 * complete), each gate with its value and interval (a gate on a bound names the figure's value
 * and interval apart from the bound), the counts of every gate (regression gates included), the
 * example counts and where the outputs went. Icons and words carry the status, not colour alone.
 */
export function terminalSummary(results: Results, outDir: string, opts: { color?: boolean } = {}): string {
  const c = (code: number, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const r = results;
  const lines: string[] = [];
  const skipped = r.data.skipped.count ? `, ${r.data.skipped.count} bad rows skipped` : '';
  lines.push(`evalgate: suite '${termSafe(r.suite.name)}': ${r.data.examples} examples from ${termSafe(r.data.path)}${skipped}`);
  for (const g of r.gates) {
    if (g.status === 'no_data') {
      lines.push(`  ${c(90, '∅ no data')}  ${termSafe(g.name)}  (${termSafe(g.figure)}${g.stat === 'value' ? '' : `.${g.stat}`}: no answers to compute it from)`);
      continue;
    }
    const mark = g.status === 'pass' ? c(32, '✔ pass') : g.severity === 'warning' ? c(33, '⚠ warn') : c(31, '✘ FAIL');
    const interval = g.ci_low !== undefined ? `[${fmt(g.ci_low)}, ${fmt(g.ci_high)}]` : '';
    // A gate on a bound shows the bound, then the figure's own value and interval, named as such.
    const point = r.figures[g.figure]?.value;
    const shown = g.stat === 'value'
      ? `${termSafe(g.figure)} = ${fmt(g.value)}${interval ? `  ${interval}` : ''}`
      : `${termSafe(g.figure)}.${g.stat} = ${fmt(g.value)}; ${termSafe(g.figure)} = ${fmt(point)}${interval ? `, interval ${interval}` : ''}`;
    lines.push(`  ${mark}  ${termSafe(g.name)}  (${shown})`);
  }
  if (r.gates.length === 0) lines.push('  (no gates)');
  const cmp = r.comparison;
  if (cmp) {
    const m = cmp.mcnemar;
    lines.push(`comparison with ${termSafe(cmp.baseline.baseline_name ?? cmp.baseline.dir)}: ${cmp.pairing.paired} examples paired${cmp.pairing.only_baseline.count + cmp.pairing.only_candidate.count ? ` (${cmp.pairing.only_baseline.count} only in the baseline, ${cmp.pairing.only_candidate.count} only in the candidate)` : ''}${m ? `; fixed ${m.fixed}, broken ${m.broken}, McNemar p = ${fmt(m.p_value)}` : ''}`);
    for (const g of cmp.gates) {
      const mark = g.status === 'pass' ? c(32, '✔ pass') : g.severity === 'warning' ? c(33, '⚠ warn') : c(31, '✘ FAIL');
      lines.push(`  ${mark}  ${termSafe(g.name)}  (${termSafe(g.message)})`);
    }
  }
  const verdict = r.verdict === 'pass' ? c(32, 'PASS') : r.verdict === 'warn' ? c(33, 'PASS with warnings') : r.verdict === 'error' ? c(35, 'ERROR') : c(31, 'FAIL');
  const counts = `${r.counts.passed}/${r.counts.gates} gates passed${r.counts.failed ? `, ${r.counts.failed} blocking failed` : ''}${r.counts.warnings ? `, ${r.counts.warnings} warning${r.counts.warnings > 1 ? 's' : ''}` : ''}${r.counts.no_data ? `, ${r.counts.no_data} with no data` : ''}`;
  lines.push(`verdict: ${verdict} (${counts})`);
  if (r.error) lines.push(`  ${termSafe(r.error.message)}; this is not a verdict on the model`);
  lines.push(`outputs: ${termSafe(outDir)}`);
  return `${lines.join('\n')}\n`;
}
