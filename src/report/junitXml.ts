import type { Results } from '../contract/results.js';
import { fmt } from '../contract/format.js';

/** Escapes text for XML content and attribute values, dropping characters XML 1.0 forbids. */
export function xmlEscape(s: string): string {
  return s
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * JUnit XML with one testcase per gate: a failed blocking gate is a `<failure>` carrying the figure,
 * threshold and interval; a failed warning gate passes with the warning in `<system-out>`. A suite
 * with no gates gets one testcase for the run itself. A run that could not complete (verdict
 * `error`) gets a first testcase, "run completed", holding an `<error>` with the reason, so CI
 * shows an error rather than a failed assertion; its gates with no data are `<skipped>`.
 */
export function junitXml(results: Results): string {
  const suiteName = xmlEscape(results.suite.name);
  const failures = results.gates.filter((g) => g.status === 'fail' && g.severity === 'blocking').length + (results.comparison?.counts.failed ?? 0);
  const cases = results.gates.map((g) => {
    const interval = g.ci_low !== undefined ? ` (${ciText(results, g.ci_low, g.ci_high)})` : '';
    const detail = `${g.message}${interval}; threshold ${g.op} ${g.threshold}; severity ${g.severity}`;
    const head = `    <testcase classname="evalgate.${suiteName}" name="${xmlEscape(g.name)}">`;
    if (g.status === 'pass') return `${head}</testcase>`;
    if (g.status === 'no_data') return `${head}\n      <skipped message="${xmlEscape(g.message)}"/>\n    </testcase>`;
    if (g.severity === 'warning') return `${head}\n      <system-out>${xmlEscape(`WARNING: ${detail}`)}</system-out>\n    </testcase>`;
    return `${head}\n      <failure message="${xmlEscape(detail)}" type="gate">${xmlEscape(
      `figure: ${g.figure}${g.stat === 'value' ? '' : `.${g.stat}`}\nvalue: ${fmt(g.value)}\nthreshold: ${g.op} ${g.threshold}${interval ? `\ninterval:${interval}` : ''}`,
    )}</failure>\n    </testcase>`;
  });
  for (const g of results.comparison?.gates ?? []) {
    const head = `    <testcase classname="evalgate.${suiteName}.comparison" name="${xmlEscape(g.name)}">`;
    const detail = `${g.message}; test: ${g.test}; severity ${g.severity}`;
    if (g.status === 'pass') cases.push(`${head}</testcase>`);
    else if (g.severity === 'warning') cases.push(`${head}\n      <system-out>${xmlEscape(`WARNING: ${detail}`)}</system-out>\n    </testcase>`);
    else cases.push(`${head}\n      <failure message="${xmlEscape(detail)}" type="regression">${xmlEscape(`figure: ${g.figure}\nclaim: ${g.claim}\ntest: ${g.test}\n${g.message}`)}</failure>\n    </testcase>`);
  }
  const e = results.error;
  if (e) {
    const detail = e.models.map((m) => `${m.role}: ${m.name}\ncalls: ${m.calls}\nfailed: ${m.errors}\nerror rate: ${fmt(m.error_rate)}\nmax_error_rate: ${m.max_error_rate}${m.first_error ? `\nfirst error: ${m.first_error.id}: ${m.first_error.error}` : ''}`).join('\n\n');
    cases.unshift(`    <testcase classname="evalgate.${suiteName}" name="run completed">\n      <error message="${xmlEscape(e.message)}" type="${e.reason}">${xmlEscape(detail)}</error>\n    </testcase>`);
  } else if (cases.length === 0) cases.push(`    <testcase classname="evalgate.${suiteName}" name="run completed"></testcase>`);
  const tests = Math.max(cases.length, 1);
  const errors = e ? 1 : 0;
  const skipped = results.gates.filter((g) => g.status === 'no_data').length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="evalgate" tests="${tests}" failures="${failures}" errors="${errors}">`,
    `  <testsuite name="${suiteName}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** `95% CI 0.81–0.88` for a figure's interval at the metrics check's confidence level. */
export function ciText(results: Results, low: number | undefined, high: number | undefined): string {
  const level = Math.round((results.checks.metrics?.confidence ?? 0.95) * 1000) / 10;
  return `${level}% CI ${fmt(low)}–${fmt(high)}`;
}
