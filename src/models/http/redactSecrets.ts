/** The shortest piece of a secret that is redacted wherever it appears (a whole secret is always redacted). */
export const SECRET_PIECE = 8;

/** What redaction puts in place of a secret or a piece of one. */
export const REDACTED = '***';

// The pieces of the last secret list seen: one model's secrets, asked for many times in a row.
let lastKey = '';
let lastPieces = new Set<string>();

/** Every SECRET_PIECE-character substring of the secrets (memoised for the last list). O(total length). */
function piecesOf(secrets: readonly string[]): Set<string> {
  const key = secrets.join('\u0000');
  if (key === lastKey) return lastPieces;
  const pieces = new Set<string>();
  for (const s of secrets) for (let i = 0; i + SECRET_PIECE <= s.length; i++) pieces.add(s.slice(i, i + SECRET_PIECE));
  lastKey = key;
  lastPieces = pieces;
  return pieces;
}

/**
 * Replaces every occurrence of each secret in `text` with `***` (longest first, so a secret
 * containing another is hidden whole), then every run of characters covered by a piece of 8 or
 * more characters of a secret: what is left of a key that a server, a cut or a log line shortened.
 * A run of overlapping pieces becomes one `***`. Empty secrets are ignored; a secret shorter than
 * 8 characters is redacted whole only. Cost O(length × secrets) for the whole secrets, then one
 * set lookup per character. Never throws.
 * Example: `redactSecrets('key sk-0123456789 and 01234567…', ['sk-0123456789'])` → `key *** and ***…`.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  const live = secrets.filter((s) => s !== '');
  if (live.length === 0 || text === '') return text;
  let out = text;
  for (const s of [...live].sort((a, b) => b.length - a.length)) if (out.includes(s)) out = out.split(s).join(REDACTED);
  if (out.length < SECRET_PIECE) return out;
  const pieces = piecesOf(live);
  if (pieces.size === 0) return out;
  let kept = '';
  let from = 0; // start of the text not yet copied
  let coveredTo = -1; // end of the current covered run
  for (let i = 0; i + SECRET_PIECE <= out.length; i++) {
    if (!pieces.has(out.slice(i, i + SECRET_PIECE))) continue;
    if (i > coveredTo) {
      kept += out.slice(from, i) + REDACTED;
    }
    coveredTo = i + SECRET_PIECE;
    from = coveredTo;
  }
  return from === 0 ? out : kept + out.slice(from);
}

/**
 * `text` for an error message: secrets redacted first (see {@link redactSecrets}), whitespace runs
 * collapsed, then cut to `max` characters with `…`, so that a key straddling the cut never
 * survives in part. O(length × secrets). Example: `redactedSnippet('a\n  b', 10, [])` → `a b`.
 */
export function redactedSnippet(text: string, max: number, secrets: readonly string[]): string {
  const flat = redactSecrets(redactSecrets(text, secrets).replace(/\s+/g, ' ').trim(), secrets);
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
