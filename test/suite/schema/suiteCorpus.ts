import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One suite document of the corpus: where it was found, its text and its parsed value. */
export interface CorpusEntry {
  source: string;
  text: string;
  value: Record<string, unknown>;
}

function files(dir: string, keep: (f: string) => boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...files(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

function asSuite(text: string): Record<string, unknown> | undefined {
  try {
    const v: unknown = parse(text, { uniqueKeys: true, strict: true });
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
    return 'suite' in v || 'checks' in v || 'data' in v ? { ...v } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every suite text in the repository that parses to a mapping: the bundled suites and examples,
 * the YAML/JSON blocks of README.md and docs/, and the suite texts written as string or template
 * literals in the tests (`${…}` holes filled with `x`, and again with nothing). Deduplicated by value.
 */
export function suiteCorpus(root = '.'): CorpusEntry[] {
  const found: CorpusEntry[] = [];
  const add = (source: string, text: string) => {
    const value = asSuite(text);
    if (value) found.push({ source, text, value });
  };
  for (const f of [...files(join(root, 'suites'), (p) => /\.(ya?ml|json)$/.test(p)), ...files(join(root, 'examples'), (p) => /\.(ya?ml|json)$/.test(p))]) {
    add(f, readFileSync(f, 'utf8'));
  }
  for (const f of [join(root, 'README.md'), ...files(join(root, 'docs'), (p) => p.endsWith('.md')), ...files(join(root, 'examples'), (p) => p.endsWith('.md'))]) {
    for (const m of readFileSync(f, 'utf8').matchAll(/```(?:yaml|yml|json)\n([\s\S]*?)```/g)) add(f, m[1]);
  }
  for (const f of files(join(root, 'test'), (p) => p.endsWith('.ts'))) {
    const src = readFileSync(f, 'utf8');
    for (const m of src.matchAll(/`((?:[^`\\]|\\.)*)`/g)) {
      if (!/\bsuite:|\bchecks:/.test(m[1])) continue;
      const text = m[1].replace(/\\`/g, '`').replace(/\\\\/g, '\\');
      // A hole is filled with a word, then with nothing (a hole holding a whole block leaves an empty key).
      add(f, text.replace(/\$\{[^}]*\}/g, 'x'));
      add(f, text.replace(/\$\{[^}]*\}/g, ''));
    }
    for (const m of src.matchAll(/'((?:[^'\\\n]|\\.)*)'/g)) {
      if (/suite:.*\\n/.test(m[1])) add(f, m[1].replace(/\\n/g, '\n').replace(/\\'/g, "'").replace(/\\\\/g, '\\'));
    }
  }
  const seen = new Set<string>();
  return found.filter((e) => {
    const key = JSON.stringify(e.value);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
