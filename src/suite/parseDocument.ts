import { LineCounter, parseDocument as parseYaml, isMap, isSeq, isScalar, visit, type Node } from 'yaml';
import type { Problem } from '../problem.js';

/** Where a value sits in its source file (1-based). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A parsed suite file: its plain value and a way to find where any path of it was written. */
export interface ParsedDocument {
  value: unknown;
  /**
   * The position of the value at `path`, or of its nearest existing ancestor. With `key: true` the
   * position of the key naming that value (useful for unknown keys).
   */
  locate(path: readonly (string | number)[], opts?: { key?: boolean }): SourcePosition;
}

/**
 * Parses YAML or JSON text (JSON is read by the same YAML 1.2 parser, so both get source positions).
 * Returns every syntax error as a Problem with code `syntax`; duplicate keys are syntax errors too.
 * A parser limit (aliases that expand too far, nesting too deep) is a Problem with code
 * `parser-limit` at the line it was met (the first alias for an alias bomb), never a throw.
 * Cost: linear in the text. Example: `parseSuiteText('a: 1', 'x.yaml')` → `{ ok: true, doc }`.
 */
export function parseSuiteText(
  text: string,
  file: string,
): { ok: true; doc: ParsedDocument } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const limit = (line: number, column: number, message: string) => ({ ok: false as const, problems: [{ code: 'parser-limit', file, line, column, path: [], message }] });
  let document: ReturnType<typeof parseYaml>;
  try {
    document = parseYaml(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  } catch (e) {
    return limit(1, 1, `the YAML parser gave up: ${tooDeep(e) ?? firstLine((e as Error).message)}`);
  }
  const errors = document.errors;
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return { code: /call stack/.test(e.message) ? 'parser-limit' : 'syntax', file, line: pos.line, column: pos.col, path: [], message: tooDeep(e) ?? firstLine(e.message) };
      }),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) as unknown;
  } catch (e) {
    // yaml throws (rather than reports) when aliases expand too far: a "billion laughs" bomb.
    let first: Node | undefined;
    visit(document, { Alias: (_, node) => ((first = node), visit.BREAK) });
    const p = lineCounter.linePos(first?.range?.[0] ?? 0);
    const why = /alias count/i.test((e as Error).message)
      ? `aliases (*name) here expand to more copies of their anchors than the limit of ${MAX_ALIAS_COUNT} (a "billion laughs" expansion?): write the values out`
      : `the YAML parser gave up: ${tooDeep(e) ?? firstLine((e as Error).message)}`;
    return limit(p.line, p.col, why);
  }
  const at = (offset: number): SourcePosition => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  return {
    ok: true,
    doc: {
      value,
      locate(path, opts = {}) {
        let node: unknown = document.contents;
        let keyNode: Node | undefined;
        for (const seg of path) {
          let next: unknown;
          let nextKey: Node | undefined;
          if (isMap(node)) {
            const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === String(seg));
            next = pair?.value;
            nextKey = pair?.key as Node | undefined;
            if (pair && next === null) next = pair.key; // `key:` with no value: point at the key
          } else if (isSeq(node) && typeof seg === 'number') {
            next = node.items[seg];
          }
          if (next === undefined || next === null) break;
          node = next;
          keyNode = nextKey;
        }
        const target = opts.key && keyNode ? keyNode : (node as Node | null);
        const range = target?.range;
        return range ? at(range[0]) : { line: 1, column: 1 };
      },
    },
  };
}

/** How many alias expansions a suite may use (yaml's `maxAliasCount`). */
const MAX_ALIAS_COUNT = 100;

/** The message for a stack overflow in the parser, or undefined for any other error. */
function tooDeep(e: unknown): string | undefined {
  return e instanceof RangeError || /Maximum call stack/.test(String((e as Error)?.message)) ? 'the document is nested too deeply to read (Maximum call stack size exceeded)' : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
