/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli, afterHeader } from '../helpers/cli.js';
import { PAYLOADS, runXssSuite } from './xssRun.js';

// Debian's chromium driven by playwright-core opens real reports. The test skips only when
// /usr/bin/chromium is absent outside CI; in CI (.ci/run installs chromium) it must run.
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); it runs in CI`);

let context: BrowserContext;
let spamOut: string;
let sentimentOut: string;

/** Opens a report, recording every request and aborting any but the report file itself. */
async function open(file: string, viewport = { width: 1100, height: 900 }): Promise<{ page: Page; requests: string[]; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const self = pathToFileURL(file).href;
  const requests: string[] = [];
  const problems: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console: ${m.text()}`); });
  page.on('dialog', (d) => { problems.push(`dialog: ${d.message()}`); void d.dismiss(); });
  await page.route('**/*', (route) => (route.request().url() === self ? route.continue() : route.abort()));
  await page.goto(self);
  return { page, requests, problems };
}

describe.skipIf(!available && !process.env.CI)('the report in a browser', () => {
  beforeAll(async () => {
    spamOut = join(mkdtempSync(join(tmpdir(), 'evalgate-browser-')), 'out');
    const run = await runCli(['run', 'suites/spam.yaml', '--out', spamOut, '--quiet']);
    expect(afterHeader(run.stderr)).toBe('');
    sentimentOut = join(mkdtempSync(join(tmpdir(), 'evalgate-browser-')), 'out');
    await runCli(['run', 'suites/sentiment.yaml', '--out', sentimentOut, '--quiet']);
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'evalgate-chromium-')), {
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 180_000);
  afterAll(async () => {
    await context?.close();
  });

  it('shows the verdict, every gate, sized SVG charts and sortable tables, and makes no request', async () => {
    const file = join(spamOut, 'report.html');
    const results = JSON.parse(readFileSync(join(spamOut, 'results.json'), 'utf8')) as { verdict: string; gates: { name: string }[] };
    const { page, requests, problems } = await open(file);
    const verdict = { pass: 'PASS', warn: 'PASS with warnings', fail: 'FAIL' }[results.verdict];
    expect(await page.locator('#verdict .verdict-text').innerText()).toBe(verdict);
    const gateNames = await page.locator('#gates-table tbody tr .gate-name').evaluateAll((cells) => cells.map((c) => (c as HTMLElement).innerText.split('\n')[0]));
    expect(gateNames).toEqual(results.gates.map((g) => g.name));
    expect(await page.locator('#gates-table tbody tr').evaluateAll((rows) => rows.every((r) => (r as HTMLElement).offsetHeight > 0))).toBe(true);

    const charts = await page.locator('svg.chart').evaluateAll((svgs) => svgs.map((s) => { const b = s.getBoundingClientRect(); return [b.width, b.height, s.querySelectorAll('path, rect, circle, line').length]; }));
    expect(charts.length).toBe(5); // confusion matrix, ROC, precision-recall, reliability, folds
    for (const [w, h, shapes] of charts) {
      expect(w).toBeGreaterThan(100);
      expect(h).toBeGreaterThan(100);
      expect(shapes).toBeGreaterThan(3);
    }

    const shot = join(spamOut, 'report.png');
    await page.screenshot({ path: shot });
    expect(statSync(shot).size).toBeGreaterThan(20_000);
    if (process.env.EVALGATE_UPDATE_SCREENSHOT) copyFileSync(shot, 'docs/report.png');

    const values = () => page.locator('#gates-table tbody tr td:nth-child(4)').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
    const before = await values();
    await page.locator('#gates-table thead th:nth-child(4) button').click();
    const up = await values();
    expect(up).toEqual([...before].sort((a, b) => a - b));
    expect(await page.locator('#gates-table thead th:nth-child(4)').getAttribute('aria-sort')).toBe('ascending');
    await page.locator('#gates-table thead th:nth-child(4) button').click();
    expect(await values()).toEqual([...before].sort((a, b) => b - a));

    await page.locator('input.filter[data-table="gates-table"]').fill('leakage');
    expect(await page.locator('#gates-table tbody tr:visible').count()).toBe(results.gates.filter((g) => /leakage/i.test(g.name) || /leakage/.test(JSON.stringify(g))).length);
    await page.locator('input.filter[data-table="gates-table"]').fill('');

    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('fits a phone screen, has a dark scheme, and prints without its controls', async () => {
    const { page, problems } = await open(join(spamOut, 'report.html'), { width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(light).toBe('rgb(255, 255, 255)');
    expect(dark).not.toBe(light);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    expect(await page.locator('#verdict').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows XSS payloads from every untrusted field as text and runs none of them', async () => {
    const { out } = await runXssSuite();
    const file = join(out, 'report.html');
    const { page, requests, problems } = await open(file);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(await page.locator('img, iframe, object, embed, a[href^="javascript"], svg[onload], [onerror]').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    const text = await page.evaluate(() => document.body.innerText);
    for (const key of ['suite', 'description', 'gate', 'file'] as const) expect(text, key).toContain(PAYLOADS[key]);
    expect(await page.locator('#verdict .suite-name').innerText()).toBe(PAYLOADS.suite);
    expect(await page.locator('#misclassified-table').innerText()).toContain(PAYLOADS.input);
    expect(await page.locator('#misclassified-table').innerText()).toContain(PAYLOADS.idLink);
    expect(await page.locator('#per-class-table').innerText()).toContain(PAYLOADS.label);
    const summary = await page.evaluate(() => JSON.parse(document.getElementById('evalgate-summary')!.textContent!));
    expect(summary.suite).toBe(PAYLOADS.suite);
    expect(summary.gates[0].name).toBe(PAYLOADS.gate);
    for (const link of await page.locator('a').all()) await link.click();
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(requests).toEqual([pathToFileURL(file).href]);
    expect(problems).toEqual([]);
    await page.close();
  }, 120_000);

  it('links every gate row to the section and finding that explain it', async () => {
    const sections: Record<string, string> = { Metrics: 'metrics', 'Cross-validation': 'cross-validation', 'Data quality': 'data-quality', Robustness: 'robustness', 'Template tests': 'templates' };
    for (const out of [spamOut, sentimentOut]) {
      const { page, problems } = await open(join(out, 'report.html'));
      const links = await page.locator('#gates-table tbody tr').evaluateAll((rows) => rows.map((r) => {
        const a = r.querySelector('a.gate-link');
        const target = a ? document.querySelector(a.getAttribute('href')!) : null;
        return { text: a?.textContent ?? null, section: target?.closest('section')?.id ?? null };
      }));
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) {
        expect(l.text, JSON.stringify(l)).not.toBeNull();
        expect(l.section).toBe(sections[l.text!.split(' › ')[0]]);
      }
      expect(problems).toEqual([]);
      await page.close();
    }
    // The leakage gate takes the reader to the leakage findings, far below the gates.
    const { page } = await open(join(spamOut, 'report.html'));
    const leakage = page.locator('#gates-table a.gate-link[href="#dq-leakage"]').first();
    expect(await leakage.innerText()).toBe('Data quality › leakage');
    const before = await page.locator('#dq-leakage').evaluate((e) => e.getBoundingClientRect().top);
    expect(before).toBeGreaterThan(3 * 900);
    await leakage.click();
    const top = await page.locator('#dq-leakage').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    expect(await page.locator('#dq-leakage ~ .table-wrap #dq-leakage-findings').count()).toBe(1);
    await page.close();
  }, 120_000);

  it('shows each reliability bin with its count, marks thin bins and names the bin MCE comes from', async () => {
    const results = JSON.parse(readFileSync(join(spamOut, 'results.json'), 'utf8'));
    const bins = (results.checks.metrics.curves.reliability as { count: number }[]).filter((b) => b.count > 0);
    const { page } = await open(join(spamOut, 'report.html'));
    const chart = page.locator('figure.chart', { hasText: 'Reliability diagram' });
    const counts = await chart.locator('text.bar-count').evaluateAll((ts) => ts.map((t) => Number(t.textContent)));
    expect(counts).toEqual(bins.map((b) => b.count));
    expect(await chart.locator('rect.bar.thin').count()).toBe(bins.filter((b) => b.count < 10).length);
    expect(await chart.locator('rect.bar.thin').count()).toBeGreaterThan(0);
    const thinStyle = await chart.locator('rect.bar.thin').first().evaluate((r) => getComputedStyle(r).strokeDasharray);
    expect(thinStyle).not.toBe('none');
    const caption = await chart.locator('figcaption').innerText();
    expect(caption).toMatch(/Examples per bin above each bar; \d+ bins? of fewer than 10 examples/);
    expect(caption).toMatch(new RegExp(`MCE ${results.figures.mce.value.toFixed(4).replace(/0+$/, '')}\\d* comes from the bin .* of \\d+ examples?`));
    await page.close();
  }, 60_000);

  it('writes n/a with the reason where a figure is undefined, and data-quality details as rounded text', async () => {
    for (const out of [spamOut, sentimentOut]) {
      const { page } = await open(join(out, 'report.html'));
      expect(await page.evaluate(() => document.body.innerText)).not.toMatch(/\bNaN\b/);
      const na = await page.locator('td.na').evaluateAll((tds) => tds.map((td) => ({ text: td.textContent, title: td.getAttribute('title'), note: Array.from(td.closest('.table-wrap')!.parentElement!.querySelectorAll('.na-note')).map((n) => (n as HTMLElement).innerText) })));
      expect(na.length).toBeGreaterThan(0);
      for (const cell of na) {
        expect(cell.text).toBe('n/a');
        expect(cell.title).toMatch(/^n\/a: \w/);
        expect(cell.note).toContain(`${cell.title}.`);
      }
      await page.close();
    }
    const { page } = await open(join(spamOut, 'report.html'));
    expect(await page.locator('#per-class-table tr', { hasText: 'accuracy' }).locator('td.na').count()).toBe(2);
    const details = await page.locator('#dq-near_duplicates-findings td.text').first().innerText();
    expect(details).toMatch(/jaccard: 0\.\d{1,4}\b/);
    expect(details).not.toMatch(/[{}"]|\d\.\d{5}/);
    await page.close();
    const sentiment = JSON.parse(readFileSync(join(sentimentOut, 'results.json'), 'utf8'));
    const noFailures = sentiment.checks.robustness.perturbations.find((p: { failures: number }) => p.failures === 0);
    expect(noFailures).toBeDefined();
    const s = await open(join(sentimentOut, 'report.html'));
    const row = s.page.locator('#robustness-table tbody tr', { has: s.page.locator(`a[href="#robustness-${noFailures.name}"]`) });
    expect(await row.locator('td').last().innerText()).toBe('n/a');
    expect(await row.locator('td').last().getAttribute('title')).toMatch(/^n\/a: no failures/);
    await s.page.close();
  }, 120_000);

  it('clips long example texts at whole lines, never through a line', async () => {
    for (const width of [1100, 390]) {
      const { page } = await open(join(spamOut, 'report.html'), { width, height: 844 });
      const clips = await page.locator('#misclassified-table .clip').evaluateAll((cs) => cs.map((c) => ({ overflows: c.scrollHeight > c.clientHeight + 1, lines: c.getBoundingClientRect().height / parseFloat(getComputedStyle(c).lineHeight) })));
      const clipped = clips.filter((c) => c.overflows);
      expect(clipped.length).toBeGreaterThan(0);
      for (const c of clipped) expect(Math.abs(c.lines - Math.round(c.lines)), `width ${width}: ${c.lines} lines`).toBeLessThan(0.05);
      await page.close();
    }
  }, 60_000);

  it('on a phone (390×844) shows every gate threshold on screen and never wraps an id one character per line', async () => {
    for (const out of [spamOut, sentimentOut]) {
      const { page, problems } = await open(join(out, 'report.html'), { width: 390, height: 844 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const wrap = await page.locator('#gates-table').evaluate((t) => { const w = t.closest('.table-wrap')!; return [w.scrollWidth, w.clientWidth]; });
      expect(wrap[0]).toBeLessThanOrEqual(wrap[1]);
      const thresholds = await page.locator('#gates-table tbody td.threshold').evaluateAll((tds) => tds.map((td) => { const b = td.getBoundingClientRect(); return { left: b.left, right: b.right, width: b.width, text: `${getComputedStyle(td, '::before').content} ${(td as HTMLElement).innerText}` }; }));
      expect(thresholds.length).toBeGreaterThan(0);
      for (const t of thresholds) {
        expect(t.left).toBeGreaterThanOrEqual(0);
        expect(t.right).toBeLessThanOrEqual(390);
        expect(t.width).toBeGreaterThan(0);
        expect(t.text).toMatch(/^"threshold " (>=|<=|>|<|==|!=) \S/);
      }
      const ids = await page.locator('td.id, #gates-table code, #gates-table .gate-name, table code').evaluateAll((es) => es.map((e) => {
        const text = (e.firstChild?.textContent ?? '').trim();
        const range = document.createRange();
        range.selectNodeContents(e.firstChild ?? e);
        const lines = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size;
        return { text, lines };
      }));
      expect(ids.length).toBeGreaterThan(10);
      for (const id of ids.filter((i) => i.text.length >= 6)) expect(id.lines, id.text).toBeLessThanOrEqual(Math.max(1, Math.ceil(id.text.length / 8)));
      expect(problems).toEqual([]);
      await page.close();
    }
  }, 120_000);
});
