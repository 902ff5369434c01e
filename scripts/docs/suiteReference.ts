import { readFileSync } from 'node:fs';
import { DOCS_COMMAND } from './figureReference.js';

/** A JSON Schema node as schemas/suite.schema.json writes them (the keywords the reference reads). */
type Node = { [key: string]: unknown } & {
  $ref?: string; type?: string | string[]; description?: string; enum?: unknown[]; const?: unknown; default?: unknown;
  properties?: Record<string, Node | boolean>; additionalProperties?: Node | boolean; items?: Node; required?: string[];
  oneOf?: (Node | boolean)[]; allOf?: { if?: Node; then?: Node }[];
};

/** One field of a suite file. */
export interface SuiteField {
  path: string;
  type: string;
  default: string;
  allowed: string;
  description: string;
}

/** Reads schemas/suite.schema.json (the file the package ships). */
export function readSuiteSchema(path = 'schemas/suite.schema.json'): Node {
  return JSON.parse(readFileSync(path, 'utf8')) as Node;
}

const isNode = (n: unknown): n is Node => typeof n === 'object' && n !== null;
const code = (v: unknown) => `\`${typeof v === 'string' ? v : JSON.stringify(v)}\``;

/**
 * Every field of a suite file, depth first in the schema's order: a `$ref` is inlined where it is
 * first met and named by that first path afterwards ("as `model`"); array items add `[]` to the
 * path, free-form keys `.KEY`; conditional properties (`if`/`then`) say their condition.
 */
export function suiteFields(schema: Node): SuiteField[] {
  const defs = (schema.$defs ?? {}) as Record<string, Node>;
  const firstSeen = new Map<string, string>();
  const out: SuiteField[] = [];

  const resolve = (n: Node): Node => {
    if (!n.$ref) return n;
    const { $ref, ...rest } = n;
    const target = defs[$ref.replace('#/$defs/', '')];
    if (!target) throw new Error(`schema: unknown $ref ${$ref}`);
    return { ...resolve(target), ...rest };
  };
  const structural = (n: Node): boolean => {
    const r = resolve(n);
    return r.properties !== undefined || (r.oneOf ?? []).some((a) => isNode(a) && structural(a)) || (isNode(r.items) && structural(r.items));
  };

  const typeOf = (n: Node): string => {
    const r = resolve(n);
    if (r.oneOf && r.oneOf.some((a) => isNode(a) && (a.type !== undefined || a.$ref !== undefined || a.enum !== undefined))) {
      return [...new Set(r.oneOf.filter(isNode).map(typeOf))].join(' or ');
    }
    if (r.enum) return [...new Set(r.enum.map((v) => (v === null ? 'null' : typeof v)))].join(' or ');
    if (r.const !== undefined) return typeof r.const;
    const types = Array.isArray(r.type) ? r.type : r.type ? [r.type] : [];
    return types.map((t) => (t === 'array' && isNode(r.items) ? `array of ${typeOf(r.items)}` : t)).join(' or ') || 'any';
  };

  /** `oneOf` alternatives that each only require one key: "exactly one of …". */
  const oneRequired = (r: Node): string => {
    const alts = (r.oneOf ?? []).filter(isNode).filter((a) => a.type === undefined && a.$ref === undefined && a.required?.length === 1);
    return alts.length > 0 && alts.length === (r.oneOf ?? []).length ? `exactly one of ${alts.map((a) => code(a.required![0])).join(', ')}` : '';
  };

  const allowedOf = (n: Node): string => {
    const r = resolve(n);
    const parts: string[] = [];
    if (r.enum) parts.push(r.enum.map(code).join(', '));
    if (r.const !== undefined) parts.push(code(r.const));
    const bound = (k: string, op: string) => (typeof r[k] === 'number' ? parts.push(`${op} ${r[k] as number}`) : 0);
    bound('minimum', '≥'); bound('exclusiveMinimum', '>'); bound('maximum', '≤'); bound('exclusiveMaximum', '<');
    bound('minItems', 'items ≥'); bound('maxItems', 'items ≤'); bound('minLength', 'length ≥'); bound('maxLength', 'length ≤');
    if (typeof r.pattern === 'string') parts.push(`matches \`${r.pattern}\``);
    if (r.uniqueItems === true) parts.push('no repeats');
    const one = oneRequired(r);
    if (one) parts.push(one);
    if (isNode(r.items)) {
      const inner = structural(r.items) ? oneRequired(resolve(r.items)) : allowedOf(r.items);
      if (inner) parts.push(`each: ${inner}`);
    }
    return parts.join('; ');
  };

  const defaultOf = (r: Node): string => {
    if (r.default !== undefined) return code(r.default);
    const d = r.description ?? '';
    const m = /\bDefault(?: is)?:?\s+(.+?)(?<!\bal)\.(?:\s|$)/.exec(d) ?? /\(default:? ([^()]+)\)/.exec(d) ?? /(\w+) \(default\)/.exec(d);
    return m ? m[1].split(';')[0] : '';
  };

  const visit = (n: Node, path: string, required: boolean, note = ''): void => {
    const ref = n.$ref;
    const r = resolve(n);
    const desc = [note, required ? '**Required.**' : '', r.description ?? ''].filter(Boolean).join(' ');
    if (ref && structural(n) && firstSeen.has(ref)) {
      out.push({ path, type: typeOf(n), default: defaultOf(r), allowed: '', description: `${desc} As \`${firstSeen.get(ref)}\`.`.trim() });
      return;
    }
    if (ref && structural(n)) firstSeen.set(ref, path);
    out.push({ path, type: typeOf(n), default: defaultOf(r), allowed: allowedOf(n), description: desc });
    children(r, path);
  };

  const children = (r: Node, path: string): void => {
    for (const [key, child] of Object.entries(r.properties ?? {})) if (isNode(child)) visit(child, `${path}${path ? '.' : ''}${key}`, (r.required ?? []).includes(key));
    if (isNode(r.additionalProperties) && Object.keys(r.additionalProperties).length > 0) visit(r.additionalProperties, `${path}.KEY`, false);
    if (isNode(r.items) && structural(r.items)) {
      const ref = r.items.$ref;
      if (ref && firstSeen.has(ref)) return void (out[out.length - 1].description = `${out[out.length - 1].description} Items as \`${firstSeen.get(ref)}\`.`.trim());
      if (ref) firstSeen.set(ref, `${path}[]`);
      children(resolve(r.items), `${path}[]`);
    }
    for (const alt of r.oneOf ?? []) if (isNode(alt) && structural(alt)) children(resolve(alt), path);
    for (const branch of r.allOf ?? []) {
      const cond = Object.entries(branch.if?.properties ?? {}).map(([k, v]) => `${k}: ${isNode(v) ? String(v.const) : ''}`).join(', ');
      for (const [key, child] of Object.entries(branch.then?.properties ?? {})) {
        if (isNode(child)) visit(child, `${path}.${key}`, false, `(when ${cond})`);
      }
    }
  };

  children(schema, '');
  return out;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/reference/suite.md: every field of a suite file, from the schema. Deterministic. */
export function suiteReference(schema: Node = readSuiteSchema()): string {
  const fields = suiteFields(schema);
  const dependent = Object.entries((schema.dependentRequired ?? {}) as Record<string, string[]>).map(([k, v]) => `\`${k}\` needs ${v.map((x) => `\`${x}\``).join(', ')}`);
  const out = [
    '# Suite file reference',
    '',
    `<!-- Generated by \`${DOCS_COMMAND}\` from schemas/suite.schema.json. Do not edit by hand. -->`,
    '',
    `${schema.description ?? ''}`.trim(),
    '',
    'Every field of a suite file, in the order of the schema (`evalgate schema` prints it; an editor reads it',
    'through the `# yaml-language-server: $schema=...` first line). `[]` marks the items of a list, `KEY` a',
    'key of your choosing. A check is a one-key mapping: `checks[].metrics` is the `metrics:` item of `checks`.',
    ...(dependent.length > 0 ? ['', `Top level: ${dependent.join('; ')}.`] : []),
    '',
    '| field | type | default | allowed | description |',
    '|---|---|---|---|---|',
    ...fields.map((f) => `| \`${f.path}\` | ${cell(f.type)} | ${cell(f.default)} | ${cell(f.allowed)} | ${cell(f.description)} |`),
    '',
  ];
  return out.join('\n');
}
