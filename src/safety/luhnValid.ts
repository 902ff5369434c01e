/**
 * The Luhn (mod 10) checksum of a digit string, as payment card numbers carry it (ISO/IEC 7812-1).
 * Cost O(length). Returns false for an empty string or any non-digit.
 * @example luhnValid('4111111111111111') // true
 */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}
