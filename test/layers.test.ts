import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

// DESIGN.md's layers, top to bottom: a module may import only from its own layer or below.
const ORDER = ['cli', 'run', 'report', 'suite', 'data', 'models', 'metrics', 'cv', 'perturb', 'safety', 'stats'];
const PURE = new Set(['metrics', 'cv', 'perturb', 'safety', 'stats']);
const IO_MODULES = /^(node:)?(fs|fs\/promises|http|https|net|child_process|readline|dgram|worker_threads)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

const sources = files('src').map((path) => ({ path, layer: relative('src', path).split('/')[0], text: readFileSync(path, 'utf8') }));
const importsOf = (text: string) => [...text.matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);

describe('layers', () => {
  it('imports point down only', () => {
    const wrong: string[] = [];
    for (const s of sources) {
      const from = ORDER.indexOf(s.layer);
      if (from < 0) continue;
      for (const spec of importsOf(s.text)) {
        if (!spec.startsWith('.')) continue;
        const target = relative('src', join(s.path, '..', spec)).split('/')[0];
        const to = ORDER.indexOf(target);
        if (to >= 0 && to < from) wrong.push(`${s.path} imports ${spec}`);
      }
    }
    expect(wrong).toEqual([]);
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

  it('finds the layers it checks', () => {
    for (const layer of ['cli', 'run', 'report', 'suite', 'data', 'metrics', 'cv', 'stats']) expect(sources.some((s) => s.layer === layer)).toBe(true);
  });
});
