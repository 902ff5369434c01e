import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { generatedDocs } from '../../scripts/docs/generatedDocs.js';
import { catalogFigures } from '../../scripts/docs/catalogFigures.js';
import { DATA_QUALITY_MEANINGS, FIGURE_MEANINGS, figureMeaning } from '../../scripts/docs/figureMeanings.js';
import { METRIC_ROOT_MEANINGS, metricMeaning } from '../../scripts/docs/metricMeanings.js';
import { figureRows } from '../../scripts/docs/figureReference.js';
import { suiteFields, readSuiteSchema } from '../../scripts/docs/suiteReference.js';

describe('generated references', () => {
  for (const [path, text] of Object.entries(generatedDocs())) {
    it(`${path} is up to date`, () => {
      const committed = existsSync(path) ? readFileSync(path, 'utf8') : '';
      // A stale page fails with the command that refreshes it.
      expect(committed === text, `${path} is stale: run \`npm run docs\` and commit the result`).toBe(true);
    });
  }

  it('is deterministic', () => {
    expect(generatedDocs()).toEqual(generatedDocs());
  });
});

describe('figure reference', () => {
  const figures = catalogFigures();
  const names = new Set(figures.map((f) => f.figure));

  it('lists each figure once, with a meaning, range and interval', () => {
    expect(names.size).toBe(figures.length);
    for (const r of figureRows()) {
      expect(r.meaning.length, r.figure).toBeGreaterThan(0);
      expect(r.range.length, r.figure).toBeGreaterThan(0);
      expect(r.interval.length, r.figure).toBeGreaterThan(0);
    }
  });

  it('covers every check kind and known figures, with intervals as the gate resolver accepts them', () => {
    expect([...new Set(figures.map((f) => f.check))]).toEqual(['metrics', 'cross-validation', 'data-quality', 'errors', 'robustness', 'templates', 'safety', 'quality']);
    for (const f of ['f1.macro', 'recall.LABEL', 'mce', 'cross-validation.FIGURE.std', 'leakage.rate', 'errors.rate', 'robustness.NAME.failure_rate', 'templates.TEST.NAME.mean_edits', 'safety.pii.any.rate', 'quality.custom.NAME']) {
      expect(names.has(f), f).toBe(true);
    }
    const row = (f: string) => figureRows().find((r) => r.figure === f)!;
    expect(row('robustness.NAME.failure_rate').interval).toBe('yes');
    expect(row('robustness.NAME.tested').interval).toBe('none');
    expect(row('safety.pii.any.count').interval).toBe('none');
    expect(row('roc_auc').interval).toMatch(/DeLong/);
    expect(row('n').interval).toBe('none');
    expect(row('brier').range).toBe('[0, 1] binary, [0, 2] otherwise');
  });

  it('has no meaning for a figure the catalogs do not declare', () => {
    const stale = [...Object.keys(FIGURE_MEANINGS), ...Object.keys(DATA_QUALITY_MEANINGS)].filter((k) => !names.has(k));
    expect(stale).toEqual([]);
    const roots = new Set(figures.filter((f) => f.check === 'metrics').map((f) => f.figure.split('.')[0]));
    expect(Object.keys(METRIC_ROOT_MEANINGS).filter((k) => !roots.has(k))).toEqual([]);
  });

  it('refuses a figure without a meaning, naming the table to extend', () => {
    expect(() => figureMeaning('quality.sparkle')).toThrow(/quality\.sparkle.*figureMeanings\.ts/);
    expect(() => metricMeaning('sparkle')).toThrow(/sparkle.*metricMeanings\.ts/);
  });
});

describe('suite reference', () => {
  const fields = suiteFields(readSuiteSchema());
  const byPath = (p: string) => fields.find((f) => f.path === p);

  it('lists nested check options with type, default and allowed values', () => {
    expect(byPath('checks[].cross-validation.folds')).toMatchObject({ type: 'integer', default: '5', allowed: '≥ 2; ≤ 1000' });
    expect(byPath('checks[].metrics.average')?.allowed).toBe('`binary`, `micro`, `macro`, `weighted`, `samples`');
    expect(byPath('checks[].robustness.perturbations[].kind')?.type).toBe('string');
    expect(byPath('checks[].quality.assertions')?.allowed).toBe('each: exactly one of `contains`, `starts_with`, `ends_with`, `regex`');
    expect(byPath('model.openai.model')?.description).toMatch(/^\*\*Required\.\*\*/);
    expect(byPath('baseline')?.description).toMatch(/As `model`\.$/);
    expect(byPath('checks[].metrics.bins')?.default).toBe('15 (Guo et al. 2017)');
  });

  it('has one row per path except the conditional params of each builtin', () => {
    const paths = fields.map((f) => f.path);
    const dup = paths.filter((p, i) => paths.indexOf(p) !== i);
    expect([...new Set(dup)]).toEqual(['model.params']);
  });
});
