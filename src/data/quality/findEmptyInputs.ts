import type { Example } from '../example.js';
import { lineOrder } from './inputGroups.js';
import { qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link findEmptyInputs}. */
export interface EmptyInputsOptions {
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/**
 * Why an input is empty: `missing` (absent or null), `empty` (`""`, `[]` or `{}`), or `blank`
 * (only whitespace and invisible format characters such as U+200B zero-width space).
 */
export type EmptyReason = 'missing' | 'empty' | 'blank';

/** One example with an empty input. */
export interface EmptyInputFinding extends QualityFinding {
  reason: EmptyReason;
}

/** `count`: examples with an empty input; `total`: all examples; `missing`: those with no input at all. */
export type EmptyInputsResult = QualityResult<'empty_inputs', EmptyInputFinding, { missing: number }>;

const BLANK = /^[\s\p{Cf}]*$/u;

/** The reason `input` is empty, or undefined when it is not. O(length). */
export function emptyReason(input: unknown): EmptyReason | undefined {
  if (input === undefined || input === null) return 'missing';
  if (typeof input === 'string') return input.length === 0 ? 'empty' : BLANK.test(input) ? 'blank' : undefined;
  if (Array.isArray(input)) return input.length === 0 ? 'empty' : undefined;
  if (typeof input === 'object') return Object.keys(input).length === 0 ? 'empty' : undefined;
  return undefined;
}

/**
 * Empty inputs: missing, empty (`""`, `[]`, `{}`) or made only of whitespace (JavaScript `\s`)
 * and Unicode format characters (`\p{Cf}`: zero-width space, joiners, BOM, soft hyphen). One
 * finding per example, by line. Cost O(total input length). Throws when `maxFindings` is invalid.
 * @example findEmptyInputs([{ id: 'a', line: 1, input: ' \u200b ' }]).findings // [{ ids: ['a'], lines: [1], reason: 'blank' }]
 */
export function findEmptyInputs(examples: readonly Example[], options: EmptyInputsOptions = {}): EmptyInputsResult {
  const order = lineOrder(examples);
  const findings: EmptyInputFinding[] = [];
  let missing = 0;
  for (let o = 0; o < order.length; o++) {
    const e = examples[order[o]];
    const reason = emptyReason(e.input);
    if (reason === undefined) continue;
    if (reason === 'missing') missing++;
    findings.push({ ids: [e.id], lines: [e.line], reason });
  }
  return qualityResult('empty_inputs', examples.length, findings.length, { missing }, findings, options.maxFindings, []);
}
