import type { ErrorObject } from 'ajv';
import type { Problem } from '../problem.js';
import type { ParsedDocument } from './parseDocument.js';
import { hint } from './didYouMean.js';

/** Options of the model block itself, which users may write inside its http: or openai: block by mistake. */
const MODEL_OPTIONS = ['batch_size', 'concurrency', 'timeout_ms', 'retries', 'cache', 'max_error_rate'];
/** The schema's pattern of an environment variable name. */
const ENV_NAME = '^[A-Za-z_][A-Za-z0-9_]*$';

/**
 * Turns ajv's errors (validated with allErrors and verbose) into located Problems: unknown keys
 * with a "did you mean" hint at the key, missing keys at their object, enum/type/range errors at the
 * value with what was found. Errors implied by another (a union type's sub-branches) are dropped,
 * duplicates merged. Cost: linear in the number of errors.
 */
export function schemaProblems(errors: readonly ErrorObject[], doc: ParsedDocument, file: string): Problem[] {
  const out: Problem[] = [];
  const seen = new Set<string>();
  // An `if`/`then` error ("must match then schema") only repeats the errors found inside `then`.
  for (const e of withoutWrongBranches(errors.filter((x) => x.keyword !== 'if'))) {
    const path = pointerToPath(e.instancePath, doc.value);
    let problem: Omit<Problem, 'file' | 'line' | 'column'> & { atKey?: boolean };
    const got = describe(e.data);
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        const props = Object.keys((e.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const allowed = props.filter((p) => p !== '$schema');
        const block = path[path.length - 1];
        const misplaced = (block === 'http' || block === 'openai') && MODEL_OPTIONS.includes(key) && !allowed.includes(key);
        problem = {
          code: 'unknown-key',
          path: [...path, key],
          atKey: true,
          message: misplaced
            ? `unknown key '${key}': ${key} is a model option, written beside '${block}:' (one level up), not inside it`
            : `unknown key '${key}'${hint(key, allowed)}; expected one of: ${allowed.join(', ')}`,
        };
        break;
      }
      case 'required': {
        const key = String((e.params as { missingProperty: string }).missingProperty);
        problem = { code: 'missing-key', path, message: `missing required key '${key}'` };
        break;
      }
      case 'enum': {
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        const h = typeof e.data === 'string' ? hint(e.data, allowed.filter((a): a is string => typeof a === 'string')) : '';
        problem = { code: 'schema', path, message: `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')} (got ${got})${h}` };
        break;
      }
      case 'type': {
        const t = (e.params as { type: string | string[] }).type;
        const types = Array.isArray(t) ? t : String(t).split(',');
        problem = { code: 'schema', path, message: `must be ${types.map(article).join(' or ')} (got ${got})` };
        break;
      }
      case 'minProperties':
      case 'maxProperties':
        problem = {
          code: 'schema',
          path,
          message:
            e.parentSchema && (e.parentSchema as { description?: string }).description?.startsWith('One check')
              ? `a check must have exactly one key, its kind (got ${Object.keys(e.data as object).length}: ${Object.keys(e.data as object).join(', ') || 'none'})`
              : `${e.message} (got ${Object.keys(e.data as object).length})`,
        };
        break;
      case 'pattern':
        problem = {
          code: 'schema',
          path,
          message: (e.params as { pattern: string }).pattern === ENV_NAME ? `must be an environment variable name: letters, digits and _, not starting with a digit (got ${got})` : `${e.message ?? 'is invalid'} (got ${got})`,
        };
        break;
      default:
        problem = { code: 'schema', path, message: `${e.message ?? 'is invalid'} (got ${got})` };
    }
    const pos = doc.locate(problem.path, { key: problem.atKey });
    const key = `${problem.path.join('\u0000')}|${problem.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ code: problem.code, file, line: pos.line, column: pos.column, path: problem.path, message: problem.message });
  }
  return out.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

/**
 * Where a value may take one of several shapes (oneOf / anyOf), ajv reports every branch's
 * complaint: the wrong-shape branches' type errors (and an enum's, for an object), and the oneOf
 * itself. Those are dropped whenever a more telling error remains at or below the same value.
 */
function withoutWrongBranches(errors: readonly ErrorObject[]): ErrorObject[] {
  const unions = new Set(errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath));
  const telling = (e: ErrorObject) =>
    !(unions.has(e.instancePath) && (e.keyword === 'type' || e.keyword === 'oneOf' || e.keyword === 'anyOf' || (e.keyword === 'enum' && typeof e.data === 'object' && e.data !== null)));
  return errors.filter((e) => telling(e) || !errors.some((o) => o !== e && telling(o) && (o.instancePath === e.instancePath || o.instancePath.startsWith(`${e.instancePath}/`))));
}

function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let node = root;
  for (const raw of pointer.slice(1).split('/')) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    const s: string | number = Array.isArray(node) && /^\d+$/.test(seg) ? Number(seg) : seg;
    path.push(s);
    node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[seg] : undefined;
  }
  return path;
}

function article(t: string): string {
  return t === 'array' || t === 'object' || t === 'integer' ? `an ${t}` : `a ${t}`;
}

function describe(v: unknown): string {
  if (Array.isArray(v)) return 'an array';
  if (v === null) return 'null';
  if (typeof v === 'object') return 'an object';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
