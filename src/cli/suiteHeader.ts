import type { Suite } from '../suite/types.js';
import type { ModelSpec } from '../models/modelSpec.js';
import { termSafe } from '../report/terminalSummary.js';

/** A short name of a model block for the terminal, e.g. `openai gpt-4o-mini`, `command python3 model.py`. */
export function modelLabel(spec: ModelSpec): string {
  switch (spec.kind) {
    case 'builtin':
      return `builtin ${spec.name}`;
    case 'module':
      return `module ${spec.path}`;
    case 'command':
      return `command ${spec.command.join(' ')}`;
    case 'http':
      return `http ${String(spec.config.url ?? '')}`;
    case 'openai':
      return `openai ${String(spec.config.model ?? '')}`;
  }
}

/**
 * The lines `evalgate run` prints before any work starts: the suite, its data, its model(s), its
 * checks and gates, and where the outputs go. Untrusted text is stripped of control characters.
 * Example: `suiteHeader(suite, 'out')` → `"evalgate: suite 'spam' (suites/spam.yaml)\n  data: …"`.
 */
export function suiteHeader(suite: Suite, out: string, opts: { resume?: boolean } = {}): string {
  const lines = [`evalgate: suite '${termSafe(suite.name)}' (${termSafe(suite.file)})${opts.resume ? ', resuming' : ''}`];
  lines.push(`  data: ${termSafe(suite.data.path)}`);
  if (suite.model) lines.push(`  model: ${termSafe(modelLabel(suite.model.spec))}${suite.baseline ? `, against baseline ${termSafe(modelLabel(suite.baseline.spec))}` : ''}`);
  lines.push(`  checks: ${suite.checks.map((c) => c.kind).join(', ') || '(none)'}; ${suite.gates.length} gate${suite.gates.length === 1 ? '' : 's'}`);
  lines.push(`  outputs: ${termSafe(out)}`);
  return `${lines.join('\n')}\n`;
}
