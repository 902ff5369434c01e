/**
 * Whether nine digits can be a US Social Security number, by the rules Presidio's recognizer
 * applies: no area 000, 666 or 900-999, no group 00, no serial 0000, not all one digit, and not the
 * published example numbers 078-05-1120 and 123-45-6789. Cost O(1).
 * @example usSsnValid('536904399') // true
 */
export function usSsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const area = digits.slice(0, 3);
  if (area === '000' || area === '666' || area[0] === '9') return false;
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false;
  if (/^(\d)\1{8}$/.test(digits)) return false;
  return digits !== '078051120' && digits !== '123456789';
}
