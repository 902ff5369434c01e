import { isValidIBAN } from 'ibantools';
import ipaddr from 'ipaddr.js';
import { parse as parseDomain } from 'tldts';
import { luhnValid } from './luhnValid.js';
import type { PiiKind } from './piiFinding.js';
import { usSsnValid } from './usSsnValid.js';

/** A pattern that proposes candidates and a validator that confirms them (Presidio's recognizer shape). */
export interface PiiPattern {
  kind: Exclude<PiiKind, 'phone'>;
  /** Global; every pattern opens with a negative lookbehind so a long run is entered once, and its quantifiers are bounded or over a class its delimiter is not in (linear time). */
  pattern: RegExp;
  validate: (match: string) => boolean;
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/**
 * The regular-expression recognizers of {@link detectPii}, one per kind (phone numbers use
 * libphonenumber instead): email (pattern + a domain under a public suffix of the ICANN list, as
 * Presidio checks with tldextract), credit card (13–19 digits + Luhn + a card-network first digit),
 * IBAN (pattern + mod-97 + the country's length, by ibantools), US SSN ({@link usSsnValid}), IPv4,
 * IPv6 (by ipaddr.js), AWS access key ids, GitHub tokens, PEM private-key blocks and JWTs.
 */
export const PII_PATTERNS: readonly PiiPattern[] = [
  {
    kind: 'email',
    pattern: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@(?:[A-Za-z0-9-]{1,63}\.){1,8}[A-Za-z]{2,63}(?![A-Za-z0-9-])/g,
    validate: (m) => {
      const [local, domain] = m.split('@');
      if (local.startsWith('.') || local.endsWith('.') || local.includes('..')) return false;
      const d = parseDomain(domain);
      return d.isIcann === true && d.domain !== null;
    },
  },
  {
    kind: 'credit_card',
    pattern: /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])/g,
    validate: (m) => {
      const d = digitsOf(m);
      return d.length >= 13 && d.length <= 19 && /^[2-6]/.test(d) && !/^(\d)\1+$/.test(d) && luhnValid(d);
    },
  },
  {
    kind: 'iban',
    pattern: /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])/g,
    validate: (m) => isValidIBAN(m.replace(/ /g, '')),
  },
  {
    kind: 'us_ssn',
    pattern: /(?<![\d-])\d{3}([- ]?)\d{2}\1\d{4}(?![\d-])/g,
    validate: (m) => usSsnValid(digitsOf(m)),
  },
  {
    // Before ipv4, so that an IPv4-mapped address (::ffff:192.0.2.1) is one ipv6 finding. Not
    // inside a word: `std::map` and `Foo::Bar` are code, not addresses.
    kind: 'ipv6',
    pattern: new RegExp(`(?<![0-9A-Za-z_:.])(?:(?:[0-9A-Fa-f]{0,4}:){2,6}(?:${OCTET}\\.){3}${OCTET}|(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4})(?![0-9A-Za-z_:]|\\.\\d)`, 'g'),
    validate: (m) => /[0-9A-Fa-f]/.test(m) && ipaddr.IPv6.isValid(m),
  },
  {
    kind: 'ipv4',
    pattern: new RegExp(`(?<![\\d.])(?:${OCTET}\\.){3}${OCTET}(?!\\d|\\.\\d)`, 'g'),
    validate: () => true,
  },
  {
    kind: 'aws_access_key',
    pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    validate: () => true,
  },
  {
    kind: 'github_token',
    pattern: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{82})(?![A-Za-z0-9_])/g,
    validate: () => true,
  },
  {
    kind: 'private_key',
    pattern: /-----BEGIN (?:[A-Z0-9]{1,16} ){0,3}PRIVATE KEY-----/g,
    validate: () => true,
  },
  {
    kind: 'jwt',
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{8,}(?![A-Za-z0-9_-])/g,
    validate: (m) => {
      try {
        const header = JSON.parse(Buffer.from(m.slice(0, m.indexOf('.')), 'base64url').toString('utf8')) as unknown;
        return typeof header === 'object' && header !== null && 'alg' in header;
      } catch {
        return false;
      }
    },
  },
];
