const ROWS = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
// Row offsets of a QWERTY keyboard in quarter keys, so diagonal neighbours come out right.
const OFFSETS = [0, 2, 3, 5];

/** Each lowercase letter and digit → its neighbours on a QWERTY keyboard (same row and the rows above and below). */
export const QWERTY_NEIGHBOURS: ReadonlyMap<string, readonly string[]> = (() => {
  const pos = new Map<string, [number, number]>();
  ROWS.forEach((row, r) => [...row].forEach((ch, c) => pos.set(ch, [r, c * 4 + OFFSETS[r]])));
  const out = new Map<string, string[]>();
  for (const [ch, [r, x]] of pos) {
    const near: string[] = [];
    for (const [other, [r2, x2]] of pos) {
      // A letter's neighbours are letters: the digit row is not where a typo of a word lands.
      if (/[a-z]/.test(ch) && !/[a-z]/.test(other)) continue;
      if (other !== ch && Math.abs(r2 - r) <= 1 && Math.abs(x2 - x) <= (r2 === r ? 4 : 3)) near.push(other);
    }
    out.set(ch, near);
  }
  return out;
})();

/**
 * The QWERTY neighbours of a character with its case kept (`A` → `Q`, `W`, `S`, `Z`...); empty
 * for characters off the letter and digit keys.
 * @example keyboardNeighbours('a') // ['q', 'w', 's', 'z']
 */
export function keyboardNeighbours(ch: string): readonly string[] {
  const lower = ch.toLowerCase();
  const near = QWERTY_NEIGHBOURS.get(lower);
  if (!near) return [];
  return lower === ch ? near : near.map((c) => c.toUpperCase());
}
