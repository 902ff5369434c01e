/** Python's `\w`, `\d`, `\s` for str patterns (Unicode 14: \w = letters, numbers, underscore). */
const UNI = { w: '\\p{L}\\p{N}_', d: '\\p{Nd}', s: '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000' };
/** The same under Python's ASCII flag `(?a)`. */
const ASCII = { w: 'A-Za-z0-9_', d: '0-9', s: '\\t-\\r ' };
const SYNTAX = new Set('^$\\.*+?()[]{}|/-');
const SIMPLE: Record<string, string> = { a: '\\x07', f: '\\f', n: '\\n', r: '\\r', t: '\\t', v: '\\v' };
const HEX: Record<string, number> = { x: 2, u: 4, U: 8 };

/** A Python token pattern compiled for JavaScript: `regex` has flags `gu` (plus `i` for `(?i)`). */
export interface CompiledPattern {
  regex: RegExp;
  /** Number of capturing groups (scikit-learn's `findall` returns group 1 when there is one). */
  groups: number;
}

/**
 * Translates a Python `re` pattern (the syntax of scikit-learn's `token_pattern`) to an equivalent
 * JavaScript RegExp with the `u` flag: `\w \W \d \D \s \S` get Python's Unicode sets (letters,
 * numbers and `_`; decimal digits; `str.isspace()`), `\b \B` become look-arounds on that `\w`,
 * `\A \Z`, `^ $ .` keep Python's meaning (`$` also before a final newline, `.` excludes only `\n`),
 * `(?P<n>…)`/`(?P=n)` become named groups, `{,n}` becomes `{0,n}`, a `{` or `]` that is not syntax
 * stays literal, and leading global flags `(?aimsu)` are honoured. Known differences: `(?i)` is
 * JavaScript's simple case folding (Python also matches İ/ı with i/I), and after an empty match
 * the search resumes one code point later (Python may find a non-empty match at the same place).
 * Cost O(pattern length). Throws a plain Error for what JavaScript cannot express (`(?x)`, `(?L)`,
 * scoped flags, atomic groups, conditionals, `\N{…}`, `\W \D \S` inside a class), for Python's
 * "bad escape", and when the translated pattern does not compile.
 * @example compilePythonPattern('(?u)\\b\\w\\w+\\b').groups // 0
 */
export function compilePythonPattern(pattern: string): CompiledPattern {
  let flags = '';
  let i = 0;
  const lead = /^\(\?([aiLmsux]+)\)/;
  for (let m = lead.exec(pattern); m !== null; m = lead.exec(pattern.slice(i))) {
    flags += m[1];
    i += m[0].length;
  }
  if (/[xL]/.test(flags)) throw new Error(`token pattern flags (?${flags}) are not supported (only a, i, m, s, u)`);
  const sets = flags.includes('a') ? ASCII : UNI;
  const multiline = flags.includes('m');
  const dotAll = flags.includes('s');
  const W = `[${sets.w}]`;
  const NW = `[^${sets.w}]`;
  const outsideClass: Record<string, string> = {
    w: W, W: NW, d: `[${sets.d}]`, D: `[^${sets.d}]`, s: `[${sets.s}]`, S: `[^${sets.s}]`,
    b: `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`, B: `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`,
    A: '(?<![\\s\\S])', Z: '(?![\\s\\S])',
  };
  let out = '';
  let inClass = false;
  let classOpen = -1;
  let classStart = -1;
  const fail = (what: string, at = i): never => {
    throw new Error(`token pattern ${JSON.stringify(pattern)}: ${what} at position ${at}`);
  };
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '\\') {
      const e = pattern[i + 1];
      if (e === undefined) fail('bad escape (end of pattern)');
      let rep: string;
      let len = 2;
      if (HEX[e] !== undefined) {
        const hex = pattern.slice(i + 2, i + 2 + HEX[e]);
        if (!new RegExp(`^[0-9a-fA-F]{${HEX[e]}}$`).test(hex)) fail(`incomplete escape \\${e}${hex}`);
        rep = `\\u{${hex}}`;
        len += HEX[e];
      } else if (e === '0' || /^[0-7]{3}$/.test(pattern.slice(i + 1, i + 4))) {
        const oct = /^[0-7]{1,3}/.exec(pattern.slice(i + 1))![0];
        rep = `\\u{${parseInt(oct, 8).toString(16)}}`;
        len = 1 + oct.length;
      } else if (/[1-9]/.test(e)) {
        const ref = /^[0-9]{1,2}/.exec(pattern.slice(i + 1))![0];
        if (inClass) fail(`bad escape \\${ref}`);
        rep = `\\${ref}(?:)`;
        len = 1 + ref.length;
      } else if (SIMPLE[e] !== undefined) rep = SIMPLE[e];
      else if (inClass && 'wds'.includes(e)) rep = sets[e as 'w' | 'd' | 's'];
      else if (inClass && 'WDS'.includes(e)) rep = fail(`\\${e} inside a character class is not supported`);
      else if (inClass && e === 'b') rep = '\\x08';
      else if (!inClass && outsideClass[e] !== undefined) rep = outsideClass[e];
      else if (e === 'N') rep = fail('\\N{...} is not supported');
      else if (/[A-Za-z0-9]/.test(e)) rep = fail(`bad escape \\${e}`);
      else rep = SYNTAX.has(e) && (inClass || e !== '-') ? `\\${e}` : e;
      out += rep;
      i += len;
      continue;
    }
    if (inClass) {
      if (c === ']' && i !== classStart) inClass = false;
      out += c === '[' || (c === ']' && inClass) ? `\\${c}` : c;
      i++;
      continue;
    }
    if (c === '[') {
      inClass = true;
      classOpen = i;
      classStart = pattern[i + 1] === '^' ? i + 2 : i + 1;
      out += pattern[i + 1] === '^' ? '[^' : '[';
      i = classStart;
      continue;
    }
    if (c === '(' && pattern[i + 1] === '?') {
      const rest = pattern.slice(i + 2);
      const named = /^P<([A-Za-z_]\w*)>/.exec(rest);
      const backref = /^P=([A-Za-z_]\w*)\)/.exec(rest);
      if (named) { out += `(?<${named[1]}>`; i += 2 + named[0].length; continue; }
      if (backref) { out += `\\k<${backref[1]}>`; i += 2 + backref[0].length; continue; }
      if (rest.startsWith('#')) {
        const end = pattern.indexOf(')', i);
        if (end < 0) fail('missing ), unterminated comment');
        i = end + 1;
        continue;
      }
      if (!/^(?::|=|!|<=|<!)/.test(rest)) fail(`unsupported group (?${rest.slice(0, 2)}`);
      out += '(?';
      i += 2;
      continue;
    }
    if (c === '{') {
      const q = /^\{(\d*)(,(\d*))?\}/.exec(pattern.slice(i));
      if (q && pattern[i + 1] !== '}') {
        out += q[2] === undefined ? `{${q[1]}}` : `{${q[1] || '0'},${q[3]}}`;
        i += q[0].length;
        continue;
      }
      out += '\\{';
    } else if (c === '}' || c === ']') out += `\\${c}`;
    else if (c === '.') out += dotAll ? '[\\s\\S]' : '[^\\n]';
    else if (c === '^') out += multiline ? '(?<![^\\n])' : '(?<![\\s\\S])';
    else if (c === '$') out += multiline ? '(?=\\n|(?![\\s\\S]))' : '(?=\\n?(?![\\s\\S]))';
    else out += c;
    i++;
  }
  if (inClass) fail('unterminated character set', classOpen);
  const jsFlags = flags.includes('i') ? 'giu' : 'gu';
  let regex: RegExp;
  try {
    regex = new RegExp(out, jsFlags);
  } catch (e) {
    throw new Error(`token pattern ${JSON.stringify(pattern)} cannot be used: ${(e as Error).message}`);
  }
  const groups = (new RegExp(`${out}|`, jsFlags).exec('') as RegExpExecArray).length - 1;
  return { regex, groups };
}
