import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { suiteValidator } from '../../src/suite/suiteSchema.js';

/** Markdown files whose examples users copy: README, docs/, examples/. */
function markdownFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
  return ['README.md', ...walk('docs'), ...walk('examples')];
}

/** Every ```yaml block of a Markdown file, with the line it starts on. */
function yamlBlocks(file: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue;
    const start = i + 1;
    while (i + 1 < lines.length && !/^```\s*$/.test(lines[++i]));
    out.push({ line: start + 1, text: lines.slice(start, i).join('\n') });
  }
  return out;
}

const blocks = markdownFiles().flatMap((file) => yamlBlocks(file).map((b) => ({ file, ...b })));
const withModel = blocks.flatMap((b) => {
  let value: unknown;
  try {
    value = parse(b.text);
  } catch {
    return []; // a fragment that is not YAML on its own (e.g. an excerpt with "...")
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  const v = value as Record<string, unknown>;
  return (['model', 'baseline', 'candidate'] as const).filter((k) => v[k] !== undefined && typeof v[k] === 'object').map((k) => ({ where: `${b.file}:${b.line} ${k}`, model: v[k] }));
});

describe('the model blocks shown in README, docs/ and examples/ follow the suite schema', () => {
  it('finds the examples (the command protocol and the Python example among them)', () => {
    const where = withModel.map((m) => m.where).join('\n');
    expect(where).toMatch(/docs\/command-protocol\.md/);
    expect(where).toMatch(/examples\/python-model\/README\.md/);
  });

  for (const { where, model } of withModel) {
    it(where, () => {
      const validate = suiteValidator();
      const ok = validate({ suite: 's', data: { path: 'd.jsonl' }, model, checks: [{ metrics: ['accuracy'] }] });
      expect(ok, JSON.stringify(validate.errors)).toBe(true);
    });
  }

  it('documents the default batch_size the code uses (64), in the suite spelling', () => {
    const schema = JSON.stringify(suiteValidator().schema);
    expect(schema).toMatch(/Inputs per predict call[^"]*Default 64\./);
    for (const file of markdownFiles()) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/batch_?size`?[^\n]{0,40}?default\)?\s*(\d+)|`batch_?[sS]ize`\s*\|\s*(\d+)/gi)) {
        const n = m[1] ?? m[2];
        if (/http|request \(default 1\)/i.test(m[0]) || n === '1') continue; // an http block's batch_size: inputs per HTTP request, default 1
        expect(`${file}: ${m[0]}`).toMatch(/64$/);
      }
    }
  });
});
