/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { runCli } from '../helpers/cli.js';
import { PAYLOADS, runXssSuite } from './xssRun.js';

// Debian's chromium driven by playwright-core opens real reports. The test skips only when
// /usr/bin/chromium is absent outside CI; in CI (.ci/run installs chromium) it must run.
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`browser test skipped: ${CHROMIUM} is absent (apt-get install -y chromium); it runs in CI`);

let context: BrowserContext;
let spamOut: string;

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
    expect(run.stderr).toBe('');
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
});
