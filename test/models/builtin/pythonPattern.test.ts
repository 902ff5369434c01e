import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePythonPattern } from '../../../src/models/builtin/pythonPattern.js';

// Fixtures: Python 3.11 re.findall / re.compile (scripts/fixtures/naive_bayes.py).
const fx = JSON.parse(readFileSync(new URL('../../fixtures/naive_bayes.json', import.meta.url), 'utf8'));

function findall(pattern: string, text: string): string[] {
  const { regex, groups } = compilePythonPattern(pattern);
  return [...text.matchAll(regex)].map((m) => (groups === 1 ? (m[1] ?? '') : m[0]));
}

describe('compilePythonPattern — re.findall parity', () => {
  type Case = { pattern: string; text: string; matches: string[] };
  it.each((fx.findall as Case[]).map((c) => [c.pattern, JSON.stringify(c.text), c] as [string, string, Case]))(
    '%s on %s',
    (_p, _t, c) => {
      expect(findall(c.pattern, c.text)).toEqual(c.matches);
    },
  );
});

describe('compilePythonPattern — errors', () => {
  type ErrCase = { pattern: string; pythonError: string | null };
  it.each((fx.patternErrors as ErrCase[]).filter((c) => c.pythonError !== null).map((c) => [c.pattern, c.pythonError] as [string, string]))(
    '%s fails as in Python: %s',
    (pattern, message) => {
      expect(() => compilePythonPattern(pattern)).toThrow(message);
    },
  );

  it.each([
    ['(?x)a b', 'flags (?x) are not supported'],
    ['(?L)a', 'flags (?L) are not supported'],
    ['(?>a)', 'unsupported group (?>a'],
    ['(?i:a)', 'unsupported group (?i:'],
    ['\\N{BULLET}', '\\N{...} is not supported at position 0'],
    ['[\\W]', '\\W inside a character class is not supported at position 1'],
    ['a**', 'cannot be used'],
    ['(a', 'cannot be used'],
  ])('%s, valid in Python, is rejected with a clear message', (pattern, message) => {
    expect(() => compilePythonPattern(pattern)).toThrow(message);
  });

  it('counts capturing groups (named ones included, non-capturing not)', () => {
    expect(compilePythonPattern('(?:a)(?=b)').groups).toBe(0);
    expect(compilePythonPattern('(?P<w>a)').groups).toBe(1);
    expect(compilePythonPattern('(a)(b)').groups).toBe(2);
    expect(compilePythonPattern('\\(a\\)[(]').groups).toBe(0);
  });

  it('the default pattern needs no JavaScript flag beyond g and u', () => {
    expect(compilePythonPattern('(?u)\\b\\w\\w+\\b').regex.flags).toBe('gu');
    expect(compilePythonPattern('(?i)a').regex.flags).toBe('giu');
  });
});
