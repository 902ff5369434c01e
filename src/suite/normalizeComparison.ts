import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { parseComparisonGate } from './parseComparisonGate.js';
import type { RawComparison, RawComparisonGate } from './schema/comparison.js';
import type { ComparisonGate, ComparisonSpec } from './types.js';

/** Defaults of the `comparison` block. */
export const COMPARISON_DEFAULTS: Readonly<{ resamples: number; confidence: number; alpha: number }> = { resamples: 10_000, confidence: 0.95, alpha: 0.05 };

/**
 * Fills in the defaults of a schema-valid `comparison` block and parses its gates, each given as
 * `'FIGURE: CLAIM'`, the YAML mapping `FIGURE: CLAIM`, or `{ gate, name, severity }`. A gate that
 * does not parse becomes a Problem located at it (pushed onto `problems`).
 * @example normalizeComparison({ gates: ['mcc: improves'] }, doc, 's.yaml', []).gates[0].claim // { kind: 'improvement' }
 */
export function normalizeComparison(raw: RawComparison, doc: ParsedDocument, file: string, problems: Problem[]): ComparisonSpec {
  const gates: ComparisonGate[] = [];
  (raw.gates ?? []).forEach((g, i) => {
    const entry = comparisonGateEntry(g);
    const path = ['comparison', 'gates', i, ...entry.path];
    const pos = doc.locate(path);
    const parsed = parseComparisonGate(entry.text);
    if (!parsed.ok) {
      problems.push({ code: 'gate-syntax', file, line: pos.line, column: pos.column, path, message: parsed.message });
      return;
    }
    gates.push({ name: entry.name ?? entry.text, expression: entry.text, ...parsed.gate, severity: entry.severity ?? 'blocking', line: pos.line, column: pos.column });
  });
  return {
    resamples: raw.resamples ?? COMPARISON_DEFAULTS.resamples,
    confidence: raw.confidence ?? COMPARISON_DEFAULTS.confidence,
    alpha: raw.alpha ?? COMPARISON_DEFAULTS.alpha,
    gates,
  };
}

/** The text, name and severity of one entry of `comparison.gates`, and the path to its text. */
export function comparisonGateEntry(g: RawComparisonGate): { text: string; name?: string; severity?: Severity; path: string[] } {
  if (typeof g === 'string') return { text: g.trim(), path: [] };
  // The schema holds `severity` to blocking or warning wherever it is written, so isSeverity only narrows.
  if (typeof g.gate === 'string') return { text: g.gate.trim(), ...(g.name !== undefined ? { name: g.name } : {}), ...(isSeverity(g.severity) ? { severity: g.severity } : {}), path: ['gate'] };
  const keys = Object.keys(g);
  if (keys.length !== 1) return { text: keys.map((k) => `${k}: ${g[k]}`).join(', '), path: [] };
  return { text: `${keys[0]}: ${String(g[keys[0]]).trim()}`, path: [keys[0]] };
}

type Severity = 'blocking' | 'warning';

function isSeverity(s: string | undefined): s is Severity {
  return s === 'blocking' || s === 'warning';
}
