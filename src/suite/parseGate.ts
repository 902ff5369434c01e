import type { GateOp } from '../contract/results.js';
/** Comparison operators a gate may use. */
export type { GateOp } from '../contract/results.js';

/** A parsed gate expression: `figure op threshold`. */
export interface GateExpression {
  /** The figure's path, e.g. `['f1', 'macro', 'ci_low']`. */
  figure: string[];
  op: GateOp;
  threshold: number;
}

const OPS: GateOp[] = ['>=', '<=', '==', '!=', '>', '<'];

/**
 * Parses `f1.macro >= 0.90`, `recall.spam > 0.8`, `recall["not spam"].ci_low >= 0.7`.
 * Segments are dot-separated names (letters, digits, `_`, `-`) or bracketed JSON strings for labels
 * with other characters; the threshold is a finite number (a trailing `%` divides it by 100).
 * Cost: linear. Example: `parseGate('mcc > 0.8')` → `{ ok: true, gate: { figure: ['mcc'], op: '>', threshold: 0.8 } }`.
 */
export function parseGate(text: string): { ok: true; gate: GateExpression } | { ok: false; message: string } {
  const src = text.trim();
  let opIndex = -1;
  let op: GateOp | undefined;
  for (let i = 0, inString = false; i < src.length; i++) {
    const ch = src[i];
    if (ch === '"' && src[i - 1] !== '\\') inString = !inString;
    if (inString) continue;
    const found = OPS.find((o) => src.startsWith(o, i));
    if (found) {
      opIndex = i;
      op = found;
      break;
    }
  }
  if (op === undefined) return { ok: false, message: `gate must read 'figure op number' with op one of ${OPS.join(' ')} (got ${JSON.stringify(text)})` };
  const left = src.slice(0, opIndex).trim();
  const right = src.slice(opIndex + op.length).trim();
  const figure = parseFigurePath(left);
  if (!figure.ok) return figure;
  const pct = right.endsWith('%');
  const numText = pct ? right.slice(0, -1).trim() : right;
  const threshold = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(numText) ? Number(numText) / (pct ? 100 : 1) : NaN;
  if (!Number.isFinite(threshold)) return { ok: false, message: `gate threshold must be a number (got ${JSON.stringify(right)})` };
  return { ok: true, gate: { figure: figure.path, op, threshold } };
}

/** Parses a figure path such as `f1.macro.ci_low` or `recall["not spam"]` into its segments. */
export function parseFigurePath(text: string): { ok: true; path: string[] } | { ok: false; message: string } {
  const path: string[] = [];
  let i = 0;
  const bad = (why: string) => ({ ok: false as const, message: `invalid figure ${JSON.stringify(text)}: ${why}` });
  if (text === '') return bad('it is empty');
  while (i < text.length) {
    if (text[i] === '[') {
      const end = findClosingQuote(text, i + 1);
      if (text[i + 1] !== '"' || end < 0 || text[end + 1] !== ']') return bad('a bracketed segment must be a quoted string, e.g. ["not spam"]');
      path.push(JSON.parse(text.slice(i + 1, end + 1)) as string);
      i = end + 2;
    } else {
      const m = /^[A-Za-z0-9_-]+/.exec(text.slice(i));
      if (!m) return bad(`unexpected ${JSON.stringify(text[i])} at position ${i + 1}`);
      path.push(m[0]);
      i += m[0].length;
    }
    if (i < text.length) {
      if (text[i] === '.') {
        i++;
        if (i >= text.length) return bad('it ends with a dot');
      } else if (text[i] !== '[') return bad(`unexpected ${JSON.stringify(text[i])} at position ${i + 1}`);
    }
  }
  return { ok: true, path };
}

/** Renders figure segments back to text: `['recall', 'not spam']` → `recall["not spam"]`. */
export function formatFigurePath(path: readonly (string | number)[]): string {
  return path
    .map((s, i) => {
      const seg = String(s);
      if (/^[A-Za-z0-9_-]+$/.test(seg)) return i === 0 ? seg : `.${seg}`;
      return `[${JSON.stringify(seg)}]`;
    })
    .join('');
}

function findClosingQuote(text: string, start: number): number {
  if (text[start] !== '"') return -1;
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"') return i;
  }
  return -1;
}
