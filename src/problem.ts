/**
 * Problems are data: every invalid suite, data row or argument becomes a `Problem`
 * with a stable `code`, a location (file, 1-based line and column) and a path of segments.
 * Rendered once by {@link formatProblem}, e.g.
 * `suites/spam.yaml:14:5 checks[2].folds: must be >= 2 (got 1)`.
 */
export interface Problem {
  /** Stable machine-readable code, e.g. `schema`, `unknown-key`, `bad-row`, `missing-file`. */
  code: string;
  /** File the problem is in, as the user named it (relative paths stay relative). */
  file?: string;
  /** 1-based line number. */
  line?: number;
  /** 1-based column number. */
  column?: number;
  /** Path to the offending value, e.g. `['checks', 2, 'folds']` or `['label']` for a data field. */
  path: (string | number)[];
  message: string;
}

/** Renders a path as `checks[2].folds`; an empty path renders as an empty string. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^-{0,2}[A-Za-z_$][\w$-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Renders `file:line:column path: message`, leaving out the parts that are unknown. */
export function formatProblem(p: Problem): string {
  let loc = p.file ?? '';
  if (p.file !== undefined && p.line !== undefined) {
    loc += `:${p.line}`;
    if (p.column !== undefined) loc += `:${p.column}`;
  }
  const path = formatPath(p.path);
  const head = [loc, path].filter((s) => s !== '').join(' ');
  return head === '' ? p.message : `${head}: ${p.message}`;
}

/**
 * The few error classes evalgate throws. Each carries a stable `code` and the exit code
 * the CLI uses: 2 for invalid input (suite, data, arguments), 3 when a run cannot complete.
 */
export class EvalgateError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly exitCode: number,
    readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** Invalid suite, data or arguments: exit code 2. `problems` lists every problem found. */
export class InvalidInputError extends EvalgateError {
  constructor(problems: Problem[], message?: string) {
    super(message ?? problems.map(formatProblem).join('\n'), 'invalid-input', 2, problems);
  }
}

/** The run could not complete (model unreachable after retries, output not writable): exit 3. */
export class RunError extends EvalgateError {
  constructor(message: string, code = 'run-failed') {
    super(message, code, 3);
  }
}
