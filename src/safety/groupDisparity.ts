/** How far apart the groups are on one figure. */
export interface Disparity {
  /** Largest minus smallest group value (fairlearn's `difference`, method 'between_groups'). */
  gap: number;
  /** Smallest over largest (fairlearn's `ratio`); 1 when every value is 0; NaN without two groups. */
  ratio: number;
  /** The groups holding the smallest and largest values. */
  min: string;
  max: string;
}

/**
 * The disparity of a per-group figure: its gap (max − min) and ratio (min / max) over the groups
 * whose value is defined (NaN values are left out, as groups without the rows the figure needs).
 * With the selection rate this is the demographic parity difference and ratio; with the true
 * positive rate, the equal opportunity difference. Fewer than two defined groups give NaN.
 * Cost O(groups). Never throws.
 * @example groupDisparity({ a: 0.5, b: 0.25 }) // { gap: 0.25, ratio: 0.5, min: 'b', max: 'a' }
 */
export function groupDisparity(values: Readonly<Record<string, number>>): Disparity {
  const defined = Object.entries(values).filter(([, v]) => !Number.isNaN(v));
  if (defined.length < 2) return { gap: NaN, ratio: NaN, min: defined[0]?.[0] ?? '', max: defined[0]?.[0] ?? '' };
  let [min, max] = [defined[0], defined[0]];
  for (const e of defined) {
    if (e[1] < min[1]) min = e;
    if (e[1] > max[1]) max = e;
  }
  return { gap: max[1] - min[1], ratio: max[1] === 0 ? 1 : min[1] / max[1], min: min[0], max: max[0] };
}
