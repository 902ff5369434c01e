import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectPii } from '../../src/safety/detectPii.js';
import { luhnValid } from '../../src/safety/luhnValid.js';
import { usSsnValid } from '../../src/safety/usSsnValid.js';
import { maskValue } from '../../src/safety/piiFinding.js';
import { PII_PATTERNS } from '../../src/safety/piiPatterns.js';

const kinds = (t: string) => detectPii(t).map((f) => f.kind);

describe('detectPii', () => {
  it('finds each kind and confirms it with its validator', () => {
    expect(kinds('write to jane.doe@example.com today')).toEqual(['email']);
    expect(kinds('write to jane@example.notatld')).toEqual([]);
    expect(kinds('card 4111 1111 1111 1111 ok')).toEqual(['credit_card']);
    expect(kinds('card 4111 1111 1111 1112 ok')).toEqual([]);
    expect(kinds('IBAN DE89 3704 0044 0532 0130 00.')).toEqual(['iban']);
    expect(kinds('IBAN DE89 3704 0044 0532 0130 01.')).toEqual([]);
    expect(kinds('SSN 536-90-4399')).toEqual(['us_ssn']);
    expect(kinds('SSN 666-90-4399, 536-00-4399, 536-90-0000, 111-11-1111, 123-45-6789')).toEqual([]);
    expect(kinds('host 192.168.10.4.')).toEqual(['ipv4']);
    expect(kinds('host 256.1.1.1 and 1.2.3')).toEqual([]);
    expect(kinds('addr 2001:db8::8a2e:370:7334 and time 12:30:45')).toEqual(['ipv6']);
    // An IPv4-mapped address is one ipv6 finding over its whole span, not an ipv4 one inside it.
    expect(detectPii('addr ::ffff:192.168.1.1 ok').map((f) => [f.kind, f.start, f.end])).toEqual([['ipv6', 5, 23]]);
    // Scope operators in code are not addresses.
    expect(kinds('use std::map, Foo::Bar::baz() and self::Ab')).toEqual([]);
    expect(kinds('loopback ::1 and [fe80::1]:80')).toEqual(['ipv6', 'ipv6']);
    expect(kinds('key AKIAIOSFODNN7EXAMPLE')).toEqual(['aws_access_key']);
    expect(kinds(`token ghp_${'a1B2'.repeat(9)}`)).toEqual(['github_token']);
    expect(kinds('-----BEGIN RSA PRIVATE KEY-----\nMIIE...')).toEqual(['private_key']);
    const jwt = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(kinds(`bearer ${jwt}`)).toEqual(['jwt']);
  });

  it('finds phone numbers in E.164, North American and national formats', () => {
    expect(kinds('call +14155552671 now')).toEqual(['phone']);
    expect(kinds('call (415) 555-2671 now')).toEqual(['phone']);
    expect(kinds('ring +44 20 7946 0958 or 020 7946 0958')).toEqual(['phone', 'phone']);
    expect(kinds('ruf 030 901820 an, appelle 06 12 34 56 78')).toEqual(['phone', 'phone']);
    expect(kinds('order 12345 of 2024, id 4155552671')).toEqual([]);
  });

  it('reports spans and masked values, never the value itself', () => {
    const [f] = detectPii('mail jane.doe@example.com');
    expect(f).toEqual({ kind: 'email', start: 5, end: 25, masked: 'ja***om' });
    expect(maskValue('short')).toBe('***');
  });

  it('filters by kind', () => {
    expect(detectPii('jane@example.com 192.168.0.1', { kinds: ['ipv4'] }).map((f) => f.kind)).toEqual(['ipv4']);
  });

  it('scores empty, control-character and replacement-character text', () => {
    expect(detectPii('')).toEqual([]);
    expect(kinds('\u0000\u0007\ufffd jane@example.com\u0000')).toEqual(['email']);
    expect(kinds('\ud800 lone surrogate 4111111111111111')).toEqual(['credit_card']);
  });

  it('does not hang on adversarial 1 MB strings (a does-not-hang guard, not a benchmark)', () => {
    const mb = 1 << 20;
    for (const s of ['a'.repeat(mb), '1'.repeat(mb), '1 '.repeat(mb / 2), 'a@'.repeat(mb / 2), 'a.'.repeat(mb / 2), ':'.repeat(mb), 'eyJ'.repeat(mb / 3), '(1 '.repeat(mb / 3), 'DE89 '.repeat(mb / 5), '+1 '.repeat(mb / 3), '0'.repeat(mb), '020 7946 '.repeat(mb / 9)]) {
      const t = performance.now();
      detectPii(s);
      expect(performance.now() - t).toBeLessThan(5000);
    }
  }, 120_000);

  it('finds every one of 62,500 distinct phone numbers in 1 MB (its time is in bench/textScorers.js)', () => {
    const parts: string[] = [];
    for (let i = 0, len = 0; len < 1_000_000; i++) {
      const s = `+1 415-${200 + Math.floor(i / 10000)}-${String(i % 10000).padStart(4, '0')}`;
      parts.push(s);
      len += s.length + 1;
    }
    const found = detectPii(parts.join(' '));
    expect(found).toHaveLength(parts.length);
    expect(found.every((f) => f.kind === 'phone')).toBe(true);
  }, 60_000);

  it('claims spans as its plain definition does: a finding overlapping one of an earlier kind is dropped', () => {
    // The plain definition: every kind's validated matches in PII_PATTERNS' order, phone last, each
    // kept unless it overlaps a span kept before it.
    const plain = (text: string) => {
      const kept: { kind: string; start: number; end: number }[] = [];
      for (const kind of [...PII_PATTERNS.map((p) => p.kind), 'phone' as const]) {
        for (const f of detectPii(text, { kinds: [kind] })) if (!kept.some((c) => f.start < c.end && c.start < f.end)) kept.push(f);
      }
      return kept.sort((a, b) => a.start - b.start);
    };
    const piece = fc.constantFrom('4111 1111 1111 1111', '+1 415 555 2671', '(415) 555-2671', '536-90-4399', '192.168.1.1', '::ffff:192.168.1.1', 'jane@example.com',
      'DE89 3704 0044 0532 0130 00', '020 7946 0958', '4111111111111111', '1 ', ' ', '-', '.', ':', '@', 'a', '0', '+44 20 7946 0958');
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (ps) => {
      const text = ps.join('');
      expect(detectPii(text)).toEqual(plain(text));
    }), { numRuns: 300 });
  });
});

describe('validators', () => {
  it('Luhn accepts a number and rejects every single-digit change of it', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (pos, delta) => {
      const good = '4539578763621486';
      const d = (Number(good[pos]) + delta) % 10;
      return luhnValid(good) && !luhnValid(good.slice(0, pos) + d + good.slice(pos + 1));
    }));
    expect(luhnValid('')).toBe(false);
  });

  it('US SSN rules', () => {
    expect(usSsnValid('536904399')).toBe(true);
    for (const bad of ['000904399', '666904399', '936904399', '536004399', '536900000', '555555555', '078051120']) expect(usSsnValid(bad)).toBe(false);
  });
});
