import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets, redactedSnippet, SECRET_PIECE } from '../../../src/models/http/redactSecrets.js';
import { redactAnswer } from '../../../src/models/http/redactAnswer.js';
import { snippet } from '../../../src/models/http/sendWithRetries.js';

const SECRET = 'sk-live-Q7wyZ44ZnbnP0aXc9RtL2mVb8KdE3fGh';

/** Every SECRET_PIECE-character piece of `secret` found in `text`. */
const leaks = (text: string, secret: string): string[] => {
  const out: string[] = [];
  for (let i = 0; i + SECRET_PIECE <= secret.length; i++) if (text.includes(secret.slice(i, i + SECRET_PIECE))) out.push(secret.slice(i, i + SECRET_PIECE));
  return out;
};

describe('redactSecrets', () => {
  it('hides whole secrets and any piece of 8 or more characters, a run of pieces as one ***', () => {
    expect(redactSecrets(`key ${SECRET} end`, [SECRET])).toBe('key *** end');
    expect(redactSecrets(`cut ${SECRET.slice(0, 10)}`, [SECRET])).toBe('cut ***');
    expect(redactSecrets(`cut ${SECRET.slice(25, 33)}!`, [SECRET])).toBe('cut ***!');
    expect(redactSecrets(`short ${SECRET.slice(0, 7)}`, [SECRET])).toBe(`short ${SECRET.slice(0, 7)}`);
    expect(redactSecrets('nothing here', [SECRET])).toBe('nothing here');
    expect(redactSecrets('a', [''])).toBe('a');
  });

  it('property: no 8-character piece of a secret survives, whatever surrounds it', () => {
    const alnum = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789-_'), minLength: 8, maxLength: 60 });
    fc.assert(fc.property(alnum, fc.string(), fc.string(), fc.nat(), fc.nat(), (secret, a, b, x, y) => {
      const i = x % secret.length;
      const j = Math.min(secret.length, i + SECRET_PIECE + (y % secret.length));
      const text = `${a}${secret.slice(i, j)}${b}${secret}${a}`;
      expect(leaks(redactSecrets(text, [secret]), secret)).toEqual([]);
    }));
  });

  it('property: a snippet cut anywhere around a secret keeps no piece of it', () => {
    fc.assert(fc.property(fc.nat(120), fc.integer({ min: 1, max: 200 }), (pad, max) => {
      const body = `${'x'.repeat(pad)}${SECRET}${'.'.repeat(30)}`;
      expect(leaks(redactedSnippet(body, max, [SECRET]), SECRET)).toEqual([]);
      expect(leaks(snippet(body, max, [SECRET]), SECRET)).toEqual([]);
    }));
  });
});

describe('redactAnswer', () => {
  it('redacts the text, labels and probability labels of an answer and marks it', () => {
    expect(redactAnswer({ text: `echo ${SECRET}`, latencyMs: 1 }, [SECRET])).toEqual({ text: 'echo ***', latencyMs: 1, redacted: true });
    expect(redactAnswer({ label: [SECRET.slice(3, 15), 'ok'] }, [SECRET])).toEqual({ label: ['***', 'ok'], redacted: true });
    expect(redactAnswer({ label: 'spam', probabilities: { [SECRET]: 0.4, spam: 0.6 } }, [SECRET])).toEqual({ label: 'spam', probabilities: { '***': 0.4, spam: 0.6 }, redacted: true });
    const clean = { label: 'spam', text: 'fine', score: 0.5 };
    expect(redactAnswer(clean, [SECRET])).toBe(clean);
  });
});
