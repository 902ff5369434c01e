import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// DESIGN.md's layers, top to bottom: a module may import only from its own layer or below. `contract`
// holds the record and results types (and their JSON encoding) that run/ writes and report/ reads.
const ORDER = ['cli', 'api', 'run', 'report', 'suite', 'data', 'models', 'contract', 'metrics', 'cv', 'perturb', 'safety', 'stats'];
// Layers side by side: neither imports the other (the run computes results, the report renders them).
const APART: [string, string][] = [['run', 'report']];
const PURE = new Set(['metrics', 'cv', 'perturb', 'safety', 'stats']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|http|https|net|child_process|readline|dgram|worker_threads)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

// A file under src/checks/<kind>/ belongs to the layer of its role, named by the file: the kind's spec
// (rules, figures) is suite code, its runner run code, its report section report code.
const ROLES: Record<string, string> = { 'spec.ts': 'suite', 'specs.ts': 'suite', 'run.ts': 'run', 'runners.ts': 'run', 'section.ts': 'report', 'sections.ts': 'report' };
function layerOf(path: string): string {
  const segments = relative('src', path).split('/');
  if (segments[0] !== 'checks') return segments[0];
  return ROLES[segments[segments.length - 1].replace(/\.js$/, '.ts')] ?? 'checks (no role)';
}

const sources = files('src').map((path) => ({ path, layer: layerOf(path), text: readFileSync(path, 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('layers', () => {
  it('imports point down only', () => {
    const wrong: string[] = [];
    for (const s of sources) {
      const from = ORDER.indexOf(s.layer);
      if (from < 0) continue;
      for (const spec of importsOf(s.text)) {
        if (!spec.startsWith('.')) continue;
        const target = layerOf(join(s.path, '..', spec));
        const to = ORDER.indexOf(target);
        if (to >= 0 && to < from) wrong.push(`${s.path} imports ${spec}`);
        if (APART.some(([a, b]) => (s.layer === a && target === b) || (s.layer === b && target === a))) wrong.push(`${s.path} imports ${spec} (${s.layer} and ${target} stay apart)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('gives every file under src/checks a role (spec, run or section, or the registries)', () => {
    expect(files('src/checks').filter((p) => layerOf(p) === 'checks (no role)')).toEqual([]);
    expect(layerOf('src/checks/metrics/spec.ts')).toBe('suite');
    expect(layerOf('src/checks/metrics/run.ts')).toBe('run');
    expect(layerOf('src/checks/metrics/section.ts')).toBe('report');
    expect(layerOf('src/checks/runners.ts')).toBe('run');
    expect(layerOf('src/checks/metrics/helper.ts')).toBe('checks (no role)');
  });

  it('keeps the pure layers free of I/O, clocks and global randomness', () => {
    const wrong: string[] = [];
    for (const s of sources.filter((x) => PURE.has(x.layer))) {
      for (const spec of importsOf(s.text)) if (IO_MODULES.test(spec)) wrong.push(`${s.path} imports ${spec}`);
      const code = s.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      if (/Math\.random\(|Date\.now\(|new Date\(|performance\.now\(|process\./.test(code)) wrong.push(`${s.path} uses a clock, Math.random or process`);
    }
    expect(wrong).toEqual([]);
  });

  it('calls process.exit only in src/cli', () => {
    const wrong = sources.filter((s) => s.layer !== 'cli' && /process\.exit\s*\(/.test(s.text.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''))).map((s) => s.path);
    expect(wrong).toEqual([]);
  });

  it('has no import cycles between files', () => {
    // Tarjan's strongly connected components over the relative imports; a component of two or more files is a cycle.
    const graph = new Map(sources.map((s) => [s.path, importsOf(s.text).filter((x) => x.startsWith('.')).map((x) => join(s.path, '..', x).replace(/\.js$/, '.ts'))]));
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const cycles: string[][] = [];
    const visit = (v: string) => {
      index.set(v, index.size);
      low.set(v, index.get(v)!);
      stack.push(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (stack.includes(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const v of graph.keys()) if (!index.has(v)) visit(v);
    expect(cycles).toEqual([]);
  });

  it('finds the layers it checks', () => {
    for (const layer of ['cli', 'run', 'report', 'contract', 'suite', 'data', 'metrics', 'cv', 'stats']) expect(sources.some((s) => s.layer === layer)).toBe(true);
  });
});
