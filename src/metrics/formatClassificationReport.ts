import { pyFixed, pyFloatRepr } from './pyFormat.js';

/** One line of a classification report. */
export interface ClassificationReportRow {
  /** The target name, or `micro avg` / `macro avg` / `weighted avg` / `samples avg`. */
  name: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const HEADERS = ['precision', 'recall', 'f1-score', 'support'];

/** Python's length of a string (code points), which `str.format` pads by. */
function width(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function right(s: string, w: number): string {
  const len = width(s);
  return len >= w ? s : ' '.repeat(w - len) + s;
}

/** How sklearn prints a support: numpy ints as integers, float (weighted) supports as `repr(float)`. */
export function formatSupport(v: number, weighted: boolean): string {
  return weighted ? pyFloatRepr(v) : String(v);
}

/**
 * sklearn's `classification_report` text, character for character: a header, one row per label,
 * a blank line, then the accuracy row (if any) and the average rows; columns 9 wide, names right
 * aligned to max(longest name, len('weighted avg'), digits). O(rows).
 */
export function formatClassificationReport(
  labelRows: readonly ClassificationReportRow[],
  avgRows: readonly ClassificationReportRow[],
  accuracy: { value: number; support: number } | undefined,
  names: readonly string[],
  digits: number,
  weighted: boolean,
): string {
  const w = Math.max(...names.map(width), 'weighted avg'.length, digits);
  let out = right('', w) + ' ' + HEADERS.map((h) => ' ' + right(h, 9)).join('') + '\n\n';
  const line = (r: ClassificationReportRow): string =>
    right(r.name, w) +
    ' ' +
    [r.precision, r.recall, r.f1].map((v) => ' ' + right(pyFixed(v, digits), 9)).join('') +
    ' ' +
    right(formatSupport(r.support, weighted), 9) +
    '\n';
  for (const r of labelRows) out += line(r);
  out += '\n';
  if (accuracy !== undefined) {
    out +=
      right('accuracy', w) +
      ' ' +
      ' ' + right('', 9) +
      ' ' + right('', 9) +
      ' ' + right(pyFixed(accuracy.value, digits), 9) +
      ' ' + right(formatSupport(accuracy.support, weighted), 9) +
      '\n';
  }
  for (const r of avgRows) out += line(r);
  return out;
}
