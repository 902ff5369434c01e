/**
 * A place in a text where one edit can be made: the span `[start, end)` of the text (empty for an
 * insertion) and the strings that may replace it. A perturbation finds its sites; an edit script
 * picks some of them and an option for each.
 */
export interface Site {
  start: number;
  end: number;
  options: readonly string[];
}

/** One edit as the search draws it: the index of a site and the index of one of its options (taken modulo their count). */
export type Edit = readonly [site: number, option: number];

/**
 * An edit as applied to the text: the span it replaced, what was there and what is there now.
 * `start`/`end` count UTF-16 code units (JavaScript string indices: `text.slice(start, end)`);
 * `start_cp`/`end_cp` count Unicode code points (Python's `text[start_cp:end_cp]`, Rust's
 * `chars()`): after "😍😍 gre" `start` is 8 and `start_cp` 6. Both index the original text.
 */
export interface AppliedEdit {
  start: number;
  end: number;
  from: string;
  to: string;
  start_cp: number;
  end_cp: number;
}

/** A named text perturbation: where it can edit a text, and how. Pure and deterministic. */
export interface Perturbation {
  /** The name figures use (`robustness.NAME.failure_rate`). */
  readonly name: string;
  /** The kind it was made from (`typo`, `homoglyph`...), the same as `name` unless renamed. */
  readonly kind: string;
  /** One line for `evalgate perturb` and the report. */
  readonly description: string;
  /** Its sites in `text`, in ascending order of `start`. */
  sites(text: string): Site[];
}

/** Word lists some perturbations need; loaded by the caller (src/run), so this layer stays pure. */
export interface Lexicons {
  femaleNames: readonly string[];
  maleNames: readonly string[];
  /** Location names by kind (`country`, `us-state`, `capital`): a location is swapped within its kind. */
  locations: Readonly<Record<string, readonly string[]>>;
  /** Correct word (lowercase) → common misspellings of it. */
  misspellings: ReadonlyMap<string, readonly string[]>;
  /** Contraction (lowercase, with its apostrophe) → its expansions. */
  contractions: ReadonlyMap<string, readonly string[]>;
  /** A character → characters that look like it. */
  homoglyphs: ReadonlyMap<string, readonly string[]>;
}
