import { canonicalJson } from '../../models/canonicalJson.js';

/**
 * The text the data-quality checks read for an example's input: a string as it is; any other
 * value (number, boolean, array, object) as its canonical JSON (keys sorted at every depth, no
 * whitespace), so `{b:1,a:2}` and `{a:2,b:1}` compare equal and the number `5` reads as `"5"`
 * (equal to the string "5"); `undefined` for a missing input (`undefined` or `null`), which those
 * checks skip (the empty-inputs check reports it). Cost O(size of the value). Throws nothing.
 * @example inputText({ b: 1, a: 'x' }) // '{"a":"x","b":1}'
 */
export function inputText(input: unknown): string | undefined {
  if (input === undefined || input === null) return undefined;
  return typeof input === 'string' ? input : canonicalJson(input);
}
