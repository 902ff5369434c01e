/** The kinds of personal data and secrets {@link detectPii} looks for, in report order. */
export const PII_KINDS = [
  'email', 'phone', 'credit_card', 'iban', 'us_ssn', 'ipv4', 'ipv6',
  'aws_access_key', 'github_token', 'private_key', 'jwt',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** One validated finding: where it is (UTF-16 offsets, end exclusive) and a masked rendering; never the raw value. */
export interface PiiFinding {
  kind: PiiKind;
  start: number;
  end: number;
  masked: string;
}

/**
 * Masks a found value for display: its first two and last two characters around `***` (eight
 * characters or fewer: `***` alone), so a report shows what kind of thing leaked, not the thing.
 * Cost O(1). Never throws.
 * @example maskValue('jane.doe@example.com') // 'ja***om'
 */
export function maskValue(value: string): string {
  const chars = Array.from(value);
  if (chars.length <= 8) return '***';
  return `${chars.slice(0, 2).join('')}***${chars.slice(-2).join('')}`;
}
