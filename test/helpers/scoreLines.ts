// Generators of JSONL predictions files for the fast-path parity tests: valid lines with random
// key order, duplicate and extra keys, whitespace, unicode and escaped labels, numbers in every
// JSON spelling, and malformed lines (truncated, trailing garbage, bad literals, not objects).
import fc from 'fast-check';

/** Placeholder in generated text for a byte that is not valid UTF-8 (replaced by 0xff). */
export const BAD_BYTE = '\ue000';

/** The field mappings tried: every mapped role required, as `evalgate score` reads. */
export const MAPPINGS = [
  { label: 'label', prediction: 'prediction', score: 'score' },
  { label: 'label', prediction: 'prediction' },
  { label: 'y', probabilities: 'p' },
  { label: 'label', prediction: 'prediction', probabilities: 'p' },
  { label: 'y', score: 'score' },
] as const;

const escapeAll = (s: string): string => `"${[...s].map((ch) => [...ch].map((u) => `\\u${u.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')).join('')}"`;
const spellString = (s: string) => fc.constantFrom(JSON.stringify(s), JSON.stringify(s), escapeAll(s));

/** A JSON number spelling of `v` (several for each value). */
function spellings(v: number): string[] {
  if (Object.is(v, -0)) return ['-0', '-0.0', '-0e0', '-0E+2'];
  const s = JSON.stringify(v);
  const out = [s, v.toExponential(), v.toExponential().toUpperCase(), v.toPrecision(21).replace(/^(-?)\./, '$10.')];
  if (!s.includes('e') && !s.includes('.')) out.push(`${s}.0`, `${s}e0`);
  if (!s.includes('e') && s.includes('.')) out.push(`${s}000`, `${s}0e+0`);
  return out.filter((x) => /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/.test(x));
}

/** Any JSON number text: random digits, fraction and exponent. */
const randomNumber = fc
  .tuple(
    fc.constantFrom('', '', '-'),
    fc.stringMatching(/^(0|[1-9][0-9]{0,18})$/),
    fc.option(fc.stringMatching(/^[0-9]{1,24}$/)),
    fc.option(fc.tuple(fc.constantFrom('e', 'E', 'e+', 'e-', 'E-'), fc.stringMatching(/^[0-9]{1,3}$/))),
  )
  .map(([sign, int, frac, exp]) => `${sign}${int}${frac !== null ? `.${frac}` : ''}${exp !== null ? exp.join('') : ''}`);

/** A number in [0, 1] (mostly), spelled in one of JSON's ways. */
export const probabilityText = fc.oneof(
  { weight: 40, arbitrary: fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5, 0.731, 0.1, -0)).chain((v) => fc.constantFrom(...spellings(v))) },
  { weight: 4, arbitrary: randomNumber.filter((t) => Number(t) >= 0 && Number(t) <= 1) },
  { weight: 1, arbitrary: randomNumber },
  { weight: 1, arbitrary: fc.constantFrom('1.5', '-0.25', '2', '"0.5"', 'null', 'true', '[0.5]', '1e400', '0.5.5', '.5', '01', '1.', '-', '+1') },
);

const stringLabel = fc.constantFrom('a', 'b', 'spam', 'not spam', 'é', '😀', 'a"b', 'tab\there', '', '1', `x${BAD_BYTE}`).chain(spellString);
const numberLabel = fc.constantFrom(0, 1, 2, -0, 1.5).chain((v) => fc.constantFrom(...spellings(v)));
const badLabel = fc.constantFrom('null', 'true', 'false', '[1,2]', '["a", "b"]', '[]', '{}', '{"x":1}', '"a', "'a'", 'nul', 'tru');

/** Labels of one type (the other type rarely), or of both. */
export type LabelMix = 'string' | 'number' | 'mixed';

const labelText = (mix: LabelMix) =>
  fc.oneof(
    { weight: mix === 'number' ? 1 : 30, arbitrary: stringLabel },
    { weight: mix === 'string' ? 1 : 30, arbitrary: numberLabel },
    { weight: 1, arbitrary: badLabel },
  );

const probabilitiesText = fc.oneof(
  { weight: 20, arbitrary: fc.array(probabilityText, { minLength: 1, maxLength: 4 }).map((xs) => `[${xs.join(', ')}]`) },
  { weight: 1, arbitrary: fc.constantFrom('[]', '{"a":0.5,"b":0.5}', '{}', '[0.5,"x"]', '[0.5,]', '[ 0.5 , [0.5] ]', 'null', '0.5') },
);

const extraKey = fc.oneof(
  { weight: 15, arbitrary: fc.constantFrom('text', 'id', 'é', 'label ', 'Label', 'scor', '', `k${BAD_BYTE}`, 'score2', 'pp') },
  { weight: 1, arbitrary: fc.constantFrom('la\\u0062el', 'prediction\\n') },
);
const extraValue = fc.oneof(
  { weight: 8, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)) },
  { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }).map((s) => JSON.stringify(s)) },
  { weight: 2, arbitrary: fc.constantFrom(`"${BAD_BYTE}"`, '"\\u00e9\\n"', '1e5', '-0', '[[[[[]]]]]', '{"a":{"b":[1,{"c":null}]}}') },
  { weight: 1, arbitrary: fc.constantFrom(`"${BAD_BYTE}"`, '"\\x"', '"\\u12"', '"a\tb"', '[1,,2]', '{"a" 1}', 'NaN', '-Infinity', '[1 2]', '"\\ud800"', 'truee') },
);

/** Characters that turn a valid line into a near miss when put in or swapped in. */
const JSONISH = [';', ':', ',', '{', '}', '[', ']', '"', '\\', 'x', '0', '.', '-', 'e', '+', ' ', '\u0001', 'é'];

const whitespace = fc.constantFrom('', '', '', '', ' ', '  ', '\t', '\r', ' \t ');

// 3: present once; 0: missing; 1: then null again (missing); 2: null first, then the value.
const presence = fc.oneof({ weight: 40, arbitrary: fc.constant(3) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 2) });

/** One JSONL line (without line break) for `mapping`: usually a valid row, sometimes not. */
export function lineArb(mapping: Record<string, string>, mix: LabelMix): fc.Arbitrary<string> {
  const roles = Object.entries(mapping);
  const valueOf = (role: string) => (role === 'score' ? probabilityText : role === 'probabilities' ? probabilitiesText : labelText(mix));
  const mapped = roles.map(([role, key]) =>
    fc.tuple(fc.constant(JSON.stringify(key)), valueOf(role), fc.integer(), presence).map(([k, v, rank, drop]) => (drop === 0 ? [] : drop === 1 ? [[k, v, rank], [k, 'null', rank + 1]] : drop === 2 ? [[k, 'null', rank], [k, v, rank + 1]] : [[k, v, rank]]) as [string, string, number][]),
  );
  const extras = fc.array(fc.tuple(extraKey.map((k) => `"${k}"`), extraValue, fc.integer()), { maxLength: 3 });
  const object = fc
    .tuple(fc.tuple(...mapped), extras, fc.array(whitespace, { minLength: 64, maxLength: 64 }))
    .map(([m, x, ws]) => {
      const entries = [...m.flat(), ...x].sort((a, b) => a[2] - b[2]);
      let w = 0;
      const s = () => ws[w++ % ws.length];
      return `${s()}{${s()}${entries.map(([k, v]) => `${k}${s()}:${s()}${v}`).join(`${s()},${s()}`)}${s()}}${s()}`;
    });
  return fc.oneof(
    { weight: 40, arbitrary: object },
    { weight: 1, arbitrary: fc.tuple(object, fc.nat()).map(([l, k]) => l.slice(0, k % Math.max(1, l.length))) },
    { weight: 1, arbitrary: fc.tuple(object, fc.constantFrom('x', '}', ',', '1', ' ]', '{}', ' "a"')).map(([l, g]) => l + g) },
    { weight: 2, arbitrary: fc.tuple(object, fc.nat(), fc.constantFrom(...JSONISH), fc.boolean()).map(([l, k, ch, insert]) => ((k %= l.length + 1), l.slice(0, k) + ch + l.slice(insert ? k : k + 1))) },
    { weight: 1, arbitrary: fc.constantFrom('', '   ', '\t', '\r', '[1]', '"a"', '1', 'null', '\ufeff{}', '{"label":"a","label":tru}', '{"a":1}{"b":2}') },
  );
}

/** A whole file for `mapping`: lines, optional BOM, `\n` or `\r\n` endings, optional final break. */
export function fileArb(mapping: Record<string, string>): fc.Arbitrary<Buffer> {
  return fc
    .constantFrom<LabelMix>('string', 'string', 'number', 'mixed')
    .chain((mix) => fc.tuple(fc.array(fc.tuple(lineArb(mapping, mix), fc.constantFrom('\n', '\n', '\r\n')), { maxLength: 40 }), fc.boolean(), fc.nat(9)))
    .map(([lines, finalBreak, bom]) => {
      let text = lines.map(([l, nl], i) => (i === lines.length - 1 && !finalBreak ? l : l + nl)).join('');
      if (bom === 0) text = `\ufeff${text}`;
      return withBadBytes(Buffer.from(text, 'utf8'));
    });
}

/** Replaces every {@link BAD_BYTE} (UTF-8 EE 80 80) by the single byte 0xff. */
function withBadBytes(b: Buffer): Buffer {
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) {
    if (b[i] === 0xee && b[i + 1] === 0x80 && b[i + 2] === 0x80) {
      out.push(0xff);
      i += 2;
    } else out.push(b[i]);
  }
  return Buffer.from(out);
}
