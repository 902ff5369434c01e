import type { Label } from '../metrics/types.js';
import type { Figures } from './figure.js';
import type { GateResult, Verdict } from './applyGates.js';

/** Version of the results.json shape (schemas/results.schema.json). */
export const RESULTS_VERSION = 1;

/** A data row that was skipped (`on_bad_row: skip`), with why. */
export interface SkippedRowResult {
  line: number;
  field?: string;
  message: string;
}

/** The metrics check's detail beyond its figures. */
export interface MetricsDetail {
  target: 'binary' | 'multiclass' | 'multilabel';
  labels: Label[];
  pos_label?: Label;
  /** The average that the bare `precision`, `recall`, `f1` and `fbeta` figures stand for. */
  average: string;
  zero_division: string;
  confidence: number;
  bootstrap: { resamples: number; seed: number };
  confusion_matrix?: { labels: Label[]; matrix: number[][] };
  report: { name: string; precision: number; recall: number; f1: number; support: number }[];
  curves?: {
    roc?: { fpr: number[]; tpr: number[]; thresholds: number[] };
    pr?: { precision: number[]; recall: number[]; thresholds: number[] };
    reliability?: { lower: number; upper: number; count: number; accuracy: number; confidence: number }[];
  };
  warnings: string[];
}

/**
 * Everything a run decided, derived from its records; written as results.json. Deterministic:
 * no timestamps or durations (those go to timing.json).
 */
export interface Results {
  evalgate: { version: string; results_version: number };
  suite: { name: string; file: string; sha256: string; description?: string };
  seed: number;
  data: {
    path: string;
    format: string;
    sha256: string;
    rows: number;
    examples: number;
    skipped: { count: number; rows: SkippedRowResult[] };
  };
  checks: { metrics?: MetricsDetail };
  figures: Figures;
  gates: GateResult[];
  verdict: Verdict;
  counts: { gates: number; passed: number; failed: number; warnings: number };
}
