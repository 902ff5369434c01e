/** One step of a path: an object key, an array index (negative counts from the end), or `[*]`. */
export type PathSegment = string | number | null;

/** A parsed path into a JSON document, e.g. `choices[0].text` or `$.label`. */
export interface JsonPath {
  /** The path as written, shown in messages. */
  readonly text: string;
  /** `null` stands for the `[*]` wildcard. */
  readonly segments: readonly PathSegment[];
  /** Whether the path has a `[*]` (then it picks an array, one item per element). */
  readonly wildcard: boolean;
}

/** What {@link pickJsonPath} returns where the document has nothing at the path. */
export const MISSING: unique symbol = Symbol('missing');

const NAME = /^[^.[\]]+/;
const BRACKET = /^\[\s*(?:(-?\d+)|(\*)|"((?:[^"\\]|\\.)*)"|'([^']*)')\s*\]/;

/**
 * Parses a tiny JSONPath subset: an optional leading `$`, then `.key`, `key` (first step), `[0]`,
 * `[-1]` (from the end), `["any key"]`, `['any key']` and `[*]` (every element). No filters or
 * recursive descent. Cost O(length). Throws a plain `Error` naming the offending character.
 * Example: `parseJsonPath('choices[0].text').segments` → `['choices', 0, 'text']`.
 */
export function parseJsonPath(text: string): JsonPath {
  if (typeof text !== 'string') throw new Error('a path must be a string');
  const segments: PathSegment[] = [];
  let rest = text.trim();
  if (rest.startsWith('$')) rest = rest.slice(1);
  let first = true;
  while (rest !== '') {
    const pos = text.length - rest.length;
    let m: RegExpExecArray | null;
    if (rest[0] === '[' && (m = BRACKET.exec(rest)) !== null) {
      if (m[1] !== undefined) segments.push(Number(m[1]));
      else if (m[2] !== undefined) segments.push(null);
      else if (m[3] !== undefined) segments.push(unquote(m[3], text));
      else segments.push(m[4]);
      rest = rest.slice(m[0].length);
    } else if ((rest[0] === '.' || first) && (m = NAME.exec(rest[0] === '.' ? rest.slice(1) : rest)) !== null) {
      segments.push(m[0].trim());
      rest = rest.slice(m[0].length + (rest[0] === '.' ? 1 : 0));
    } else {
      throw new Error(`bad path \`${text}\` at character ${pos + 1}: expected .key, [index], ["key"] or [*]`);
    }
    first = false;
  }
  return { text, segments, wildcard: segments.includes(null) };
}

/**
 * Picks the value at `path` in a parsed JSON document, or {@link MISSING}. Keys match own
 * properties only (`__proto__`, `constructor` never reach the prototype). After `[*]` the rest of
 * the path is applied to each element: the result is an array whose items may be `MISSING`; a
 * non-array under `[*]` is `MISSING`. Cost O(segments) (times the elements after a wildcard).
 * Example: `pickJsonPath({ a: [{ b: 1 }, { b: 2 }] }, parseJsonPath('a[*].b'))` → `[1, 2]`.
 */
export function pickJsonPath(value: unknown, path: JsonPath): unknown {
  return pick(value, path.segments, 0);
}

function unquote(body: string, text: string): string {
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    throw new Error(`bad path \`${text}\`: invalid escape in "${body}"`);
  }
}

function pick(value: unknown, segments: readonly PathSegment[], from: number): unknown {
  let v = value;
  for (let i = from; i < segments.length; i++) {
    const seg = segments[i];
    if (seg === null) {
      if (!Array.isArray(v)) return MISSING;
      return v.map((item) => pick(item, segments, i + 1));
    }
    if (typeof seg === 'number') {
      if (!Array.isArray(v)) return MISSING;
      const k = seg < 0 ? v.length + seg : seg;
      if (k < 0 || k >= v.length) return MISSING;
      v = v[k];
    } else {
      if (typeof v !== 'object' || v === null || Array.isArray(v) || !Object.hasOwn(v, seg)) return MISSING;
      v = (v as Record<string, unknown>)[seg];
    }
  }
  return v;
}
