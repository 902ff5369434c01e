// The characters Python's str.isspace() accepts: str.split() and str.rstrip() split and strip on these.
const WS = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const RUNS = new RegExp(`[${WS}]+`);
const TRAIL = new RegExp(`[${WS}]+$`);

/**
 * Python's `str.split()` with no argument: split on runs of Unicode white space (Python's set,
 * which differs from JavaScript's `\s`), no empty strings. Cost O(length).
 * @example pySplit(' a\u00a0 b\x1c') // ['a', 'b']
 */
export function pySplit(text: string): string[] {
  return text.split(RUNS).filter((t) => t !== '');
}

/**
 * Python's `str.rstrip()` with no argument. Cost O(length).
 * @example pyRstrip('a \n') // 'a'
 */
export function pyRstrip(text: string): string {
  return text.replace(TRAIL, '');
}
