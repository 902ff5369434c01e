import { describe, expect, it } from 'vitest';
import { readFileSync, statSync } from 'node:fs';
import { brokenLink, githubSlug, headingAnchors, markdownFilesUnder, relativeLinks } from './markdownLinks.js';

// README.md is the landing page and docs/ holds one page per topic: every relative link between
// them must reach an existing file and, with a #fragment, a heading of that file (GitHub's anchors).
const files = ['README.md', ...markdownFilesUnder('docs')];

/**
 * docs/reference/ (the generated figure and suite references) and examples/ are written on
 * another branch of the same redesign; until they land here, links into them are not checked.
 * Once a target exists it is checked like any other, so a merge makes these links checked.
 */
const notYetWritten = (path: string) => path.startsWith('docs/reference/') || path.startsWith('examples/');

describe('links of README.md and docs/', () => {
  it('README.md is a landing page of at most 10 KB', () => {
    expect(statSync('README.md').size).toBeLessThanOrEqual(10_240);
  });

  it('README.md links every page of docs/', () => {
    const linked = new Set(relativeLinks('README.md', readFileSync('README.md', 'utf8')).map((l) => l.target.split('#')[0]));
    for (const page of markdownFilesUnder('docs').filter((p) => !p.startsWith('docs/reference/'))) expect(linked, page).toContain(page);
  });

  for (const file of files) {
    it(`${file}: every relative link reaches its file and heading`, () => {
      const links = relativeLinks(file, readFileSync(file, 'utf8'));
      expect(links.map((l) => brokenLink(l, notYetWritten)).filter(Boolean)).toEqual([]);
    });
  }
});

describe('the link checker', () => {
  it("slugs headings as GitHub does", () => {
    expect(githubSlug('Large runs: resume, shards, merge')).toBe('large-runs-resume-shards-merge');
    expect(githubSlug('An example: suites/sentiment.yaml')).toBe('an-example-suitessentimentyaml');
    expect(githubSlug('Bad input (exit 2)')).toBe('bad-input-exit-2');
    expect(githubSlug('`params:` of `naive-bayes` and *emphasis*')).toBe('params-of-naive-bayes-and-emphasis');
    expect(githubSlug('[Linked](x.md) top_k, ⛔ Errors')).toBe('linked-top_k--errors');
    expect([...headingAnchors('# A\n## A\n```\n# not a heading\n```\n### A\n')]).toEqual(['a', 'a-1', 'a-2']);
  });

  it('finds a missing file and a missing heading, and passes over code and URLs', () => {
    const text = 'See [ok](README.md), [gone](docs/nope.md), [bad anchor](README.md#no-such-heading), [here](#top).\n`[code](x.md)`\n```\n[fenced](y.md)\n```\n[web](https://example.com/a.md)\n# Top\n';
    const links = relativeLinks('README.md', text);
    expect(links.map((l) => l.target)).toEqual(['README.md', 'docs/nope.md', 'README.md#no-such-heading', '#top']);
    const problems = links.map((l) => brokenLink(l));
    expect(problems[0]).toBeUndefined();
    expect(problems[1]).toMatch(/README\.md:1 docs\/nope\.md: no file/);
    expect(problems[2]).toMatch(/has no heading #no-such-heading/);
    expect(brokenLink({ file: 'docs/x.md', line: 3, target: '../examples/none/' }, notYetWritten)).toBeUndefined();
    expect(brokenLink({ file: 'docs/x.md', line: 3, target: 'reference/none.md' }, notYetWritten)).toBeUndefined();
    expect(brokenLink({ file: 'docs/x.md', line: 3, target: 'none.md' }, notYetWritten)).toMatch(/no file/);
  });
});
