import type { Label } from '../../metrics/types.js';
import type { Prediction } from '../model.js';
import { redactSecrets } from './redactSecrets.js';

const redactLabel = (l: Label, secrets: readonly string[]): Label => (typeof l === 'string' ? redactSecrets(l, secrets) : l);

/**
 * An answer with every secret, and every piece of 8 or more characters of one, replaced by `***`
 * in its text, its label(s) and its probabilities' labels, marked `redacted: true` when anything
 * was replaced, so that an endpoint echoing the key in a normal answer never gets it into the
 * journal, the cache or the report. The answer itself when nothing is to be hidden (no copy).
 * Cost O(answer length × secrets). Never throws.
 * Example: `redactAnswer({ text: 'key sk-0123456789' }, ['sk-0123456789'])` → `{ text: 'key ***', redacted: true }`.
 */
export function redactAnswer(p: Prediction, secrets: readonly string[]): Prediction {
  if (secrets.length === 0) return p;
  const out: Prediction = { ...p };
  let changed = false;
  if (p.text !== undefined) {
    out.text = redactSecrets(p.text, secrets);
    changed ||= out.text !== p.text;
  }
  if (p.label !== undefined) {
    out.label = Array.isArray(p.label) ? p.label.map((l) => redactLabel(l, secrets)) : redactLabel(p.label, secrets);
    changed ||= JSON.stringify(out.label) !== JSON.stringify(p.label);
  }
  if (p.probabilities !== undefined) {
    const entries = Object.entries(p.probabilities).map(([k, v]) => [k, redactSecrets(k, secrets), v] as const);
    if (entries.some(([k, r]) => k !== r)) {
      out.probabilities = Object.fromEntries(entries.map(([, r, v]) => [r, v]));
      changed = true;
    }
  }
  if (!changed) return p;
  out.redacted = true;
  return out;
}
