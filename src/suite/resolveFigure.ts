import { checkOfKind, SPEC_LIST } from '../checks/specs.js';
import type { FigureResolution } from './checkSpec.js';
import { formatFigurePath } from './parseGate.js';
import type { Suite } from './types.js';

/** The figures of a suite with a model, whatever its checks: failed model calls, counted and as a share of the calls. */
export const MODEL_FIGURES = ['errors.count', 'errors.rate'];

/**
 * Resolves a gate's figure path against what the suite computes, or says why it cannot be
 * computed (with candidates for a hint): `errors.count` / `errors.rate` when the suite has a
 * model, else the path goes to the check kind that claims its first segment (the registry,
 * src/checks/specs.ts), the metrics check taking every name no other kind claims. Labels are
 * accepted here and checked against the data later.
 * Example: `resolveFigure(['f1', 'macro', 'ci_low'], suite)` → `{ ok: true, ref: { name: ['f1', 'macro'], stat: 'ci_low' } }`.
 */
export function resolveFigure(path: readonly string[], suite: Pick<Suite, 'checks' | 'model'>): FigureResolution {
  const root = path[0];
  if (root === 'errors') {
    if (!suite.model) return { ok: false, message: 'errors.* counts failed model calls, and the suite has no model', candidates: [] };
    if (path.length === 2 && MODEL_FIGURES.includes(`errors.${path[1]}`)) return { ok: true, ref: { name: [...path], stat: 'value' } };
    return { ok: false, message: `'${formatFigurePath(path)}' is not a figure: expected errors.count or errors.rate`, candidates: ['errors.count', 'errors.rate'] };
  }
  const owner = SPEC_LIST.find((s) => !s.fallback && s.claims(root)) ?? SPEC_LIST.find((s) => s.fallback)!;
  const candidates = [
    ...SPEC_LIST.flatMap((s) => {
      const check = checkOfKind(suite.checks, s.kind);
      return check ? s.roots(check) : [];
    }),
    ...(suite.model ? ['errors'] : []),
  ];
  return owner.resolveFigure(path, checkOfKind(suite.checks, owner.kind), suite, candidates);
}
