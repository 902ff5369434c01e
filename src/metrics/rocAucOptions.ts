import type { ScoreAverage } from './scoreAverage.js';
import type { Label } from './types.js';

/** Options of rocAucScore. */
export interface RocAucOptions {
  /** Per-sample weights (e.g. bootstrap counts). Not allowed with `multiClass: 'ovo'`. */
  sampleWeight?: ArrayLike<number>;
  /** Multiclass only: one-vs-rest or one-vs-one (Hand & Till 2001). Required for multiclass input. */
  multiClass?: 'ovr' | 'ovo';
  /** Multiclass only: `macro` (default), `weighted` by prevalence, or `micro` (ovr only). */
  average?: ScoreAverage;
  /** Multiclass only: the labels of the `yScore` columns, sorted; default the sorted labels of yTrue. */
  labels?: readonly Label[];
  /** Binary only: McClish-standardized partial AUC over FPR ∈ [0, maxFpr], maxFpr ∈ (0, 1]. */
  maxFpr?: number;
}
