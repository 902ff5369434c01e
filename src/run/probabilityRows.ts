import type { Label } from '../metrics/types.js';
import { InvalidInputError } from '../problem.js';

/**
 * Turns each example's probabilities (an array in class order, or an object keyed by label) into
 * an array in `classes` order. A row of the wrong length, or an object missing a class, is a data
 * error naming the file, line and field. O(n·K).
 */
export function probabilityRows(
  rows: readonly (number[] | Record<string, number>)[],
  classes: readonly Label[],
  lines: ArrayLike<number>,
  file: string,
  field: string,
  classesInferred: boolean,
): number[][] {
  const keys = classes.map(String);
  return rows.map((row, i) => {
    if (Array.isArray(row)) {
      if (row.length !== classes.length) {
        const hint = classesInferred ? ` (the classes are the sorted labels ${keys.join(', ')}; set data.classes to name the columns)` : ' (data.classes)';
        throw new InvalidInputError([{ code: 'bad-row', file, line: lines[i], path: [field], message: `has ${row.length} probabilities but there are ${classes.length} classes${hint}` }]);
      }
      return row;
    }
    return keys.map((k) => {
      const v = row[k];
      if (v === undefined) throw new InvalidInputError([{ code: 'bad-row', file, line: lines[i], path: [field, k], message: `has no probability for class ${JSON.stringify(k)}` }]);
      return v;
    });
  });
}
