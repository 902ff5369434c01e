/**
 * Checks a built-in model's parameter object: a plain object (undefined counts as `{}`) whose keys
 * are all in `allowed`. Returns it. O(keys). Throws, naming the model, for a non-object or an
 * unknown key (listing the allowed ones).
 * @example checkParams('builtin:majority', { probabilities: 'prior' }, ['probabilities']) // { probabilities: 'prior' }
 */
export function checkParams(model: string, params: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (params === undefined) return {};
  if (params === null || typeof params !== 'object' || Array.isArray(params)) {
    throw new Error(`${model}: parameters must be an object (got ${describeValue(params)})`);
  }
  const p = params as Record<string, unknown>;
  for (const key of Object.keys(p)) {
    if (!allowed.includes(key)) {
      const list = allowed.length === 0 ? 'it takes no parameters' : `allowed: ${allowed.join(', ')}`;
      throw new Error(`${model}: unknown parameter "${key}" (${list})`);
    }
  }
  return p;
}

/**
 * Names a value for an error message: `null`, `an array`, `a string ("x")`, `a number (3)`, `an object`.
 * O(1) (strings are cut at 40 characters). Never throws.
 * @example describeValue('1') // 'a string ("1")'
 */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return `a string (${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)})`;
  if (typeof v === 'number' || typeof v === 'boolean') return `a ${typeof v} (${String(v)})`;
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
