import { LineCounter, parseDocument as parseYaml, isMap, isSeq, isScalar, type Node } from 'yaml';
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
 * Cost: linear in the text. Example: `parseSuiteText('a: 1', 'x.yaml')` → `{ ok: true, doc }`.
 */
export function parseSuiteText(
  text: string,
  file: string,
): { ok: true; doc: ParsedDocument } | { ok: false; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseYaml(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true });
  const errors = document.errors;
  if (errors.length > 0) {
    return {
      ok: false,
      problems: errors.map((e) => {
        const pos = e.linePos?.[0] ?? lineCounter.linePos(e.pos[0]);
        return { code: 'syntax', file, line: pos.line, column: pos.col, path: [], message: firstLine(e.message) };
      }),
    };
  }
  const value = document.toJS({ maxAliasCount: 100 }) as unknown;
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

function firstLine(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
