import type { Results } from './results.js';
import { fmt } from './format.js';

/** Strips terminal control characters from untrusted text before it is printed. */
export function termSafe(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '?');
}

/**
 * The short summary `evalgate run` prints: the verdict, each gate with its value and interval, the
 * example counts and where the outputs went. Icons and words carry the status, not colour alone.
 */
export function terminalSummary(results: Results, outDir: string, opts: { color?: boolean } = {}): string {
  const c = (code: number, s: string) => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const r = results;
  const lines: string[] = [];
  const skipped = r.data.skipped.count ? `, ${r.data.skipped.count} bad rows skipped` : '';
  lines.push(`evalgate: suite '${termSafe(r.suite.name)}': ${r.data.examples} examples from ${termSafe(r.data.path)}${skipped}`);
  for (const g of r.gates) {
    const mark = g.status === 'pass' ? c(32, '✔ pass') : g.severity === 'warning' ? c(33, '⚠ warn') : c(31, '✘ FAIL');
    const ci = g.ci_low !== undefined ? `  [${fmt(g.ci_low)}, ${fmt(g.ci_high)}]` : '';
    lines.push(`  ${mark}  ${termSafe(g.name)}  (${termSafe(g.figure)}${g.stat === 'value' ? '' : `.${g.stat}`} = ${fmt(g.value)}${ci})`);
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
  const verdict = r.verdict === 'pass' ? c(32, 'PASS') : r.verdict === 'warn' ? c(33, 'PASS with warnings') : c(31, 'FAIL');
  lines.push(`verdict: ${verdict} (${r.counts.passed}/${r.counts.gates} gates passed${r.counts.failed ? `, ${r.counts.failed} blocking failed` : ''}${r.counts.warnings ? `, ${r.counts.warnings} warning${r.counts.warnings > 1 ? 's' : ''}` : ''})`);
  lines.push(`outputs: ${termSafe(outDir)}`);
  return `${lines.join('\n')}\n`;
}
