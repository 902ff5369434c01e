import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

// What `npm pack` puts in the tarball: the CLI, the library, the schemas, the report templates and
// the starter files of `evalgate init`.
// The example suites stay in the repository: README's first command runs them from a clone, an
// installed package would not find them at suites/ anyway, suites/sentiment.yaml needs a
// devDependency (sentiment), and suites/data/spam.jsonl alone was 3.9 MB of the 5.7 MB unpacked.
describe('the npm package', () => {
  it('ships bin, dist, schemas, reports and starter, and no example suites or data', () => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const [pack] = JSON.parse(out) as { files: { path: string }[]; unpackedSize: number }[];
    const paths = pack.files.map((f) => f.path);
    expect(paths.filter((p) => p.startsWith('suites/'))).toEqual([]);
    for (const p of ['bin/evalgate.js', 'schemas/suite.schema.json', 'schemas/results.schema.json', 'README.md', 'LICENSE', 'package.json', 'starter/evalgate.yaml', 'starter/evalgate-sample.jsonl']) expect(paths).toContain(p);
    expect(paths.some((p) => p.startsWith('reports/'))).toBe(true);
    if (existsSync('dist/index.js')) {
      expect(paths).toContain('dist/index.js');
      expect(pack.unpackedSize).toBeLessThan(3_000_000);
    }
  }, 60_000);

  it('has the full Apache-2.0 text its package.json names as its license', () => {
    expect(JSON.parse(readFileSync('package.json', 'utf8')).license).toBe('Apache-2.0');
    const text = readFileSync('LICENSE', 'utf8');
    expect(text).toMatch(/^\s+Apache License\n\s+Version 2\.0, January 2004\n/);
    expect(text).toContain('END OF TERMS AND CONDITIONS');
    // The standard text as apache.org publishes it (LICENSE-2.0.txt, also Debian's /usr/share/common-licenses/Apache-2.0).
    expect(createHash('md5').update(text).digest('hex')).toBe('3b83ef96387f14655fc854ddc3c6bd57');
  });
});
