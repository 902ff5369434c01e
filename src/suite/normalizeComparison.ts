import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { parseComparisonGate } from './parseComparisonGate.js';
import type { ComparisonGate, ComparisonSpec } from './types.js';

/** Defaults of the `comparison` block. */
export const COMPARISON_DEFAULTS = { resamples: 10_000, confidence: 0.95, alpha: 0.05 } as const;

/**
 * Fills in the defaults of a schema-valid `comparison` block and parses its gates, each given as
 * `'FIGURE: CLAIM'`, the YAML mapping `FIGURE: CLAIM`, or `{ gate, name, severity }`. A gate that
 * does not parse becomes a Problem located at it (pushed onto `problems`).
 * @example normalizeComparison({ gates: ['mcc: improves'] }, doc, 's.yaml', []).gates[0].claim // { kind: 'improvement' }
 */
export function normalizeComparison(raw: Record<string, unknown>, doc: ParsedDocument, file: string, problems: Problem[]): ComparisonSpec {
  const gates: ComparisonGate[] = [];
  ((raw.gates as unknown[] | undefined) ?? []).forEach((g, i) => {
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
    resamples: (raw.resamples as number | undefined) ?? COMPARISON_DEFAULTS.resamples,
    confidence: (raw.confidence as number | undefined) ?? COMPARISON_DEFAULTS.confidence,
    alpha: (raw.alpha as number | undefined) ?? COMPARISON_DEFAULTS.alpha,
    gates,
  };
}

/** The text, name and severity of one entry of `comparison.gates`, and the path to its text. */
export function comparisonGateEntry(g: unknown): { text: string; name?: string; severity?: 'blocking' | 'warning'; path: string[] } {
  if (typeof g === 'string') return { text: g.trim(), path: [] };
  const o = g as Record<string, string>;
  if (typeof o.gate === 'string') return { text: o.gate.trim(), ...(o.name !== undefined ? { name: o.name } : {}), ...(o.severity !== undefined ? { severity: o.severity as 'blocking' | 'warning' } : {}), path: ['gate'] };
  const keys = Object.keys(o);
  if (keys.length !== 1) return { text: keys.map((k) => `${k}: ${o[k]}`).join(', '), path: [] };
  return { text: `${keys[0]}: ${String(o[keys[0]]).trim()}`, path: [keys[0]] };
}
