/**
 * Parses a model output as JSON: the whole output, trimmed, or the body of a single Markdown code
 * fence around it (```json … ```), which chat models add. Cost O(length). Never throws.
 * @example parseJsonOutput('```json\n{"a": 1}\n```') // { ok: true, value: { a: 1 } }
 */
export function parseJsonOutput(output: string): { ok: true; value: unknown } | { ok: false; message: string } {
  let text = output.trim();
  const fence = /^```[A-Za-z0-9_-]*[ \t]*\r?\n([\s\S]*?)\r?\n?```$/.exec(text);
  if (fence) text = fence[1].trim();
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (e) {
    return { ok: false, message: (e as Error).message };
  }
}
