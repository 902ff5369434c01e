import { describe, expect, it } from 'vitest';
import { classificationReport, classificationReportFromMatrix, type ClassificationReportOptions } from '../../src/metrics/classificationReport.js';
import { ConfusionAccumulator } from '../../src/metrics/confusionAccumulator.js';
import { confusionMatrix } from '../../src/metrics/confusionMatrix.js';
import type { Label } from '../../src/metrics/types.js';
import { decode, expectNumbers, expectSklearnError, fixture, messages, sampleWeight, zeroDivision } from './classificationFixture.js';

type Row = { precision: number; recall: number; 'f1-score': number; support: number };

function options(c: (typeof fixture.reports)[number]): ClassificationReportOptions {
  const k = c.kwargs;
  const opts: ClassificationReportOptions = {};
  if ('labels' in k) opts.labels = k.labels as Label[];
  if ('target_names' in k) opts.targetNames = k.target_names as string[];
  if ('digits' in k) opts.digits = k.digits as number;
  if ('zero_division' in k) opts.zeroDivision = zeroDivision(k.zero_division);
  const w = sampleWeight(c);
  if (w) opts.sampleWeight = w;
  return opts;
}

describe('classificationReport against scikit-learn 1.9.1', () => {
  for (const c of fixture.reports) {
    it(c.name, () => {
      const opts = options(c);
      const run = () => classificationReport(c.y_true, c.y_pred, opts);
      if (c.error !== undefined) {
        expectSklearnError(run, c.error);
        return;
      }
      const r = run();
      expect(r.text).toBe(c.text);
      const dict = decode<Record<string, Row | number>>(c.dict as never);
      const exact = opts.sampleWeight === undefined;
      // JSON objects list integer-like keys first, so compare by name (the text checks the order).
      const expectedNames = Object.keys(dict).filter((k) => k !== 'accuracy');
      expect([...r.rows.map((x) => x.name)].sort()).toEqual(expectedNames.sort());
      r.rows.forEach((row) => {
        const e = dict[row.name] as Row;
        expectNumbers([row.precision, row.recall, row.f1, row.support], [e.precision, e.recall, e['f1-score'], e.support], exact, `${c.name} ${row.name}`);
      });
      if ('accuracy' in dict) expectNumbers(r.accuracy, dict.accuracy, exact, 'accuracy');
      else expect(r.accuracy).toBeUndefined();
      expect(messages(r.warnings)).toEqual(c.warnings);
    });
  }
});

describe('classificationReportFromMatrix', () => {
  const single = fixture.reports.filter((c) => c.error === undefined && !Array.isArray(c.y_true[0]));
  for (const c of single) {
    it(`${c.name} matches sklearn's text from the confusion matrix`, () => {
      const { sampleWeight: sw, ...opts } = options(c);
      const cm = confusionMatrix(c.y_true, c.y_pred, { sampleWeight: sw });
      const r = classificationReportFromMatrix(cm, opts);
      if (sw === undefined) expect(r.text).toBe(c.text);
      const a = classificationReport(c.y_true, c.y_pred, { ...opts, sampleWeight: sw });
      expect(r.rows.map((x) => x.name)).toEqual(a.rows.map((x) => x.name));
      const nums = (rows: typeof r.rows) => rows.map((x) => [x.precision, x.recall, x.f1, x.support]);
      expectNumbers(nums(r.rows), nums(a.rows), sw === undefined, c.name);
      expectNumbers(r.accuracy ?? null, a.accuracy ?? null, sw === undefined, 'accuracy');
      expect(r.warnings).toEqual(a.warnings);
    });
  }

  it('works on a streamed matrix with requested absent labels', () => {
    const acc = new ConfusionAccumulator();
    acc.addAll([0, 1, 1, 0], [0, 1, 0, 0]);
    const r = classificationReportFromMatrix(acc.result([2]), { zeroDivision: 0 });
    expect(r.rows.map((x) => x.name)).toEqual(['0', '1', '2', 'macro avg', 'weighted avg']);
    expect(r.accuracy).toBe(0.75);
    expect(r.rows[2].support).toBe(0);
  });
});

describe('report formatting edge cases', () => {
  it('rounds ties to even as Python does', () => {
    const r = classificationReport([0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1], [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1]);
    // class 0: precision 5/8 = 0.625 exactly, which Python prints as 0.62 (toFixed would give 0.63)
    expect(r.text).toContain('           0       0.62      1.00      0.77         5\n');
    expect(r.text).toContain('           1       1.00      0.62      0.77         8\n');
  });

  it('throws when target_names do not match the labels found', () => {
    expect(() => classificationReport([0, 1], [0, 1], { targetNames: ['a'] })).toThrow(
      'Number of classes, 2, does not match size of target_names, 1. Try specifying the labels parameter',
    );
  });
});
