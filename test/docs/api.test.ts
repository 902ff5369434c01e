import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempFiles } from '../helpers/cli.js';

// docs/api.md documents src/index.ts: every export is named on the page, and its examples run
// against the built package (dist/) and print what their comments say.
const page = readFileSync('docs/api.md', 'utf8');

/** The names src/index.ts exports (`type X` and `X as Y` as the name users import). */
function exportedNames(): string[] {
  const src = readFileSync('src/index.ts', 'utf8');
  const names: string[] = [];
  for (const m of src.matchAll(/export\s+(?:type\s+)?\{([^}]*)\}/g)) {
    for (const part of m[1].split(',')) {
      const name = part.trim().replace(/^type\s+/, '').split(/\s+as\s+/).pop()!.trim();
      if (name !== '') names.push(name);
    }
  }
  return names;
}

/** The ```js blocks of the page, with `from 'evalgate'` pointing at the built package and paths made absolute. */
function examples(): string[] {
  const dist = pathToFileURL(resolve('dist/index.js')).href;
  return [...page.matchAll(/```js\n([\s\S]*?)```/g)].map((m) =>
    m[1].replace(/from 'evalgate'/g, `from ${JSON.stringify(dist)}`).replace(/'suites\//g, `'${resolve('suites')}/`),
  );
}

/** Runs a block as an ES module in a fresh directory, each `X; // V` line printing X. */
function run(code: string): string[] {
  const dir = tempFiles({});
  const file = join(dir, 'example.mjs');
  writeFileSync(file, code.replace(/^(?!\s*(?:const|await|if|import|console)\b)(\S.*?);\s*\/\/.*$/gm, 'console.log($1);'));
  const r = spawnSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout.split('\n');
}

/** The literal results the block's comments promise, in order: `console.log(...); // V` and `X; // V` lines. */
function promised(code: string): string[] {
  return [...code.matchAll(/^(?!\s*(?:const|await|if|import)\b)(\S.*?);\s*\/\/\s*(.*)$/gm)].map((m) => m[2]);
}

describe('docs/api.md', () => {
  it('names every export of src/index.ts', () => {
    const names = exportedNames();
    expect(names.length).toBeGreaterThan(100);
    expect(names.filter((n) => !page.includes(`\`${n}\``) && !page.includes(`\`${n}(`) && !new RegExp(`\`${n}[ ,(]`).test(page))).toEqual([]);
  });

  it.runIf(existsSync('dist/index.js'))('its examples run and print what their comments say', () => {
    const blocks = examples();
    expect(blocks.length).toBe(2);
    const [suite, metric] = blocks;
    const out = run(suite);
    expect(out[0]).toBe(promised(suite)[0]);
    expect(out.join('\n')).toMatch(/precision {4}recall {2}f1-score {3}support/);
    expect(run(metric)[0]).toBe(promised(metric)[0]);
  });
});
