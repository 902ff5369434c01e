import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Everything the CLI does is reachable from src/index.ts: each name a CLI file takes from a src/api or src/run
// module (static or dynamic import) is exported by src/index.ts from that same module. The list
// is derived from the CLI's own imports, so it stays true as commands change.

const read = (p: string) => readFileSync(p, 'utf8');

/** Names a module exports by declaration (`export function f`, `export interface I`, …) or by `export { a, b as c }`. */
export function declaredExports(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/^export\s+(?:declare\s+)?(?:async\s+)?(?:abstract\s+)?(?:function\*?|class|const|let|interface|type|enum)\s+(\w+)/gm)) names.add(m[1]);
  for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}/gm)) {
    for (const item of m[1].split(',')) {
      const words = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/);
      if (words[0]) names.add((words[1] ?? words[0]).trim());
    }
  }
  return names;
}

/** What src/index.ts re-exports, as `module path (from src/) → original names`. */
function indexExports(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(/^export\s+(?:type\s+)?\{([^}]*)\}\s*from\s*['"]\.\/([^'"]+)\.js['"]/gm)) {
    const names = out.get(m[2]) ?? new Set<string>();
    for (const item of m[1].split(',')) {
      const original = item.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0].trim();
      if (original) names.add(original);
    }
    out.set(m[2], names);
  }
  return out;
}

/** Every (CLI file, run module, name) where a CLI file uses a name a src/run module exports. */
function cliUsesOfRun(): { file: string; module: string; name: string }[] {
  const uses: { file: string; module: string; name: string }[] = [];
  for (const f of readdirSync('src/cli').filter((n) => n.endsWith('.ts'))) {
    const text = read(join('src/cli', f));
    const modules = new Set([...text.matchAll(/['"]\.\.\/((?:api|run)\/[\w/]+)\.js['"]/g)].map((m) => m[1]));
    for (const module of modules) {
      for (const name of declaredExports(read(`src/${module}.ts`))) {
        if (new RegExp(`\\b${name}\\b`).test(text)) uses.push({ file: `src/cli/${f}`, module, name });
      }
    }
  }
  return uses;
}

describe('the CLI over the programmatic API', () => {
  const index = indexExports(read('src/index.ts'));
  const uses = cliUsesOfRun();

  it('finds what the CLI takes from src/run (the rule reads real imports)', () => {
    const names = uses.map((u) => `${u.module}:${u.name}`);
    expect(names).toEqual(expect.arrayContaining(['api/evaluate:evaluate', 'api/mergeRun:mergeRun', 'api/evaluateComparison:evaluateComparison', 'run/scoreFile:scoreFile']));
  });

  it('exports from src/index.ts every src/run name a CLI command uses', () => {
    const missing = uses.filter((u) => !index.get(u.module)?.has(u.name)).map((u) => `${u.file} uses ${u.name} from src/${u.module}.ts`);
    expect(missing).toEqual([]);
  });

  it('exports the pieces a run is made of (resume, shards, merge, comparison, progress, the output lock)', () => {
    const wanted = { 'run/resumeJournal': 'resumeJournal', 'run/finishShard': 'finishShard', 'run/mergeShards': 'mergeShards', 'run/runPairedSuite': 'withComparison', 'run/progress': 'createProgressBoard', 'run/outputLock': 'lockOutput' };
    const missing = Object.entries(wanted).filter(([m, n]) => !index.get(m)?.has(n));
    expect(missing).toEqual([]);
  });

  it('reads declarations and export lists alike', () => {
    expect([...declaredExports('export async function f() {}\nexport interface I {}\nexport { a, type B, c as d };\nconst x = 1;\n')]).toEqual(['f', 'I', 'a', 'B', 'd']);
  });
});
