import { describe, expect, it } from 'vitest';
import { envReferences, redactSecrets, resolveHeaders } from '../../../src/models/http/envTemplate.js';
import { InvalidInputError } from '../../../src/problem.js';

describe('resolveHeaders', () => {
  it('fills ${VAR} references and lists the values used', () => {
    const r = resolveHeaders({ Authorization: 'Bearer ${KEY}', 'X-Both': '${A}-${B}', Plain: 'v' }, { KEY: 'sk-1', A: 'a', B: '' });
    expect(r.headers).toEqual({ Authorization: 'Bearer sk-1', 'X-Both': 'a-', Plain: 'v' });
    expect(r.secrets.sort()).toEqual(['a', 'sk-1']);
  });

  it('names every missing variable and header, never a value', () => {
    let err: unknown;
    try {
      resolveHeaders({ A: 'Bearer ${MISSING_ONE}', B: '${SET} ${MISSING_TWO}' }, { SET: 'secret-value' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InvalidInputError);
    const e = err as InvalidInputError;
    expect(e.message).toBe('headers.A: environment variable MISSING_ONE is not set\nheaders.B: environment variable MISSING_TWO is not set');
    expect(e.problems.map((p) => p.code)).toEqual(['missing-env', 'missing-env']);
    expect(e.message).not.toContain('secret-value');
  });

  it('rejects values a header cannot carry, without echoing them', () => {
    expect(() => resolveHeaders({ A: '${K}' }, { K: 'line\nbreak' })).toThrow('headers.A: value has characters not allowed in an HTTP header (from K)');
  });

  it('leaves text that is not a reference alone', () => {
    expect(resolveHeaders({ A: '$KEY ${1X} ${}' }, {}).headers.A).toBe('$KEY ${1X} ${}');
    expect(envReferences('${A}${B}${A}')).toEqual(['A', 'B']);
  });
});

describe('redactSecrets', () => {
  it('replaces every occurrence, longest first', () => {
    expect(redactSecrets('k=abc, again abc; abcdef', ['abc', 'abcdef'])).toBe('k=***, again ***; ***');
    expect(redactSecrets('nothing here', [])).toBe('nothing here');
    expect(redactSecrets('a.b', ['.'])).toBe('a***b');
  });
});
