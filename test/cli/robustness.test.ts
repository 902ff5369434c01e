import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonl, runCli, tempFiles, readResults, afterHeader } from '../helpers/cli.js';

/** A keyword model: 'neg' when a negative word is present, with a probability that falls with "not". */
const MODEL = `
const NEG = ['bad', 'awful', 'rude'];
export function predict(inputs) {
  return inputs.map((t) => {
    const words = String(t).toLowerCase().split(/[^a-z']+/);
    const neg = words.some((w) => NEG.includes(w));
    const p = neg ? 0.9 : 0.2;
    return { label: neg ? 'neg' : 'pos', probabilities: { neg: p, pos: 1 - p } };
  });
}
`;
const rows = [
  { id: 'r1', text: 'the food was bad', label: 'neg' },
  { id: 'r2', text: 'the staff were rude', label: 'neg' },
  { id: 'r3', text: 'lovely evening', label: 'pos' },
  { id: 'r4', text: 'great view from the top', label: 'pos' },
  { id: 'r5', text: '😀😀', label: 'pos' },
];
const suite = (checks: string, gates = '') => `suite: kw
seed: 3
data: { path: data.jsonl, id: id, input: text, label: label, pos_label: pos }
model: { module: ./model.mjs }
checks:
${checks}
${gates ? `gates:\n${gates}` : ''}`;

describe('evalgate run: robustness', () => {
  it('finds one-edit counterexamples on the negative words, counts emoji-only texts as not applicable, and gates on the figures', async () => {
    const dir = tempFiles({
      'model.mjs': MODEL,
      'data.jsonl': jsonl(rows),
      'suite.yaml': suite('  - robustness: { perturbations: [typo, case, { kind: delete, name: del, preset: hard }], runs: 40 }', '  - robustness.typo.failure_rate <= 0.2\n  - robustness.case.failure_rate == 0\n'),
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    expect(r.code).toBe(1);
    const results = readResults(out);
    const f = results.figures;
    expect(f['robustness.typo.tested'].value).toBe(4);
    expect(f['robustness.typo.not_applicable'].value).toBe(1);
    expect(f['robustness.typo.failures'].value).toBe(2);
    expect(f['robustness.typo.failure_rate']).toMatchObject({ value: 0.5, interval: 'wilson' });
    expect(f['robustness.typo.attack_success_rate'].value).toBe(0.5);
    expect(f['robustness.typo.mean_edits'].value).toBe(1);
    expect(f['robustness.typo.robust_accuracy'].value).toBe(0.5);
    expect(f['robustness.case.failures'].value).toBe(0);
    expect(f['robustness.del.failures'].value).toBe(2);
    expect(f['robustness.failure_rate'].value).toBe(0.5);
    const typo = results.checks.robustness.perturbations.find((p: { name: string }) => p.name === 'typo');
    expect(typo.counterexamples.map((c: { id: string }) => c.id)).toEqual(['typo/r1', 'typo/r2']);
    const c = typo.counterexamples[0];
    expect(c).toMatchObject({ before: 'neg', after: 'pos', reason: 'label changed from neg to pos' });
    expect(c.edits).toHaveLength(1);
    expect(c.edits[0].start).toBeGreaterThanOrEqual('the food was '.length);
    expect(c.diff.map((d: { text: string; kind: string }) => (d.kind === 'added' ? '' : d.text)).join('')).toBe('the food was bad');
    expect(results.gates.map((g: { status: string }) => g.status)).toEqual(['fail', 'pass']);
    // Every model call is a record: the originals plus one per distinct perturbed text tried.
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const perturbed = records.filter((x) => x.check === 'robustness' && x.kind !== 'outcome');
    // ...and each example and perturbation has one outcome record with its terms (the figures from records alone)
    const outcomes = records.filter((x) => x.check === 'robustness' && x.kind === 'outcome');
    expect(outcomes.filter((x) => x.variant === 'typo')).toHaveLength(5);
    expect(outcomes.filter((x) => x.variant === 'typo' && x.terms?.['robustness.typo.failure_rate']?.[0] === 1).map((x) => x.id).sort()).toEqual(['r1', 'r2']);
    expect(records.filter((x) => x.check === 'metrics')).toHaveLength(5);
    expect(perturbed.length).toBeGreaterThan(10);
    expect(new Set(perturbed.map((x) => x.variant))).toEqual(new Set(['typo', 'case', 'del']));

    // The same suite and seed give byte-identical results.
    const again = join(dir, 'again');
    await runCli(['run', join(dir, 'suite.yaml'), '--out', again, '--quiet']);
    expect(readFileSync(join(again, 'results.json'), 'utf8')).toBe(readFileSync(join(out, 'results.json'), 'utf8'));

    // Replay: regenerates the edits from seed and path, asks the model again, still fails.
    const rp = await runCli(['replay', out, 'typo/r1', '--json']);
    expect(rp.code).toBe(1);
    const replay = JSON.parse(rp.stdout);
    expect(replay).toMatchObject({ id: 'typo/r1', original: 'the food was bad', same_edits: true, pass: false });
    expect(replay.perturbed).not.toContain('bad');
    const missing = await runCli(['replay', out, 'typo/zz']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no counterexample 'typo\/zz' in this run; it has typo\/r1, typo\/r2/);
  });

  it('replay prints the original and the perturbed text, shortened around the edit, with invisible characters shown', async () => {
    const long = `${'lovely words '.repeat(20)}but the food was bad and ${'more words here '.repeat(15)}`;
    const dir = tempFiles({
      'model.mjs': MODEL,
      'data.jsonl': jsonl([{ id: 'long', text: long, label: 'neg' }]),
      'suite.yaml': suite('  - robustness: { perturbations: [{ kind: zero-width, preset: hard }], runs: 200 }'),
    });
    const out = join(dir, 'out');
    await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const [c] = results.checks.robustness.perturbations[0].counterexamples;
    expect(c.id).toBe('zero-width/long');
    expect(c.edits).toHaveLength(1);
    const { start, to } = c.edits[0];
    expect(start).toBeGreaterThan(long.indexOf('bad'));
    expect(start).toBeLessThan(long.indexOf('bad') + 3);
    const code = to.codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
    const rp = await runCli(['replay', out, c.id]);
    expect(rp.code).toBe(1);
    const lines = rp.stdout.split('\n');
    const original = lines.find((l) => l.startsWith('  original : '))!;
    const perturbed = lines.find((l) => l.startsWith('  perturbed: '))!;
    // 60 characters either side of the edit, the rest elided; the zero-width character as a marker.
    const head = long.slice(start - 60, start);
    const tail = long.slice(start, start + 60);
    expect(original).toBe(`  original : "[${start - 60} characters]${head}${tail}[${long.length - start - 60} characters]"`);
    expect(perturbed).toMatch(new RegExp(`^  perturbed: "\\[${start - 60} characters\\]${head}\\{\\+⟨U\\+${code} [A-Z]+⟩\\+\\}${tail}\\[${long.length - start - 60} characters\\]"$`));
    expect(rp.stdout).toContain(`1 edit : "" → "\\u${code.toLowerCase()}" at ${start}`);
    expect(rp.stdout).not.toContain(to);
    expect(rp.stdout).toMatch(/answer : "neg"[^\n]*\n[\s\S]*answer : "pos"/);
    expect(rp.stdout).toMatch(/still fails: label changed from neg to pos/);
  });

  it('searches a seeded sample of `examples` rows, the same on every run', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows), 'suite.yaml': suite('  - robustness: { perturbations: [typo], examples: 2, runs: 10 }') });
    const ids = async (out: string) => {
      await runCli(['run', join(dir, 'suite.yaml'), '--out', join(dir, out), '--quiet']);
      const records = readFileSync(join(dir, out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
      return [...new Set(records.filter((x) => x.check === 'robustness').map((x) => x.id))];
    };
    const a = await ids('a');
    expect(a.length).toBeGreaterThan(0);
    expect(a.length).toBeLessThanOrEqual(2);
    expect(await ids('b')).toEqual(a);
    const f = JSON.parse(readFileSync(join(dir, 'a', 'results.json'), 'utf8')).figures;
    expect(f['robustness.typo.tested'].value + f['robustness.typo.not_applicable'].value).toBe(2);
  });

  it('directional expectations, a custom predicate, and template tests', async () => {
    const dir = tempFiles({
      'model.mjs': MODEL,
      'pred.mjs': 'export default ({ after }) => ({ pass: after.label === "neg", reason: `said ${after.label}` });\n',
      'data.jsonl': jsonl(rows),
      'suite.yaml': suite(`  - robustness:
      runs: 30
      perturbations:
        - { kind: negation, expect: { directional: { direction: down } } }
        - { kind: typo, name: must-be-neg, expect: { custom: ./pred.mjs } }
  - templates:
      lexicon: { adj: [bad, awful, nice], thing: [food, view] }
      tests:
        - { name: neg-adjectives, template: "the {thing} was {adj}", label: neg }
        - { name: typo-inv, template: "the {thing} was {adj}", perturbations: [typo], runs: 5 }
`.replace(', runs: 5', '')),
    });
    const out = join(dir, 'out');
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    const f = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')).figures;
    // The keyword model ignores negation: "the food was not bad" keeps P(neg) at 0.9, so every applicable text fails.
    expect(f['robustness.negation.failures'].value).toBe(f['robustness.negation.tested'].value);
    expect(f['robustness.negation.tested'].value).toBeGreaterThan(0);
    // The custom predicate fails every positive text at once (its first typo is still 'pos').
    expect(f['robustness.must-be-neg.failures'].value).toBeGreaterThanOrEqual(2);
    expect(f['templates.neg-adjectives.cases'].value).toBe(6);
    expect(f['templates.neg-adjectives.failures'].value).toBe(2); // "nice" is not negative
    expect(f['templates.neg-adjectives.failure_rate'].value).toBeCloseTo(2 / 6, 12);
    expect(f['templates.typo-inv.failures'].value).toBe(4); // a typo in bad/awful flips the answer
    expect(f['templates.failures'].value).toBe(6);
  });

  it('rejects bad robustness suites at load time with file, line and field', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows) });
    const cases: [string, RegExp][] = [
      ['  - robustness: { perturbations: [tpyo] }', /:6:\d+ checks\[0\]\.robustness\.perturbations\[0\]: must be one of .*\(did you mean 'typo'\?\)/],
      ['  - robustness: { perturbations: [typo], preset: brutal }', /checks\[0\]\.robustness\.preset: must be one of "mild", "medium", "hard"/],
      ['  - robustness: { perturbations: [{ kind: typo, rate: 1.5 }] }', /checks\[0\]\.robustness\.perturbations\[0\]\.rate: must be <= 1/],
      ['  - robustness: { perturbations: [typo, typo] }', /checks\[0\]\.robustness\.perturbations\[1\]: two perturbations are named 'typo'/],
      ['  - templates: { tests: [{ name: t, template: "I {verb} it", label: pos }] }', /:6:\d+ checks\[0\]\.templates\.tests\[0\]\.template: template uses \{verb\}, which no lexicon defines/],
      ['  - templates: { lexicon: { a: [x] }, tests: [{ name: t, template: "{a}" }] }', /template test 't' checks nothing/],
      ['  - robustness: { perturbations: [{ kind: typo, expect: { custom: ./nope.mjs } }] }', /custom expectation module not found: \.\/nope\.mjs/],
    ];
    for (const [checks, message] of cases) {
      const file = join(dir, 'bad.yaml');
      const { writeFileSync } = await import('node:fs');
      writeFileSync(file, suite(checks));
      const r = await runCli(['validate', file]);
      expect(r.code, checks).toBe(2);
      expect(r.stderr, checks).toMatch(message);
      expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    }
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'gate.yaml'), suite('  - robustness: { perturbations: [typo] }', '  - robustness.tpyo.failure_rate <= 0.1\n'));
    const g = await runCli(['validate', join(dir, 'gate.yaml')]);
    expect(g.code).toBe(2);
    expect(g.stderr).toMatch(/no perturbation named 'tpyo' \(it has typo\) \(did you mean 'robustness\.typo\.failure_rate'\?\)/);
  });
});

describe('rate 0', () => {
  it('a perturbation at rate 0 makes no edit: every example is not applicable (none passed), no model call, and a gate on it fails', async () => {
    const dir = tempFiles({
      'model.mjs': MODEL,
      'data.jsonl': jsonl(rows),
      'suite.yaml': suite('  - robustness: { perturbations: [{ kind: typo, rate: 0 }, { kind: delete, rate: 0.01 }], runs: 20 }', '  - robustness.typo.failure_rate <= 0.5\n'),
    });
    const out = join(dir, 'out');
    expect((await runCli(['validate', join(dir, 'suite.yaml')])).code).toBe(0);
    const r = await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(r.stderr)).toBe('');
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    const f = results.figures;
    expect(f['robustness.typo.tested'].value).toBe(0);
    expect(f['robustness.typo.not_applicable'].value).toBe(5);
    expect(f['robustness.typo.failures'].value).toBe(0);
    expect(f['robustness.typo.failure_rate'].value).toBeNull();
    // The small rate above 0 still edits (at least one edit per script).
    expect(f['robustness.delete.tested'].value).toBe(4);
    const records = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(records.filter((x) => x.check === 'robustness' && x.variant === 'typo' && x.kind !== 'outcome')).toEqual([]);
    expect(records.filter((x) => x.check === 'robustness' && x.variant === 'typo' && x.kind === 'outcome').map((x) => x.status)).toEqual(Array(5).fill('not-applicable'));
    expect(results.gates[0].status).toBe('fail');
    expect(r.code).toBe(1);
  });
  it('evalgate perturb --rate 0 prints the text unchanged with a note', async () => {
    const t = await runCli(['perturb', '--kind', 'typo', '--text', 'hello world', '--rate', '0']);
    expect(t).toEqual({ code: 0, stderr: '', stdout: '"hello world"\n    0 edits: rate 0 allows no edit: the text stays as it is, and in a suite every example counts as not applicable\n' });
    const j = JSON.parse((await runCli(['perturb', '--kind', 'typo', '--text', 'hello world', '--rate', '0', '--json'])).stdout);
    expect(j).toMatchObject({ rate: 0, variants: [], note: expect.stringMatching(/rate 0 allows no edit/) });
  });
});

describe('evalgate run: template tests too large to expand', () => {
  const lexicon = 'abcdef'.split('').map((k) => `${k}: [${Array.from({ length: 50 }, (_, i) => `${k}${i}`).join(', ')}]`).join(', ');
  const templates = (extra = '', own = '') => suite(`  - templates:
      lexicon: { ${lexicon} }${extra}
      tests:
        - name: big
          template: "{a} {b} {c} {d} {e} {f}"
          label: pos${own}
`);
  it('are a load error at the template, with the count and the way out, in validate and in run', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows), 'suite.yaml': templates() });
    for (const cmd of [['validate', join(dir, 'suite.yaml')], ['run', join(dir, 'suite.yaml'), '--out', join(dir, 'out'), '--quiet']]) {
      const r = await runCli(cmd);
      expect(r.code, cmd[0]).toBe(2);
      expect(r.stderr).toMatch(/suite\.yaml:10:\d+ checks\[0\]\.templates\.tests\[0\]\.template: template test 'big' expands to 15,625,000,000 cases \(50 × 50 × 50 × 50 × 50 × 50\), more than the 100,000 a template test may have: add `sample: N`/);
      expect(r.stderr).not.toMatch(/internal error|Invalid array length|at .*\.js:\d+/);
    }
  });
  it('refuse a sample above the cap at the sample, and draw a sample from the huge product', async () => {
    const dir = tempFiles({ 'model.mjs': MODEL, 'data.jsonl': jsonl(rows), 'big.yaml': templates('\n      sample: 200000'), 'ok.yaml': templates('\n      sample: 200000', '\n          sample: 30') });
    const big = await runCli(['validate', join(dir, 'big.yaml')]);
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/big\.yaml:8:\d+ checks\[0\]\.templates\.sample: template test 'big' would draw 200,000 cases \(sample: 200000 per template\), more than the 100,000/);
    const out = join(dir, 'out');
    const ok = await runCli(['run', join(dir, 'ok.yaml'), '--out', out, '--quiet']);
    expect(afterHeader(ok.stderr)).toBe('');
    expect(ok.code).toBe(0);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.figures['templates.big.cases'].value).toBe(30);
    const cases = readFileSync(join(out, 'records.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.check === 'templates' && x.kind !== 'outcome');
    expect(new Set(cases.map((x) => x.input)).size).toBe(30);
    for (const x of cases) expect(x.input).toMatch(/^a\d+ b\d+ c\d+ d\d+ e\d+ f\d+$/);
  });
});

describe('evalgate perturb', () => {
  it('previews variants with their edits, reproducibly', async () => {
    const a = await runCli(['perturb', '--kind', 'typo', '--text', 'hello world', '--n', '3', '--seed', '9', '--json']);
    expect(a.code).toBe(0);
    const out = JSON.parse(a.stdout);
    expect(out.variants.length).toBeGreaterThan(0);
    for (const v of out.variants) {
      expect(v.text).not.toBe('hello world');
      expect(v.text).toHaveLength(11);
      expect(v.edits.length).toBeLessThanOrEqual(3);
    }
    expect((await runCli(['perturb', '--kind', 'typo', '--text', 'hello world', '--n', '3', '--seed', '9', '--json'])).stdout).toBe(a.stdout);
    const text = await runCli(['perturb', '--kind', 'homoglyph', '--text', 'paypal', '--n', '2']);
    expect(text.stdout).toMatch(/edits?: "/);
  });
  it('shows invisible characters and whitespace of the edits as markers', async () => {
    const zw = await runCli(['perturb', '--kind', 'zero-width', '--text', 'The food was great', '--n', '3', '--seed', '1']);
    expect(zw.code).toBe(0);
    expect(zw.stdout).not.toMatch(/[\u200b-\u200d\u2060\ufeff]/);
    const lines = zw.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (let i = 0; i < lines.length; i += 2) {
      // A variant's first line is JSON that parses to it; the second marks each insertion.
      const [text, marked] = [lines[i], lines[i + 1]];
      expect(JSON.parse(text)).toMatch(/[\u200b-\u200d\u2060]/);
      expect(text).toMatch(/\\u(200b|200c|200d|2060)/);
      expect(marked).toMatch(/edits?: "(?:[^{]*\{\+⟨U\+(200B ZWSP|200C ZWNJ|200D ZWJ|2060 WJ)⟩\+\})+[^{]*"$/);
    }
    const ws = await runCli(['perturb', '--kind', 'whitespace', '--text', 'The food was great', '--n', '3', '--seed', '1']);
    expect(ws.stdout).toContain('1 edit: "The food was great{+⏎+}"');
    expect(ws.stdout).toContain('2 edits: "{+⏎+}The food[-␣-]{+⏎+}was great"');
    expect(ws.stdout).toContain('{+⇥+}The food was great{+␣␣+}');
  });
  it('says clearly what is wrong with its arguments', async () => {
    expect(await runCli(['perturb', '--kind', 'typos', '--text', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/unknown perturbation 'typos' \(did you mean 'typo'\?\)/) });
    expect(await runCli(['perturb', '--kind', 'typo', '--text', 'x', '--rate', '2'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--rate: must be in \[0, 1\] \(got 2\)/) });
    expect(await runCli(['perturb', '--kind', 'typo', '--text', '  '])).toMatchObject({ code: 2, stderr: expect.stringMatching(/empty or only whitespace/) });
    expect(await runCli(['perturb', '--kind', 'typo', '--text', '🎉'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/not applicable/) });
    const list = await runCli(['perturb', '--list']);
    expect(list.stdout.split('\n').filter(Boolean)).toHaveLength(27);
  });
});
