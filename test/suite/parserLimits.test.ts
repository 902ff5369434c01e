import { describe, expect, it } from 'vitest';
import { join, relative } from 'node:path';
import { parseSuiteText } from '../../src/suite/parseDocument.js';
import { runCli, tempFiles } from '../helpers/cli.js';

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings once expanded. */
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((n, i) => `${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

describe('parser limits are located problems (exit 2), never internal errors', () => {
  it('an alias bomb is refused at the first alias, unit', () => {
    const r = parseSuiteText(`suite: s\n${bomb}\n`, 'b.yaml');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toEqual([expect.objectContaining({ code: 'parser-limit', file: 'b.yaml', line: 3, column: 8 })]);
    expect(r.problems[0].message).toMatch(/aliases .* expand to more copies of their anchors than the limit of 100/);
  });

  it('a few aliases are still fine', () => {
    expect(parseSuiteText('a: &x [1, 2]\nb: *x\nc: *x\n', 'ok.yaml').ok).toBe(true);
  });

  const cases: [string, Record<string, string>, RegExp][] = [
    ['an alias bomb', { 's.yaml': `${bomb}\n` }, /s\.yaml:2:8: aliases \(\*name\) here expand/],
    ['nesting too deep in the suite', { 's.yaml': `suite: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` }, /s\.yaml:1:\d+: the document is nested too deeply to read/],
    [
      'nesting too deep in a data row',
      {
        's.yaml': 'suite: s\ndata: { path: d.jsonl, input: text, label: label, prediction: label }\nchecks:\n  - metrics: [accuracy]\n',
        'd.jsonl': `{"text": ${'['.repeat(200_000)}${']'.repeat(200_000)}, "label": "a"}\n`,
      },
      /d\.jsonl:1: the row is nested too deeply to read/,
    ],
  ];
  for (const [what, files, message] of cases) {
    it(`${what}: validate and run exit 2 naming the file and line`, async () => {
      const dir = tempFiles(files);
      for (const args of [['validate', join(dir, 's.yaml')], ['run', join(dir, 's.yaml'), '--out', join(dir, 'out'), '--quiet']]) {
        const r = await runCli(args);
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).toContain(relative(process.cwd(), dir));
        expect(r.stderr).not.toMatch(/internal error|please report/);
      }
    });
  }
});
