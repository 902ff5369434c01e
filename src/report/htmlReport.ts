import { createHash } from 'node:crypto';
import { dirname } from 'node:path';
import type { Results, Timing } from '../contract/results.js';
import { REPORT_SECTIONS } from './reportSections.js';
import type { ReportSection, SectionRun } from './reportSection.js';
import { readRecords } from './readRecords.js';
import { reportTemplates } from './reportTemplates.js';
import { reportBanner, reportFooter } from './reportFrame.js';

/** Examples a report section shows by default (`--max-examples`). */
export const DEFAULT_MAX_EXAMPLES = 50;

/** How to render a report. */
export interface HtmlReportOptions {
  /** records.jsonl of the run, read once, streaming, for the examples sections show. */
  recordsPath?: string;
  /** The most examples per section (default 50); all stay in records.jsonl. */
  maxExamples?: number;
  /**
   * The run's output directory as the user named it, for the commands the report prints (`evalgate
   * replay DIR ID`); default: the directory of `recordsPath`, else `evalgate-out`.
   */
  outDir?: string;
  /** The sections, in order (default: REPORT_SECTIONS). */
  sections?: readonly ReportSection[];
}

/**
 * Renders the HTML gate report: one self-contained file (inline CSS, inline SVG charts, a small
 * inline script for sorting and filtering tables) that makes no request. It opens with the verdict
 * banner, then one section per check the run has (REPORT_SECTIONS), then the reproducibility
 * footer. Every untrusted string goes through Handlebars' escaping; a Content-Security-Policy
 * allows only the page's own script (by hash) and no network. Reads records.jsonl once, streaming,
 * keeping O(sections × maxExamples) records. Throws if the templates cannot be read.
 * Example: `await htmlReport(results, timing, { recordsPath: 'out/records.jsonl' })` → `'<!doctype html>…'`.
 */
export async function htmlReport(results: Results, timing: Timing | undefined, opts: HtmlReportOptions = {}): Promise<string> {
  const maxExamples = Math.max(0, Math.floor(opts.maxExamples ?? DEFAULT_MAX_EXAMPLES));
  const outDir = opts.outDir ?? (opts.recordsPath ? dirname(opts.recordsPath) : 'evalgate-out');
  const started: { section: ReportSection; run: SectionRun }[] = [];
  for (const section of opts.sections ?? REPORT_SECTIONS) {
    const run = section.start(results, { maxExamples, outDir, ...(timing ? { timing } : {}) });
    if (run) started.push({ section, run });
  }
  const wanted = new Map<string, SectionRun[]>();
  for (const { run } of started) for (const c of run.recordChecks ?? []) wanted.set(c, [...(wanted.get(c) ?? []), run]);
  if (opts.recordsPath && wanted.size > 0) {
    await readRecords(opts.recordsPath, new Set(wanted.keys()), (r) => {
      for (const run of wanted.get(r.check) ?? []) run.record?.(r);
    });
  }
  const sections = started.map(({ section, run }) => ({ id: section.id, title: section.title, partial: `sections/${section.id}`, view: run.view() }));
  const t = reportTemplates();
  const banner = reportBanner(results, timing);
  return t.page({
    title: `${banner.mark.icon} ${banner.text}: ${results.suite.name} (evalgate)`,
    csp: `default-src 'none'; script-src 'sha256-${createHash('sha256').update(t.script).digest('base64')}'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`,
    banner,
    sections,
    footer: reportFooter(results, timing),
    summary: {
      suite: results.suite.name,
      verdict: results.verdict,
      ...(results.error ? { error: results.error } : {}),
      counts: results.counts,
      gates: results.gates.map((g) => ({ name: g.name, status: g.status, severity: g.severity, figure: g.figure, stat: g.stat, value: g.value, op: g.op, threshold: g.threshold })),
    },
  });
}
