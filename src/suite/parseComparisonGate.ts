import { parseFigurePath } from './parseGate.js';

/** What a comparison gate claims about candidate − baseline, and so which test judges it. */
export type ComparisonClaim =
  /** The interval bound of δ clears the threshold: `candidate - baseline >= -0.01 at 95%`. */
  | { kind: 'non-inferiority'; op: '>=' | '<='; threshold: number; confidence?: number }
  /** No regression that is significant at α: `no significant regression at alpha 0.05`. */
  | { kind: 'no-regression'; alpha?: number }
  /** A significant improvement at α: `improves` or `candidate > baseline at alpha 0.01`. */
  | { kind: 'improvement'; alpha?: number };

/** A parsed comparison gate: a figure and a claim. */
export interface ComparisonGateExpression {
  figure: string[];
  claim: ComparisonClaim;
}

const NUMBER = String.raw`[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?`;
const LEVEL = new RegExp(String.raw`\s+at\s+(${NUMBER})\s*%$`);
const ALPHA = new RegExp(String.raw`\s+at\s+alpha\s*=?\s*(${NUMBER})$`);
const DELTA = new RegExp(String.raw`^candidate\s*-\s*baseline\s*(>=|<=)\s*(${NUMBER})\s*(%?)$`);

/** The forms a claim may take, for messages. */
export const CLAIM_FORMS = "'candidate - baseline >= -0.01 [at 95%]', 'no significant regression [at alpha 0.05]' or 'improves [at alpha 0.05]'";

/**
 * Parses a comparison gate, `FIGURE: CLAIM`, where CLAIM is one of
 * `candidate - baseline >= MARGIN [at C%]` (or `<=` for figures where lower is better; a trailing `%`
 * on the margin divides it by 100), `no significant regression [at alpha A]` (also `no regression`),
 * or `improves [at alpha A]` (also `candidate > baseline`). The YAML mapping
 * `- f1.macro: candidate - baseline >= -0.01 at 95%` is the same gate. Cost: linear.
 * @example parseComparisonGate('f1.macro: candidate - baseline >= -0.01 at 95%') // { ok: true, gate: { figure: ['f1', 'macro'], claim: { kind: 'non-inferiority', op: '>=', threshold: -0.01, confidence: 0.95 } } }
 */
export function parseComparisonGate(text: string): { ok: true; gate: ComparisonGateExpression } | { ok: false; message: string } {
  const src = text.trim();
  const colon = src.lastIndexOf(':');
  if (colon < 0) return { ok: false, message: `a comparison gate reads 'FIGURE: CLAIM' with CLAIM ${CLAIM_FORMS} (got ${JSON.stringify(text)})` };
  const figure = parseFigurePath(src.slice(0, colon).trim());
  if (!figure.ok) return figure;
  const claim = parseClaim(src.slice(colon + 1).trim().replace(/\s+/g, ' '));
  if (!claim.ok) return { ok: false, message: `${claim.message} (got ${JSON.stringify(src.slice(colon + 1).trim())})` };
  return { ok: true, gate: { figure: figure.path, claim: claim.claim } };
}

function parseClaim(text: string): { ok: true; claim: ComparisonClaim } | { ok: false; message: string } {
  const lower = text.toLowerCase();
  let rest = lower;
  let confidence: number | undefined;
  let alpha: number | undefined;
  const a = ALPHA.exec(rest);
  if (a) {
    alpha = Number(a[1]);
    rest = rest.slice(0, a.index);
    if (!(alpha > 0 && alpha < 1)) return { ok: false, message: `alpha must be strictly between 0 and 1, e.g. 'at alpha 0.05'` };
  } else {
    const l = LEVEL.exec(rest);
    if (l) {
      confidence = Number(l[1]) / 100;
      rest = rest.slice(0, l.index);
      if (!(confidence > 0 && confidence < 1)) return { ok: false, message: `the confidence level must be strictly between 0 % and 100 %, e.g. 'at 95%'` };
    }
  }
  const d = DELTA.exec(rest);
  if (d) {
    if (alpha !== undefined) return { ok: false, message: `a margin claim is judged on an interval: write 'at 95%', not 'at alpha'` };
    const threshold = Number(d[2]) / (d[3] ? 100 : 1);
    return { ok: true, claim: { kind: 'non-inferiority', op: d[1] as '>=' | '<=', threshold, ...(confidence !== undefined ? { confidence } : {}) } };
  }
  if (confidence !== undefined) return { ok: false, message: `'at C%' belongs to a margin claim such as 'candidate - baseline >= -0.01 at 95%'; tests take 'at alpha 0.05'` };
  if (rest === 'no significant regression' || rest === 'no regression') return { ok: true, claim: { kind: 'no-regression', ...(alpha !== undefined ? { alpha } : {}) } };
  if (rest === 'improves' || rest === 'candidate > baseline' || rest === 'significant improvement') return { ok: true, claim: { kind: 'improvement', ...(alpha !== undefined ? { alpha } : {}) } };
  if (/^candidate\s*-\s*baseline/.test(rest)) return { ok: false, message: `a margin claim reads 'candidate - baseline >= NUMBER' or '<= NUMBER'` };
  return { ok: false, message: `unknown claim: expected ${CLAIM_FORMS}` };
}
