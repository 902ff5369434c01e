/** A check of one output's text: a substring, a prefix, a suffix or a (pre-compiled) regular expression. */
export type TextAssertion =
  | { kind: 'contains'; value: string; ignoreCase: boolean; negate: boolean }
  | { kind: 'starts_with'; value: string; ignoreCase: boolean; negate: boolean }
  | { kind: 'ends_with'; value: string; ignoreCase: boolean; negate: boolean }
  | { kind: 'regex'; value: RegExp; negate: boolean };

/**
 * Whether an output passes an assertion (`negate` turns it around: "does not contain"). Starts
 * and ends are compared after trimming white space. A regex is tested as compiled (the suite loader
 * rejects patterns that can backtrack catastrophically). Cost O(length) for the string kinds.
 * @example passesAssertion('Paris is the capital.', { kind: 'starts_with', value: 'paris', ignoreCase: true, negate: false }) // true
 */
export function passesAssertion(output: string, a: TextAssertion): boolean {
  let ok: boolean;
  if (a.kind === 'regex') {
    a.value.lastIndex = 0;
    ok = a.value.test(output);
  } else {
    const text = a.ignoreCase ? output.toLowerCase() : output;
    const value = a.ignoreCase ? a.value.toLowerCase() : a.value;
    if (a.kind === 'contains') ok = text.includes(value);
    else if (a.kind === 'starts_with') ok = text.trimStart().startsWith(value);
    else ok = text.trimEnd().endsWith(value);
  }
  return a.negate ? !ok : ok;
}
