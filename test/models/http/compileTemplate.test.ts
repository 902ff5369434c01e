import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate, jsonLiteral } from '../../../src/models/http/compileTemplate.js';

const HOSTILE = [
  'say "hi"', 'back\\slash\\', 'line\nbreak\r\ttab', '</script><script>alert(1)</script>', 'é 中文 😀 \u2028\u2029',
  '", "injected": true, "x": "', '\\", "injected": 1, "y": "\\', '{{input}}', '\u0000\u001f', '\ud800 lone surrogate',
];

/** Strings of any code points, lone surrogates and JSON/HTML-significant characters. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('"', '\\', '\n', '\r', '\t', '\u0000', '<', '>', '&', '/', '{', '}', '\u2028', '\u2029', '😀'),
      fc.integer({ min: 0, max: 0x10ffff }).map((cp) => String.fromCodePoint(cp)),
      fc.integer({ min: 0xd800, max: 0xdfff }).map((cu) => String.fromCharCode(cu)),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('compileTemplate (escape: json)', () => {
  const body = compileTemplate('{"text": "{{input}}", "raw": {{json input}}, "n": {{json n}}}', { escape: 'json' });

  it('keeps hostile strings inside their JSON string, both as {{x}} and {{json x}}', () => {
    for (const input of HOSTILE) {
      const out = body({ input, n: 3 });
      const parsed = JSON.parse(out) as Record<string, unknown>;
      expect(Object.keys(parsed)).toEqual(['text', 'raw', 'n']);
      expect(parsed.text).toBe(input);
      expect(parsed.raw).toBe(input);
      expect(out).not.toMatch(/<\/script/i);
    }
  });

  it('round-trips any string through "{{input}}" (property)', () => {
    fc.assert(
      fc.property(anyText, (input) => {
        const parsed = JSON.parse(body({ input, n: 1 })) as { text: string; raw: string };
        expect(parsed.text).toBe(input);
        expect(parsed.raw).toBe(input);
      }),
    );
  });

  it('writes numbers, booleans, null and objects sensibly', () => {
    const t = compileTemplate('["{{a}}", "{{b}}", "{{c}}", "{{d}}", {{json d}}, {{json u}}]', { escape: 'json' });
    expect(JSON.parse(t({ a: 1.5, b: false, c: null, d: { k: '"' } }))).toEqual(['1.5', 'false', '', '{"k":"\\""}', { k: '"' }, null]);
  });

  it('escapes inside blocks and helper calls too', () => {
    const t = compileTemplate('[{{#each inputs}}"{{this}}"{{#unless @last}},{{/unless}}{{/each}}, "{{lookup o "k"}}"]', { escape: 'json' });
    expect(JSON.parse(t({ inputs: ['a"', 'b\\'], o: { k: '"}' } }))).toEqual(['a"', 'b\\', '"}']);
  });

  it('reads a brace right after a mustache as JSON text, not as a triple-stash close', () => {
    expect(compileTemplate('{"input": {{json input}}}', { escape: 'json' })({ input: 'x' })).toBe('{"input": "x"}');
    expect(compileTemplate('{"a": {"b": "{{input}}"}}', { escape: 'json' })({ input: 'x' })).toBe('{"a": {"b": "x"}}');
    expect(compileTemplate('{"a": {{{v}}}}', { escape: 'json' })({ v: '1' })).toBe('{"a": 1}');
  });

  it('leaves triple-stash raw (the author chose it)', () => {
    expect(compileTemplate('{"x": {{{v}}}}', { escape: 'json' })({ v: '[1]' })).toBe('{"x": [1]}');
  });

  it('reports syntax errors and unknown helpers when compiled', () => {
    expect(() => compileTemplate('{{#if}}', { escape: 'json' })).toThrow('Parse error');
    expect(() => compileTemplate('{{shout input}}', { escape: 'json' })).toThrow('unknown helper shout');
    expect(() => compileTemplate('{{json}}', { escape: 'json' })({})).toThrow('the json helper takes one value');
  });
});

describe('compileTemplate (escape: none)', () => {
  it('writes values as they are', () => {
    expect(compileTemplate('Classify: {{input}}', { escape: 'none' })({ input: '<b>"x" & y</b>' })).toBe('Classify: <b>"x" & y</b>');
  });
});

describe('jsonLiteral', () => {
  it('escapes HTML-significant and line-separator characters', () => {
    expect(jsonLiteral('a"</b>&\u2028')).toBe('"a\\"\\u003c/b\\u003e\\u0026\\u2028"');
    expect(jsonLiteral(undefined)).toBe('null');
    expect(JSON.parse(jsonLiteral({ s: '<>' }))).toEqual({ s: '<>' });
  });
});
