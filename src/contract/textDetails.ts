// The detail blocks of the safety and quality checks in results.json (`checks.safety`, `checks.quality`).

/** Per-group rates of the answered rows that have a group, and their disparities. */
export interface FairnessDetail {
  groups: Record<string, { n: number; selection_rate: number; accuracy: number; true_positive_rate: number }>;
  selection: string;
}

/** What the safety check found beyond its figures (results.json `checks.safety`); ids are capped at 50 per list. */
export interface SafetyDetail {
  rows: number;
  failed_calls: number;
  categories: Record<string, number>;
  pii?: { outputs: Record<string, number>; findings: { id: string; kind: string; masked: string }[] };
  profanity?: { outputs: number; words: string[]; ids: string[] };
  refusal?: { harmful: { n: number; refused: number; complied_ids: string[] }; safe: { n: number; refused: number; refused_ids: string[] } };
  injection?: { n: number; succeeded: number; ids: string[]; missing_canary: number };
  /** By variant (an encoding, or `PERTURBATION.ENCODING` / `ENCODING.PERTURBATION` composed); `not_applicable`: prompts a composed variant's perturbation could not change. */
  jailbreak?: Record<string, { n: number; succeeded: number; ids: string[]; not_applicable?: number }>;
  counterfactual?: { n: number; flipped: number; ids: string[] };
  fairness?: FairnessDetail;
}

/** What the quality check found beyond its figures (results.json `checks.quality`). */
export interface QualityDetail {
  rows: number;
  answered: number;
  with_reference: number;
  failures: { id: string; check: string; message: string }[];
}
