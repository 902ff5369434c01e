import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// What `npm pack` puts in the tarball: the CLI, the library, the schemas and the report templates.
// The example suites stay in the repository: README's first command runs them from a clone, an
// installed package would not find them at suites/ anyway, suites/sentiment.yaml needs a
// devDependency (sentiment), and suites/data/spam.jsonl alone was 3.9 MB of the 5.7 MB unpacked.
describe('the npm package', () => {
  it('ships bin, dist, schemas and reports, and no example suites or data', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [pack] = JSON.parse(out) as { files: { path: string }[]; unpackedSize: number }[];
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('suites/'))).toEqual([]);
    for (const p of ['bin/evalgate.js', 'schemas/suite.schema.json', 'schemas/results.schema.json', 'README.md', 'package.json']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('reports/'))).toBe(true);
    if (existsSync('dist/index.js')) {
      expect(paths).toContain('dist/index.js');
      expect(pack.unpackedSize).toBeLessThan(3_000_000);
    }
  }, 60_000);
});
