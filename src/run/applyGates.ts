import type { Gate } from '../suite/types.js';
import { formatFigurePath } from '../suite/parseGate.js';
import type { Figures, GateResult, GateVerdict } from '../contract/results.js';
import { fmt } from '../contract/format.js';
export type { GateResult, Verdict } from '../contract/results.js';

const STATS = new Set(['value', 'ci_low', 'ci_high']);

/**
 * Evaluates every gate against the computed figures. A gate over an undefined (NaN) figure fails
 * and says so; a figure missing from `figures` fails too (load-time rules make this rare: a label
 * that the data turned out not to have). Pure. Example: gate `mcc > 0.8` with mcc 0.9 → pass.
 */
export function applyGates(gates: readonly Gate[], figures: Figures): { results: GateResult[]; verdict: GateVerdict } {
  const results = gates.map((g): GateResult => {
    const path = [...g.figure];
    const stat = STATS.has(path[path.length - 1]) && path.length > 1 ? (path.pop() as GateResult['stat']) : 'value';
    const name = formatFigurePath(path);
    const fig = figures[name];
    const base = { name: g.name, expression: g.expression, figure: name, stat, op: g.op, threshold: g.threshold, severity: g.severity };
    if (!fig) return { ...base, status: 'fail', value: NaN, message: `${name} was not computed on this data` };
    const value = stat === 'value' ? fig.value : (fig[stat] ?? NaN);
    const interval = fig.ci_low !== undefined ? { ci_low: fig.ci_low, ci_high: fig.ci_high } : {};
    const shown = `${stat === 'value' ? name : `${name}.${stat}`} = ${fmt(value)}`;
    if (Number.isNaN(value)) {
      return { ...base, ...interval, status: 'fail', value, message: `${shown}: the figure is undefined on this data` };
    }
    const pass = compare(value, g.op, g.threshold);
    return {
      ...base,
      ...interval,
      status: pass ? 'pass' : 'fail',
      value,
      message: `${shown} ${pass ? 'is' : 'is not'} ${g.op} ${g.threshold}`,
    };
  });
  const failed = (s: Gate['severity']) => results.some((r) => r.status === 'fail' && r.severity === s);
  return { results, verdict: failed('blocking') ? 'fail' : failed('warning') ? 'warn' : 'pass' };
}

function compare(v: number, op: Gate['op'], t: number): boolean {
  switch (op) {
    case '>=': return v >= t;
    case '>': return v > t;
    case '<=': return v <= t;
    case '<': return v < t;
    case '==': return v === t;
    case '!=': return v !== t;
  }
}
