import { InvalidInputError, type Problem } from '../../problem.js';

const REFERENCE = /\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Header values with `${VAR}` references filled in, and the values that were filled in. */
export interface ResolvedHeaders {
  headers: Record<string, string>;
  /** The non-empty values of the environment variables used: what redaction must hide. */
  secrets: string[];
}

/**
 * The environment variables a value refers to as `${NAME}` (NAME: letters, digits, `_`, not
 * starting with a digit), in order of appearance, without repeats. Cost O(length).
 * Example: `envReferences('Bearer ${KEY} ${KEY}')` → `['KEY']`.
 */
export function envReferences(value: string): string[] {
  return [...new Set([...value.matchAll(REFERENCE)].map((m) => m[1]))];
}

/**
 * Fills `${NAME}` references in header values from `env` (normally `process.env`). A variable
 * that is unset, or a value that may not go in an HTTP header (control characters), is a
 * configuration error: throws `InvalidInputError` (code `missing-env`, `bad-header`) listing every
 * such header by name and the variable by name, never a value. Cost O(total length).
 * Example: `resolveHeaders({ A: 'Bearer ${K}' }, { K: 's3' })` → `{ headers: { A: 'Bearer s3' }, secrets: ['s3'] }`.
 */
export function resolveHeaders(headers: Record<string, string>, env: NodeJS.ProcessEnv): ResolvedHeaders {
  const problems: Problem[] = [];
  const out: Record<string, string> = {};
  const secrets = new Set<string>();
  for (const [name, template] of Object.entries(headers)) {
    let missing = false;
    const value = template.replace(REFERENCE, (_, v: string) => {
      const got = env[v];
      if (got === undefined) {
        problems.push({ code: 'missing-env', path: ['headers', name], message: `environment variable ${v} is not set` });
        missing = true;
        return '';
      }
      if (got !== '') secrets.add(got);
      return got;
    });
    if (missing) continue;
    if (/[^\t\x20-\x7e\x80-\xff]/.test(value)) {
      const vars = envReferences(template).join(', ');
      const from = vars === '' ? '' : ` (from ${vars})`;
      problems.push({ code: 'bad-header', path: ['headers', name], message: `value has characters not allowed in an HTTP header${from}` });
      continue;
    }
    out[name] = value;
  }
  if (problems.length > 0) throw new InvalidInputError(problems);
  return { headers: out, secrets: [...secrets] };
}

export { redactSecrets } from './redactSecrets.js';
