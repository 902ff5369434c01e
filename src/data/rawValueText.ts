import { skipJsonString, skipJsonValue, skipWhitespace } from './skipJsonValue.js';

/**
 * The text of the value at `path` inside a JSON text as written, before JSON.parse rounded it:
 * `path` steps through object keys (the last of duplicate keys, as JSON.parse keeps) and array
 * indexes. Used to name a number JSON.parse turned into ±Infinity (`1e999`) by its own text.
 * Returns undefined when the text does not hold that path or is not valid JSON along it.
 * Cost: one pass over the bytes up to the value; meant for error paths only.
 * Example: `rawValueText('{"score": 1e999}', ['score'])` → `'1e999'`;
 * `rawValueText('[0.5, -2E400]', [1])` → `'-2E400'`.
 */
export function rawValueText(text: string, path: readonly (string | number)[]): string | undefined {
  const b = Buffer.from(text, 'utf8');
  let start = skipWhitespace(b, 0, b.length);
  let end = skipJsonValue(b, start, b.length);
  if (end < 0) return undefined;
  for (const step of path) {
    const found = typeof step === 'number' ? element(b, start, end, step) : member(b, start, end, step);
    if (found === undefined) return undefined;
    [start, end] = found;
  }
  return b.toString('utf8', start, end);
}

/** The span of element `index` of the array at `b[start, end)`. */
function element(b: Buffer, start: number, end: number, index: number): [number, number] | undefined {
  if (b[start] !== 0x5b) return undefined;
  let i = skipWhitespace(b, start + 1, end);
  for (let k = 0; i < end && b[i] !== 0x5d; k++) {
    const e = skipJsonValue(b, i, end);
    if (e < 0) return undefined;
    if (k === index) return [i, e];
    i = skipWhitespace(b, e, end);
    if (b[i] === 0x2c) i = skipWhitespace(b, i + 1, end);
  }
  return undefined;
}

/** The span of the last member named `key` of the object at `b[start, end)`. */
function member(b: Buffer, start: number, end: number, key: string): [number, number] | undefined {
  if (b[start] !== 0x7b) return undefined;
  let found: [number, number] | undefined;
  let i = skipWhitespace(b, start + 1, end);
  while (i < end && b[i] === 0x22) {
    const k = skipJsonString(b, i, end);
    if (k < 0) return undefined;
    const name = JSON.parse(b.toString('utf8', i, k)) as string;
    i = skipWhitespace(b, k, end);
    if (b[i] !== 0x3a) return undefined;
    i = skipWhitespace(b, i + 1, end);
    const e = skipJsonValue(b, i, end);
    if (e < 0) return undefined;
    if (name === key) found = [i, e];
    i = skipWhitespace(b, e, end);
    if (b[i] === 0x2c) i = skipWhitespace(b, i + 1, end);
  }
  return found;
}
