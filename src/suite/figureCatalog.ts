import { formatFigurePath } from './parseGate.js';
import type { MetricName, MetricsCheck } from './types.js';

/** The statistic of a figure a gate may read: its value or a bound of its interval. */
export type FigureStat = 'value' | 'ci_low' | 'ci_high';

/** A figure reference resolved against what a suite computes. */
export interface FigureRef {
  /** Canonical name of the figure without its statistic, e.g. `f1.macro`, `recall.spam`, `f1` (= the default average). */
  name: string[];
  stat: FigureStat;
  /** Set when the second segment names a label: it is checked against the data's labels once they are known. */
  label?: string;
}

const STATS = new Set<FigureStat>(['value', 'ci_low', 'ci_high']);
const PRF_SUBS = ['binary', 'micro', 'macro', 'weighted', 'samples'];
/** Per metric: the fixed second segments it has, and whether a label may stand there. */
const SUBS: Record<string, { fixed: string[]; labels: boolean; bare?: boolean }> = {
  precision: { fixed: PRF_SUBS, labels: true },
  recall: { fixed: PRF_SUBS, labels: true },
  f1: { fixed: PRF_SUBS, labels: true },
  fbeta: { fixed: PRF_SUBS, labels: true },
  support: { fixed: [], labels: true, bare: false },
  roc_auc: { fixed: ['macro', 'weighted', 'ovo'], labels: true },
  average_precision: { fixed: ['macro', 'micro', 'weighted'], labels: true },
  balanced_accuracy: { fixed: ['adjusted'], labels: false },
  kappa: { fixed: ['linear', 'quadratic'], labels: false },
};

/** Every figure name (first segment) the metrics check produces for its included metrics. */
export function figureRoots(check: MetricsCheck): string[] {
  const roots: string[] = ['n', 'support', ...check.include];
  if (check.include.includes('ece')) roots.push('mce');
  return roots;
}

/**
 * Resolves a gate's figure path against the metrics a suite computes, or says why it cannot be
 * computed (with a hint). Labels are accepted here and checked against the data later.
 * Example: `resolveFigure(['f1', 'macro', 'ci_low'], check)` → `{ ok: true, ref: { name: ['f1', 'macro'], stat: 'ci_low' } }`.
 */
export function resolveFigure(
  path: readonly string[],
  check: MetricsCheck | undefined,
): { ok: true; ref: FigureRef } | { ok: false; message: string; candidates: string[] } {
  const roots = check ? figureRoots(check) : [];
  const [root, ...rest] = path;
  if (!roots.includes(root)) {
    const known = check === undefined ? [] : ([...METRIC_LIKE] as string[]);
    const why = !check
      ? 'the suite has no metrics check to compute it'
      : known.includes(root)
        ? `the metrics check does not compute '${root}': add it to its metrics`
        : `unknown figure '${root}'`;
    return { ok: false, message: why, candidates: roots };
  }
  let stat: FigureStat = 'value';
  const tail = [...rest];
  if (tail.length > 0 && STATS.has(tail[tail.length - 1] as FigureStat)) stat = tail.pop() as FigureStat;
  const subs = SUBS[root];
  if (tail.length === 0) {
    if (subs?.bare === false) return { ok: false, message: `'${root}' needs a label, e.g. ${root}.LABEL`, candidates: [] };
    return { ok: true, ref: { name: [root], stat } };
  }
  if (tail.length > 1 || !subs) {
    const allowed = subs ? [...subs.fixed, ...(subs.labels ? ['LABEL'] : [])] : [];
    return {
      ok: false,
      message: `'${formatFigurePath(path)}' is not a figure: after '${root}' ${allowed.length ? `expected one of ${allowed.join(', ')}, then optionally` : 'only'} value, ci_low or ci_high may follow`,
      candidates: [...(subs?.fixed ?? []), ...STATS].map((s) => `${root}.${s}`),
    };
  }
  const sub = tail[0];
  if (subs.fixed.includes(sub)) return { ok: true, ref: { name: [root, sub], stat } };
  if (!subs.labels) {
    return { ok: false, message: `'${root}' has no figure '${sub}': expected one of ${subs.fixed.join(', ')}`, candidates: subs.fixed.map((s) => `${root}.${s}`) };
  }
  return { ok: true, ref: { name: [root, sub], stat, label: sub } };
}

const METRIC_LIKE: readonly (MetricName | 'mce')[] = [
  'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'fbeta', 'mcc', 'kappa', 'hamming_loss',
  'top_k_accuracy', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece', 'mce',
];
