import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Handlebars from 'handlebars';
import { htmlReport } from '../../src/report/htmlReport.js';
import { counterexampleRow } from '../../src/report/counterexampleRow.js';
import type { CounterexampleResult, Results } from '../../src/contract/results.js';
import { runCli } from '../helpers/cli.js';

const ce = (over: Partial<CounterexampleResult> = {}): CounterexampleResult => ({
  id: 'typo/neg-01', example: 'neg-01', perturbation: 'typo', seed: 1, path: '0', kept: [0],
  edits: [{ start: 4, end: 5, from: 'r', to: 'e' }], before: 'negative', after: 'positive', reason: 'label changed from negative to positive',
  diff: [{ kind: 'same', text: 'The ' }, { kind: 'removed', text: 'r' }, { kind: 'added', text: 'e' }, { kind: 'same', text: 'ude' }, { kind: 'elided', text: '[80 characters]' }],
  ...over,
});

describe('counterexampleRow', () => {
  it('splits the diff into the original (removals marked) and the perturbed text (additions marked)', () => {
    const row = counterexampleRow(ce(), 'evalgate-out');
    const text = (d: { kind: string; pieces: { text: string }[] }) => `${d.kind}:${d.pieces.map((p) => p.text).join('')}`;
    expect(row.original.map(text)).toEqual(['same:The ', 'removed:r', 'same:ude', 'elided:[80 characters]']);
    expect(row.perturbed.map(text)).toEqual(['same:The ', 'added:e', 'same:ude', 'elided:[80 characters]']);
    expect(row).toMatchObject({ before: 'negative', after: 'positive', edits: 1, replay: 'evalgate replay evalgate-out typo/neg-01' });
  });

  it('gives the replay command with the run\'s own output directory, shell-quoted when needed', () => {
    expect(counterexampleRow(ce(), 'runs/2024-06 v2').replay).toBe(`evalgate replay 'runs/2024-06 v2' typo/neg-01`);
    expect(counterexampleRow(ce({ id: `name/it's $(x)` }), 'out').replay).toBe(`evalgate replay out 'name/it'\\''s $(x)'`);
  });

  it('shows invisible characters and whitespace of an edit as markers with their code point, and look-alike letters by code point', () => {
    const row = counterexampleRow(ce({
      diff: [
        { kind: 'same', text: 'gre' }, { kind: 'added', text: '\u200c' }, { kind: 'same', text: 'at\u00a0food' },
        { kind: 'removed', text: ' ' }, { kind: 'added', text: '\t' }, { kind: 'same', text: 'was\n' }, { kind: 'added', text: '\r\n' },
        { kind: 'removed', text: 'e' }, { kind: 'added', text: '\u0435' },
      ],
    }), 'out');
    expect(row.perturbed).toEqual([
      { kind: 'same', pieces: [{ text: 'gre' }] },
      { kind: 'added', pieces: [{ text: '⟨U+200C ZWNJ⟩', title: 'U+200C ZERO WIDTH NON-JOINER' }] },
      { kind: 'same', pieces: [{ text: 'at' }, { text: '⟨U+00A0 NBSP⟩', title: 'U+00A0 NO-BREAK SPACE' }, { text: 'food' }] },
      { kind: 'added', pieces: [{ text: '⇥', title: 'U+0009 CHARACTER TABULATION (tab)' }] },
      { kind: 'same', pieces: [{ text: 'was' }, { text: '⏎', title: 'U+000A LINE FEED (line break)' }] },
      { kind: 'added', pieces: [{ text: '␍', title: 'U+000D CARRIAGE RETURN' }, { text: '⏎', title: 'U+000A LINE FEED (line break)' }] },
      { kind: 'added', pieces: [{ text: '\u0435' }], title: 'U+0435' },
    ]);
    // A plain space is marked inside an edit only.
    expect(row.original[2]).toEqual({ kind: 'removed', pieces: [{ text: '␣', title: 'U+0020 SPACE' }] });
    expect(row.original[0]).toEqual({ kind: 'same', pieces: [{ text: 'gre' }] });
  });

  it('renders the markers in the report, escaped, so a zero-width insertion is no longer an empty span', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'evalgate-robust-')), 'out');
    await runCli(['run', 'suites/sentiment.yaml', '--out', out, '--quiet', '--format', 'json']);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    const rob = results.checks.robustness!;
    rob.perturbations[0].counterexamples = [ce({
      reason: 'said <b>x</b>\u200b',
      diff: [{ kind: 'same', text: 'fo' }, { kind: 'added', text: '\u200c' }, { kind: 'same', text: 'od' }, { kind: 'removed', text: ' ' }, { kind: 'added', text: '\n<i>' }],
    })];
    const t = results.checks.templates!.tests[0];
    t.failed_cases = [{ id: 'c/1', text: 'tab\there', answer: 'pos', reason: 'typo: label changed on "ba\u200dd"' }];
    t.failures = 1;
    const html = await htmlReport(results, undefined);
    expect(html).toContain('<td class="text">tab<span class="ch" title="U+0009 CHARACTER TABULATION (tab)">⇥</span>here</td>');
    expect(html).toContain('label changed on &quot;ba<span class="ch" title="U+200D ZERO WIDTH JOINER">⟨U+200D ZWJ⟩</span>d&quot;');
    expect(html).not.toContain('<span class="seg added">\u200c</span>');
    expect(html).toContain('<span class="seg added"><span class="ch" title="U+200C ZERO WIDTH NON-JOINER">⟨U+200C ZWNJ⟩</span></span>');
    expect(html).toContain('<span class="seg removed"><span class="ch" title="U+0020 SPACE">␣</span></span>');
    expect(html).toContain('<span class="seg added"><span class="ch" title="U+000A LINE FEED (line break)">⏎</span>&lt;i&gt;</span>');
    expect(html).toContain('said &lt;b&gt;x&lt;/b&gt;<span class="ch" title="U+200B ZERO WIDTH SPACE">⟨U+200B ZWSP⟩</span>');
    expect(html).not.toContain('<i>');
  }, 120_000);
});

describe('robustness and template sections', () => {
  it('show the bundled sentiment suite: every perturbation, its counterexamples with the edit, every template test', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'evalgate-robust-')), 'out');
    const r = await runCli(['run', 'suites/sentiment.yaml', '--out', out, '--quiet', '--max-examples', '3']);
    expect(r.code).toBe(1);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    const rob = results.checks.robustness!;
    const section = /<section class="section" id="robustness">([\s\S]*?)<\/section>/.exec(html)![1];
    const table = /<table class="sortable" id="robustness-table">([\s\S]*?)<\/table>/.exec(section)![1];
    expect(table.match(/<tr><td><a href="#robustness-/g)).toHaveLength(rob.perturbations.length);
    const typo = rob.perturbations.find((p) => p.name === 'typo')!;
    expect(section).toContain(`typo: ${typo.failures} of ${typo.tested} failed`);
    const first = typo.counterexamples[0];
    expect(section).toContain(`<code class="id">${first.id}</code>`);
    expect(section).toContain(`replay: <code>evalgate replay ${out} ${first.id}</code>`);
    expect(section).not.toContain('&lt;out&gt;');
    const removed = first.diff.find((d) => d.kind === 'removed')!;
    expect(section).toContain(`<span class="seg removed">${Handlebars.Utils.escapeExpression(removed.text)}</span>`); // an ASCII letter: as it is
    const shown = (section.match(/<p class="ce-head">/g) ?? []).length;
    expect(shown).toBe(rob.perturbations.reduce((n, p) => n + Math.min(3, p.counterexamples.length), 0));
    // negation is a directional test: its robust accuracy is n/a, with the reason.
    const negation = rob.perturbations.find((p) => p.name === 'negation')!;
    expect(negation.robust_accuracy_note).toMatch(/^not computed: /);
    expect(table).toMatch(/<a href="#robustness-negation">negation<\/a>.*<td class="num na" data-sort="" title="n\/a: robust accuracy not computed: [^"]*">n\/a<\/td>/);
    expect(section).toContain(`Robust accuracy ${Handlebars.Utils.escapeExpression(negation.robust_accuracy_note!)}.`);
    const tpl = /<section class="section" id="templates">([\s\S]*?)<\/section>/.exec(html)![1];
    for (const t of results.checks.templates!.tests) expect(tpl).toContain(`${t.name}: ${t.failures} of ${t.cases} failed`);
    // A template test's perturbation rows read their own figures (templates.TEST.NAME.X).
    const typoTpl = results.figures['templates.typo-in-adjective.typo.failure_rate'];
    expect(typoTpl.value).toBeGreaterThan(0);
    expect(tpl).toMatch(new RegExp(`<a href="#templates-typo-in-adjective-typo">typo</a>.*<td class="num" data-sort="${typoTpl.value}">`));
  }, 120_000);

  it('escape counterexample and template text', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'evalgate-robust-')), 'out');
    await runCli(['run', 'suites/sentiment.yaml', '--out', out, '--quiet', '--format', 'json']);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    const x = '<img src=x onerror=alert(1)>';
    const rob = results.checks.robustness!;
    rob.perturbations[0].name = x;
    rob.perturbations[0].counterexamples = [ce({ id: x, reason: x, before: x, after: [x], diff: [{ kind: 'removed', text: x }, { kind: 'added', text: `</script>${x}` }] })];
    const t = results.checks.templates!.tests[0];
    t.templates = [x];
    t.failed_cases = [{ id: x, text: x, answer: x, reason: x }];
    t.failures = 1;
    rob.perturbations[1].robust_accuracy_note = x;
    const html = await htmlReport(results, undefined);
    expect(html).not.toMatch(/<img|<\/script><img/);
    expect(html).toContain(Handlebars.Utils.escapeExpression(x));
  }, 120_000);
});
