import Handlebars from 'handlebars';

/** A compiled template: renders a context to a string (throws only on a helper's error). */
export type RenderFn = (context: Record<string, unknown>) => string;

type Node = { type: string; [key: string]: unknown };
type AnyNode = hbs.AST.Node & Node;

const ESCAPE_HELPER = '__evalgateJsonEscape';
const UNSAFE = /[<>&\u2028\u2029]/g;
const unicodeEscape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * The JSON text of a value, safe to paste anywhere in a JSON document or an HTML page:
 * `undefined` → `null`, and `<`, `>`, `&`, U+2028, U+2029 written as `\uXXXX` escapes.
 * Cost O(size of the value). Example: `jsonLiteral('a"</b>')` → `"a\"\u003c/b\u003e"`.
 */
export function jsonLiteral(value: unknown): string {
  const text = JSON.stringify(value) ?? 'null';
  return text.replace(UNSAFE, unicodeEscape);
}

/**
 * The escaping a plain `{{x}}` gets in a JSON body: the contents of a JSON string (no quotes)
 * for strings; numbers and booleans as written; objects and arrays as the escaped JSON text;
 * `null`/`undefined` as nothing (as Handlebars does). Output of `{{json x}}` passes unchanged.
 * Example: `jsonStringContent('say "hi"\n')` → `say \"hi\"\n` (backslashes literal).
 */
export function jsonStringContent(value: unknown): string {
  if (value instanceof Handlebars.SafeString) return value.toHTML();
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  return jsonLiteral(text).slice(1, -1);
}

/** The helpers every body template can call. */
function environment(): typeof Handlebars {
  const env = Handlebars.create();
  env.registerHelper('json', (...args: unknown[]) => {
    if (args.length !== 2) throw new Error('the json helper takes one value, e.g. {{json input}}');
    return new env.SafeString(jsonLiteral(args[0]));
  });
  env.registerHelper(ESCAPE_HELPER, (value: unknown) => jsonStringContent(value));
  return env;
}

const ENV = environment();
const KNOWN_HELPERS = { json: true, [ESCAPE_HELPER]: true } as const;

/**
 * Compiles a Handlebars template. With `escape: 'json'` (request bodies) every plain `{{x}}`
 * is JSON-string-escaped instead of HTML-escaped, so no input can break out of a JSON string
 * (`"text": "{{input}}"` is safe); `{{json x}}` writes a JSON literal (`"text": {{json input}}`),
 * and a `}` right after a mustache (`{{json x}}}`) is text, not part of the closing token;
 * `{{{x}}}` stays raw, by the author's explicit choice. With `escape: 'none'` (prompts) nothing
 * is escaped. Helpers: `json` and Handlebars' built-ins (`each`, `if`, `lookup`…); any other
 * helper is a compile error. Cost: one parse and compile here; rendering O(output).
 * Throws a plain `Error` with Handlebars' message for a syntax error or an unknown helper.
 * Example: `compileTemplate('{"t":"{{input}}"}', { escape: 'json' })({ input: 'a"b' })` → `{"t":"a\"b"}`.
 */
export function compileTemplate(source: string, options: { escape: 'json' | 'none' }): RenderFn {
  if (typeof source !== 'string') throw new Error('a template must be a string');
  const compileOptions = { noEscape: true, knownHelpers: KNOWN_HELPERS, knownHelpersOnly: true } as const;
  const build = (): hbs.AST.Program => {
    const ast = ENV.parse(options.escape === 'json' ? separateClosingBraces(source) : source);
    if (options.escape === 'json') rewriteEscaped(ast as unknown as AnyNode);
    return ast;
  };
  ENV.precompile(build(), compileOptions); // surfaces compile errors now, not at the first input
  const template = ENV.compile(build(), compileOptions);
  return (context) => template(context); // prototype properties stay out of reach (Handlebars' default)
}

/**
 * In JSON, `{"input": {{json input}}}` ends with `}}` + `}`, which Handlebars would read as the
 * close of a triple-stash; a `{{!}}` comment after every mustache followed by `}` keeps the brace
 * as text (likewise after `{{{…}}}`). Raw blocks `{{{{raw}}}}` are left as they are.
 */
function separateClosingBraces(src: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    const open = src.indexOf('{{', i);
    if (open < 0) break;
    const token = src.startsWith('{{{{', open) ? '}}}}' : src.startsWith('{{{', open) ? '}}}' : '}}';
    const close = src.indexOf(token, open + token.length);
    if (close < 0) break;
    const end = close + token.length;
    out += src.slice(i, end);
    if (token !== '}}}}' && src[end] === '}') out += '{{!}}';
    i = end;
  }
  return out + src.slice(i);
}

/** Wraps every HTML-escaped mustache `{{…}}` in the JSON-escaping helper, at every depth. */
function rewriteEscaped(node: AnyNode | undefined | null): void {
  if (node === undefined || node === null) return;
  if (node.type === 'Program') {
    for (const statement of node.body as AnyNode[]) rewriteEscaped(statement);
  } else if (node.type === 'BlockStatement' || node.type === 'DecoratorBlock') {
    rewriteEscaped(node.program as AnyNode);
    rewriteEscaped(node.inverse as AnyNode);
  } else if (node.type === 'MustacheStatement' && node.escaped === true) {
    wrap(node as unknown as hbs.AST.MustacheStatement);
  }
}

function wrap(m: hbs.AST.MustacheStatement): void {
  const path = m.path;
  const bare = m.params.length === 0 && (m.hash === undefined || m.hash.pairs.length === 0);
  const isHelper = path.type === 'PathExpression' && (path as hbs.AST.PathExpression).parts.length === 1 &&
    !(path as hbs.AST.PathExpression).data && Object.hasOwn(ENV.helpers, (path as hbs.AST.PathExpression).original);
  let inner: hbs.AST.Expression;
  if (bare && !isHelper) inner = path;
  else {
    const sub: hbs.AST.SubExpression = { type: 'SubExpression', path: path as hbs.AST.PathExpression, params: m.params, hash: m.hash, loc: m.loc };
    inner = sub;
  }
  const helper: hbs.AST.PathExpression = { type: 'PathExpression', data: false, depth: 0, parts: [ESCAPE_HELPER], original: ESCAPE_HELPER, loc: m.loc };
  m.path = helper;
  m.params = [inner];
  m.hash = undefined as unknown as hbs.AST.Hash;
  m.escaped = false;
}
