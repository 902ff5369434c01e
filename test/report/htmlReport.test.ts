import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { htmlReport } from '../../src/report/htmlReport.js';
import { REPORT_SECTIONS } from '../../src/report/reportSections.js';
import type { Comparison, Results } from '../../src/contract/results.js';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';
import { PAYLOADS, runXssSuite } from './xssRun.js';

const escape = (s: string) => Handlebars.Utils.escapeExpression(s);
const summaryOf = (html: string) => JSON.parse(/<script type="application\/json" id="evalgate-summary">([^<]*)<\/script>/.exec(html)![1]);

function sourcesOf(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourcesOf(join(dir, e.name)) : [{ path: join(dir, e.name), text: readFileSync(join(dir, e.name), 'utf8') }]));
}

async function predictionsRun(n: number, extra = '') {
  const rows = Array.from({ length: n }, (_, i) => ({ id: `r${i}`, text: `message ${i}`, label: i % 2 ? 'spam' : 'ham', prediction: i % 3 === 0 ? 'spam' : 'ham', score: ((i * 37) % 100) / 100 }));
  const dir = tempFiles({
    'suite.yaml': `suite: small\nseed: 2\ndata: { path: data.jsonl, id: id, input: text, label: label, prediction: prediction, score: score, pos_label: spam }\nchecks:\n  - metrics: [accuracy, f1, roc_auc, average_precision, ece]\ngates:\n  - f1 >= 0.1\n  - gate: accuracy >= 0.99\n    severity: warning\n`,
    'data.jsonl': jsonl(rows),
  });
  const out = join(dir, 'out');
  const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet', ...extra.split(' ').filter(Boolean)]);
  return { out, code: r.code, stderr: r.stderr, html: readFileSync(join(out, 'report.html'), 'utf8'), results: JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results };
}

describe('HTML report', () => {
  it('opens with the verdict and shows every gate, the sections the run has and none it has not', async () => {
    const { html, results } = await predictionsRun(60);
    expect(results.verdict).toBe('warn');
    expect(html).toMatch(/<header class="banner status-warn" id="verdict">[\s\S]*⚠<\/span> <span class="verdict-text">PASS with warnings<\/span>/);
    expect(html).toContain('1 of 2 gates passed, 1 warning');
    expect(html.match(/<tr class="gate status-/g)).toHaveLength(2);
    expect(html).toMatch(/<tr class="gate status-warn"><td class="status"><span class="icon" aria-hidden="true">⚠<\/span> warn<\/td><td class="gate-name"[^>]*>accuracy &gt;&#x3D; 0.99/);
    expect(html).toContain('id="metrics"');
    expect(html).not.toContain('id="cross-validation"');
    expect(html).not.toContain('id="data-quality"');
    expect(html.match(/<svg class="chart/g)).toHaveLength(4); // confusion matrix, ROC, PR, reliability
    expect(html).toContain(`sha256 ${results.suite.sha256}`);
    expect(summaryOf(html)).toMatchObject({ suite: 'small', verdict: 'warn', counts: results.counts });
  });

  it('shows at most --max-examples examples a section and says where the rest are', async () => {
    const { html } = await predictionsRun(300, '--max-examples 5');
    const table = /<table class="sortable examples" id="misclassified-table">([\s\S]*?)<\/table>/.exec(html)![1];
    expect(table.match(/<tr><td class="id">/g)).toHaveLength(5);
    // 300 rows: the label alternates, the prediction is spam every third row → 150 wrong
    expect(html).toContain('150 misclassified; the 5 the model was most sure of are shown (145 more in records.jsonl)');
    const confidences = [...table.matchAll(/data-sort="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    const bad = await runCli(['run', 'suites/spam-predictions.yaml', '--max-examples', '-1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-examples: must be a whole number >= 0/);
  });

  it('writes a gate on an undefined figure as n/a with the reason, not NaN', async () => {
    const { out, results } = await predictionsRun(20);
    const gates = results.gates.map((g, i) => (i === 0 ? { ...g, value: NaN, status: 'fail' as const } : g));
    const html = await htmlReport({ ...results, gates }, undefined, { recordsPath: join(out, 'records.jsonl') });
    const table = /<table class="sortable" id="gates-table">([\s\S]*?)<\/table>/.exec(html)![1];
    expect(table).not.toContain('NaN');
    expect(table).toMatch(/<td class="num value na" data-label="value" data-sort="" title="n\/a: [^"]+">n\/a<\/td>/);
    expect(html).toMatch(/<p class="note na-note">n\/a: [^<]+\.<\/p>/);
  });

  it('renders a check it has no section for as nothing', async () => {
    const { out, results } = await predictionsRun(20);
    const later = { ...results, checks: { ...results.checks, fairness: { gap: 0.1 }, someday: 7, later: null } } as unknown as Results;
    const html = await htmlReport(later, undefined, { recordsPath: join(out, 'records.jsonl') });
    expect(html).toContain('id="metrics"');
    expect(html).not.toMatch(/fairness|someday|id="comparison"|id="robustness"|id="safety"/);
  });

  it('renders a comparison (forest plot, gates, fixed and broken examples) with its text escaped', async () => {
    const { out, results } = await predictionsRun(20);
    const x = '<b>x</b>';
    const run = { dir: x, suite: x, suite_sha256: 'a', data_sha256: 'b', examples: 20 };
    const example = { id: x, expected: x, baseline: 'ham', candidate: x };
    const comparison: Comparison = {
      baseline: { ...run, baseline_name: x }, candidate: run, forced: false, seed: 1, resamples: 100, confidence: 0.95, alpha: 0.05,
      pairing: { paired: 20, errors: 0, only_baseline: { count: 1, ids: [x] }, only_candidate: { count: 0, ids: [] } },
      mcnemar: { both_right: 10, both_wrong: 5, broken: 2, fixed: 3, statistic: 2, p_value: 1, test: 'mcnemar-exact', fixed_examples: [example], broken_examples: [example] },
      figures: [{ figure: 'f1.macro', baseline: 0.7, candidate: 0.75, delta: 0.05, ci_low: -0.01, ci_high: 0.11, confidence: 0.95, higher_is_better: true, p_worse: 0.9, p_better: 0.1, test: 'paired-bootstrap-cells', resamples: 100, undefined_resamples: 0 }],
      gates: [{ name: x, expression: x, figure: 'f1.macro', claim: 'no-regression', test: 'paired bootstrap', severity: 'blocking', status: 'pass', message: x }],
      verdict: 'pass', counts: { gates: 1, passed: 1, failed: 0, warnings: 0 }, warnings: [x],
    };
    const html = await htmlReport({ ...results, comparison }, undefined, { recordsPath: join(out, 'records.jsonl') });
    expect(html).toContain('id="comparison"');
    expect(html).toMatch(/<svg class="chart forest"/);
    expect(html).toContain('f1.macro: candidate − baseline 0.05 [-0.01, 0.11]');
    expect(html).not.toContain(x);
    expect(html).toContain(escape(x));
  });

  it('escapes every untrusted string and keeps the embedded data inside its script element', async () => {
    const { out } = await runXssSuite();
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toMatch(/<img|<svg onload|<iframe|<a href="javascript|onerror=|onload=/i);
    for (const key of ['suite', 'description', 'label', 'id', 'input', 'gate'] as const) expect(html, key).toContain(escape(PAYLOADS[key]));
    expect(html).toContain(escape(PAYLOADS.file));
    expect(html).toContain(escape(PAYLOADS.inputScript).slice(0, 40));
    const summary = summaryOf(html);
    expect(summary.suite).toBe(PAYLOADS.suite);
    expect(summary.gates[0].name).toBe(PAYLOADS.gate);
  });

  it('allows only its own script, by hash, and no request', async () => {
    const { html } = await predictionsRun(10);
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)![1].replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
    const script = /<script>([\s\S]*)<\/script>\n<\/body>/.exec(html)![1];
    expect(csp).toContain(`script-src 'sha256-${createHash('sha256').update(script).digest('base64')}'`);
    expect(csp).toMatch(/^default-src 'none';/);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
  });

  it('keeps untrusted data out of unescaped output: no triple-stash, one escaping helper', () => {
    const templates = sourcesOf('reports').filter((f) => /\.(hbs|css|js)$/.test(f.path));
    expect(templates.length).toBeGreaterThanOrEqual(9);
    for (const t of templates) {
      expect(t.text, t.path).not.toContain('{{{');
      expect(t.text, t.path).not.toMatch(/\{\{&/);
      if (!t.path.endsWith('.hbs')) expect(t.text, t.path).not.toContain('{{');
    }
    const safe = sourcesOf('src/report').filter((f) => /SafeString/.test(f.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(safe.map((f) => f.path)).toEqual([join('src/report/reportTemplates.ts')]);
    expect(readFileSync('src/report/reportTemplates.ts', 'utf8')).toMatch(/new env\.SafeString\(scriptJson\(data\)\)/);
  });

  it('has a partial for every registered section', () => {
    for (const s of REPORT_SECTIONS) expect(readdirSync('reports/sections'), s.id).toContain(`${s.id}.hbs`);
  });
});
