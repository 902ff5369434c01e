import { Ajv2020 } from 'ajv/dist/2020.js';
import { bleuFromStats, bleuStats, BLEU_STATS } from '../metrics/bleu.js';
import { chrfFromStats, chrfStats, CHRF_STATS } from '../metrics/chrf.js';
import { exactMatch } from '../metrics/exactMatch.js';
import { levenshteinSimilarity } from '../metrics/levenshteinSimilarity.js';
import { parseJsonOutput } from '../metrics/parseJsonOutput.js';
import { rougeL, rougeN, type RougeScore } from '../metrics/rouge.js';
import { passesAssertion } from '../metrics/textAssertion.js';
import { tokenF1 } from '../metrics/tokenF1.js';
import type { Figures } from '../contract/results.js';
import type { QualityDetail } from '../contract/textDetails.js';
export type { QualityDetail } from '../contract/textDetails.js';
import type { QualityCheck } from '../suite/textCheckTypes.js';
import { bootstrapFigure, weightedMean, weightedQuantile } from './textFigure.js';
import { wilsonFigure, type IntervalSettings } from './figureIntervals.js';
import type { OutcomeTerms } from './outcomeTerms.js';
import type { TextRow } from './textRow.js';

const SHOWN = 20;


/** The references of a row: the reference field (a string or a list of strings), else its label. */
export function referencesOf(row: TextRow, field: string | undefined): string[] | undefined {
  const v = field !== undefined ? row.fields[field] : row.expected;
  if (typeof v === 'string' || typeof v === 'number') return [String(v)];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v as string[];
  return undefined;
}

/**
 * Accuracy minus the accuracy of scikit-learn's `DummyClassifier(strategy='most_frequent')` fitted on
 * the same (resampled) rows: the share of the most frequent expected label, ties to the first in
 * code-point order. A statistic of row weights for {@link bootstrapFigure}.
 */
function majorityGain(rows: readonly TextRow[]): (w: Float64Array) => number {
  const expected = rows.map((r) => String(r.expected));
  const right = rows.map((r) => (String(r.predicted) === String(r.expected) ? 1 : 0));
  const labels = [...new Set(expected)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const code = expected.map((e) => labels.indexOf(e));
  return (w) => {
    const counts = new Float64Array(labels.length);
    let n = 0;
    let correct = 0;
    for (let i = 0; i < rows.length; i++) {
      counts[code[i]] += w[i];
      n += w[i];
      correct += w[i] * right[i];
    }
    let best = 0;
    for (let k = 1; k < counts.length; k++) if (counts[k] > counts[best]) best = k;
    return n === 0 ? NaN : (correct - counts[best]) / n;
  };
}

/** A bootstrap figure over summed per-row statistics vectors (corpus BLEU and chrF). */
function corpusFigure(name: string, stats: number[][], size: number, score: (s: number[]) => number, s: IntervalSettings) {
  return bootstrapFigure(name, stats.length, (w) => {
    const sum = new Array<number>(size).fill(0);
    stats.forEach((row, i) => {
      if (w[i] !== 0) for (let k = 0; k < size; k++) sum[k] += w[i] * row[k];
    });
    return score(sum);
  }, s);
}

/**
 * The quality check's figures over the answered rows: reference scores over rows with a reference
 * (`quality.exact_match`, `quality.token_f1`, `quality.rouge_{1,2,l}.{precision,recall,f1}`,
 * `quality.levenshtein` as means with bootstrap intervals; `quality.bleu` and `quality.chrf` as
 * corpus scores, 0–100, bootstrapped over rows), rates with Wilson intervals for JSON validity and
 * schema conformance, length bounds and assertions, latency percentiles in ms (bootstrap), and
 * the mean of each custom scorer (`customValues`, one value per answered row, NaN = not scored),
 * and for classifiers `quality.majority_gain`: accuracy minus the majority-class baseline's. With
 * `terms`, each row's terms of every figure but majority_gain go there (check `quality`): `[value, 1]`
 * for means and rates, the statistics vector for BLEU and chrF, `[ms]` for latency percentiles.
 */
export function qualityFigures(check: QualityCheck, rows: readonly TextRow[], customValues: Record<string, number[]>, s: IntervalSettings, terms?: OutcomeTerms): { figures: Figures; detail: QualityDetail } {
  const figures: Figures = {};
  const answered = rows.filter((r) => r.output !== undefined);
  const failures: QualityDetail['failures'] = [];
  const fail = (id: string, c: string, message: string) => void (failures.length < SHOWN && failures.push({ id, check: c, message }));
  const inc = new Set(check.include);
  const refRows = answered.map((r) => ({ r, refs: referencesOf(r, check.referenceField) })).filter((x): x is { r: TextRow; refs: string[] } => x.refs !== undefined);
  const term = (id: string, name: string, t: number[]) => terms?.add('quality', null, id, name, t);
  for (const r of rows) if (r.output === undefined) terms?.status('quality', null, r.id, 'error');
  const refIds = refRows.map(({ r }) => r.id);
  const mean = (name: string, values: number[], ids: readonly string[] = refIds) => {
    values.forEach((v, i) => term(ids[i], name, [v, 1]));
    figures[name] = bootstrapFigure(name, values.length, weightedMean(values), s);
  };
  const rate = (name: string, ok: (r: TextRow, i: number) => boolean): number => {
    let hits = 0;
    answered.forEach((r, i) => {
      const hit = ok(r, i);
      if (hit) hits++;
      term(r.id, name, [hit ? 1 : 0, 1]);
    });
    figures[name] = wilsonFigure(hits, answered.length, s);
    return hits;
  };
  const corpus = (name: string, stats: number[][], size: number, score: (x: number[]) => number) => {
    stats.forEach((v, i) => term(refIds[i], name, v));
    figures[name] = corpusFigure(name, stats, size, score, s);
  };
  if (inc.has('exact_match')) mean('quality.exact_match', refRows.map(({ r, refs }) => (exactMatch(r.output!, refs, check.normalize) ? 1 : 0)));
  if (inc.has('token_f1')) mean('quality.token_f1', refRows.map(({ r, refs }) => tokenF1(r.output!, refs)));
  if (inc.has('rouge')) {
    const best = (f: (c: string, ref: string) => RougeScore) => refRows.map(({ r, refs }) => refs.map((ref) => f(r.output!, ref)).reduce((a, b) => (b.f1 > a.f1 ? b : a)));
    for (const [v, scores] of [['rouge_1', best((c, ref) => rougeN(c, ref, 1))], ['rouge_2', best((c, ref) => rougeN(c, ref, 2))], ['rouge_l', best(rougeL)]] as const) {
      for (const m of ['precision', 'recall', 'f1'] as const) mean(`quality.${v}.${m}`, scores.map((x) => x[m]));
    }
  }
  if (inc.has('levenshtein')) mean('quality.levenshtein', refRows.map(({ r, refs }) => Math.max(...refs.map((ref) => levenshteinSimilarity(r.output!, ref)))));
  if (inc.has('bleu')) corpus('quality.bleu', refRows.map(({ r, refs }) => bleuStats(r.output!, refs)), BLEU_STATS, bleuFromStats);
  if (inc.has('chrf')) corpus('quality.chrf', refRows.map(({ r, refs }) => chrfStats(r.output!, refs)), CHRF_STATS, chrfFromStats);
  if (inc.has('json')) {
    const validate = check.jsonSchema !== undefined ? new Ajv2020({ strict: false, allErrors: false }).compile(check.jsonSchema) : undefined;
    const conforms = new Set<string>();
    rate('quality.json.valid.rate', (r) => {
      const p = parseJsonOutput(r.output!);
      if (!p.ok) {
        fail(r.id, 'json', `not JSON: ${p.message}`);
        return false;
      }
      if (validate && validate(p.value)) conforms.add(r.id);
      else if (validate) fail(r.id, 'json_schema', validate.errors?.map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('; ') ?? 'does not conform');
      return true;
    });
    if (validate) rate('quality.json.schema.rate', (r) => conforms.has(r.id));
  }
  if (inc.has('length')) {
    const lengths = answered.map((r) => Array.from(r.output!).length);
    rate('quality.length.rate', (r, i) => {
      const n = lengths[i];
      const within = (check.minChars === undefined || n >= check.minChars) && (check.maxChars === undefined || n <= check.maxChars);
      if (!within) fail(r.id, 'length', `${n} characters, outside [${check.minChars ?? 0}, ${check.maxChars ?? '∞'}]`);
      return within;
    });
    mean('quality.length.mean_chars', lengths, answered.map((r) => r.id));
  }
  if (inc.has('latency')) {
    const timed = answered.filter((r) => r.latencyMs !== undefined).sort((a, b) => a.latencyMs! - b.latencyMs!);
    const lat = timed.map((r) => r.latencyMs!);
    for (const [name, q] of [['p50', 0.5], ['p95', 0.95], ['p99', 0.99]] as const) {
      for (const r of timed) term(r.id, `quality.latency.${name}`, [r.latencyMs!]);
      figures[`quality.latency.${name}`] = bootstrapFigure(`quality.latency.${name}`, lat.length, weightedQuantile(lat, q), s);
    }
    mean('quality.latency.mean', lat, timed.map((r) => r.id));
  }
  if (inc.has('majority_gain')) {
    const labelled = answered.filter((r) => r.predicted !== undefined && r.expected !== undefined);
    figures['quality.majority_gain'] = bootstrapFigure('quality.majority_gain', labelled.length, majorityGain(labelled), s);
  }
  for (const a of check.assertions) {
    rate(`quality.assertions.${a.name}.rate`, (r) => {
      const ok = passesAssertion(r.output!, a.assertion);
      if (!ok) fail(r.id, `assertion ${a.name}`, 'failed');
      return ok;
    });
  }
  for (const c of check.custom) {
    const scored = (customValues[c.name] ?? []).map((v, i) => ({ v, id: answered[i].id })).filter((x) => !Number.isNaN(x.v));
    mean(`quality.custom.${c.name}`, scored.map((x) => x.v), scored.map((x) => x.id));
  }
  return { figures, detail: { rows: rows.length, answered: answered.length, with_reference: refRows.length, failures } };
}
