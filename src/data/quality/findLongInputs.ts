import type { Example } from '../example.js';
import { inputText } from './inputText.js';
import { lineOrder } from './inputGroups.js';
import { isWhitespace } from './isWhitespace.js';
import { checkCount, qualityResult, type QualityFinding, type QualityResult } from './qualityResult.js';

/** Options of {@link findLongInputs}. */
export interface LongInputsOptions {
  /** An input longer than this many characters (Unicode code points) is over-long. Default 10,000. */
  maxChars?: number;
  /** An input with more than this many whitespace-separated tokens is over-long. Default 2,048. */
  maxTokens?: number;
  /** Most findings listed (default 1000); the figures count all of them. */
  maxFindings?: number;
}

/** One over-long example with its length in code points and in whitespace tokens. */
export interface LongInputFinding extends QualityFinding {
  chars: number;
  tokens: number;
}

/**
 * `count`: over-long inputs; `total`: examples with an input; `max_chars` / `max_tokens`: the
 * longest input seen (0 when there is none).
 */
export type LongInputsResult = QualityResult<'long_inputs', LongInputFinding, { max_chars: number; max_tokens: number }>;

/**
 * Code points and whitespace-separated tokens of a text (`text.split(/\s+/)` without empty
 * pieces), in one pass. Throws nothing.
 * @example textLength('héllo  wörld 😀') // { chars: 14, tokens: 3 }
 */
export function textLength(text: string): { chars: number; tokens: number } {
  let chars = 0;
  let tokens = 0;
  let inToken = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c < 0xe000 && i > 0) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p < 0xdc00) continue; // second half of a surrogate pair
    }
    chars++;
    if (isWhitespace(c)) inToken = false;
    else if (!inToken) {
      inToken = true;
      tokens++;
    }
  }
  return { chars, tokens };
}

/**
 * Over-long inputs: more than `maxChars` code points or more than `maxTokens` whitespace tokens,
 * measured on the raw input (a non-string on its canonical JSON). Missing inputs are skipped.
 * One finding per example, by line. Cost O(total input length). Throws when a limit is not a
 * non-negative integer or Infinity.
 * @example findLongInputs([{ id: 'a', line: 1, input: 'a b c' }], { maxTokens: 2 }).count // 1
 */
export function findLongInputs(examples: readonly Example[], options: LongInputsOptions = {}): LongInputsResult {
  const maxChars = checkCount(options.maxChars, 'maxChars', 10_000);
  const maxTokens = checkCount(options.maxTokens, 'maxTokens', 2_048);
  const order = lineOrder(examples);
  const findings: LongInputFinding[] = [];
  let total = 0;
  let longestChars = 0;
  let longestTokens = 0;
  for (let o = 0; o < order.length; o++) {
    const e = examples[order[o]];
    const text = inputText(e.input);
    if (text === undefined) continue;
    total++;
    const { chars, tokens } = textLength(text);
    if (chars > longestChars) longestChars = chars;
    if (tokens > longestTokens) longestTokens = tokens;
    if (chars > maxChars || tokens > maxTokens) findings.push({ ids: [e.id], lines: [e.line], chars, tokens });
  }
  const figures = { max_chars: longestChars, max_tokens: longestTokens };
  return qualityResult('long_inputs', total, findings.length, figures, findings, options.maxFindings, []);
}
