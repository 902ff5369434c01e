import type { CountryCode } from 'libphonenumber-js/max';
import { DEFAULT_PHONE_REGIONS, findPhoneNumbers } from './findPhoneNumbers.js';
import { maskValue, PII_KINDS, type PiiFinding, type PiiKind } from './piiFinding.js';
import { PII_PATTERNS } from './piiPatterns.js';

/** The order kinds claim spans in: PII_PATTERNS' order (ipv6 before ipv4, for IPv4-mapped addresses), phone numbers last. */
const PRIORITY: readonly PiiKind[] = [...PII_PATTERNS.map((p) => p.kind), 'phone'];

/** Options of {@link detectPii}. */
export interface DetectPiiOptions {
  /** The kinds to look for (default: all of PII_KINDS). */
  kinds?: readonly PiiKind[];
  /** Regions for national phone formats (default: DEFAULT_PHONE_REGIONS). */
  phoneRegions?: readonly CountryCode[];
}

/**
 * Personal data and secrets in a model output, each candidate confirmed by its validator (see
 * PII_PATTERNS and findPhoneNumbers), reported with a masked value only. A span claimed by a
 * kind checked earlier (PII_PATTERNS' order) is not reported again; phone numbers are checked last (a card number or an
 * SSN is not also a phone number). Linear in the text (every pattern is; tested on adversarial 1 MB strings)
 * and in the findings. Cost O(length · kinds). Never throws: any string, control characters and U+FFFD included.
 * @example detectPii('mail jane.doe@example.com').map((f) => f.kind) // ['email']
 */
export function detectPii(text: string, options: DetectPiiOptions = {}): PiiFinding[] {
  const kinds = new Set(options.kinds ?? PII_KINDS);
  // The spans claimed by the kinds checked so far: disjoint (an overlapping one is never kept), so
  // sorted by start they are sorted by end too. A kind's candidates come in ascending order
  // (matchAll), so one cursor walks the claimed spans per kind: O(candidates + claimed) per kind,
  // where checking every claimed span for every candidate was quadratic in the findings.
  let claimed: PiiFinding[] = [];
  for (const kind of PRIORITY) {
    if (!kinds.has(kind)) continue;
    const mine: PiiFinding[] = [];
    let j = 0;
    const add = (start: number, end: number) => {
      while (j < claimed.length && claimed[j].end <= start) j++;
      if (j < claimed.length && claimed[j].start < end) return; // overlaps an earlier kind's span
      const last = mine[mine.length - 1];
      if (last !== undefined && start < last.end) return; // overlaps this kind's previous one
      mine.push({ kind, start, end, masked: maskValue(text.slice(start, end)) });
    };
    if (kind === 'phone') {
      for (const s of findPhoneNumbers(text, options.phoneRegions ?? DEFAULT_PHONE_REGIONS)) add(s.start, s.end);
    } else {
      const p = PII_PATTERNS.find((x) => x.kind === kind)!;
      for (const m of text.matchAll(p.pattern)) if (p.validate(m[0])) add(m.index, m.index + m[0].length);
    }
    claimed = mergeByStart(claimed, mine);
  }
  return claimed;
}

/** Two lists of spans, each sorted by start, merged into one sorted by start. Cost O(a + b). */
function mergeByStart(a: PiiFinding[], b: PiiFinding[]): PiiFinding[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: PiiFinding[] = new Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i].start <= b[j].start ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
