import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { e2eTestFiles, testFiles, testLayer } from './helpers/testLayer.js';

// vitest.config.ts puts each test file in the `unit` or the `e2e` project by what its text does
// (test/helpers/testLayer.ts). Known files of each kind must land where they belong.

describe('test layers', () => {
  it.each([
    ['test/cli/exitCodes.test.ts', 'spawns the evalgate binary'],
    ['test/run/resumeKill.test.ts', 'kills a run with SIGKILL'],
    ['test/report/browser.test.ts', 'drives chromium'],
    ['test/models/http/createHttpModel.test.ts', 'runs a loopback server'],
    ['test/models/command/commandChannel.test.ts', 'starts command models'],
    ['test/run/chatSafetySuite.test.ts', 'starts the fake chat server of a fixture it imports'],
    ['test/cli/run.test.ts', 'runs suites end to end through the CLI entry'],
    ['test/package.test.ts', 'runs npm pack'],
  ])('puts %s in e2e (%s)', (file) => {
    expect(testLayer(file)).toBe('e2e');
  });

  it.each([
    ['test/metrics/accuracy.test.ts', 'a pure metric'],
    ['test/stats/wilson.test.ts', 'a pure statistic'],
    ['test/layers.test.ts', 'reads sources, names child_process only in a pattern'],
    ['test/run/runVerdict.test.ts', 'the run layer\'s verdict rule'],
    ['test/run/scoreParity.test.ts', 'scores prediction files in process, through the API'],
    ['test/data/readExamples.test.ts', 'reads files'],
    ['test/testLayers.test.ts', 'this file: imports the classifier, which names every pattern'],
  ])('puts %s in unit (%s)', (file) => {
    expect(testLayer(file)).toBe('unit');
  });

  it('classifies by what the text does, following imported helpers but never src/', () => {
    const dir = mkdtempSync(join(tmpdir(), 'evalgate-layers-'));
    mkdirSync(join(dir, 'test/helpers'), { recursive: true });
    mkdirSync(join(dir, 'src'));
    // Spelled in pieces, so that this file's own text does not read as end-to-end.
    const [cp, server, cli] = ['child' + '_process', 'create' + 'Server', 'run' + 'Cli'];
    const files: Record<string, string> = {
      'test/helpers/server.ts': `import { ${server} } from 'node:http';\nexport const start = () => ${server}();\n`,
      'test/helpers/pure.ts': 'export const two = 2;\n',
      'src/y.ts': `import { ${server} } from 'node:http';\nexport const x = () => ${server}();\n`,
      'test/a.test.ts': "import { start } from './helpers/server.js';\n",
      'test/b.test.ts': "import { two } from './helpers/pure.js';\nimport { x } from '../src/y.js';\n",
      'test/c.test.ts': `import { execFileSync } from 'node:${cp}';\n`,
      'test/d.test.ts': `const r = await ${cli}(['run', 's.yaml']);\n`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    expect(testFiles(join(dir, 'test'), dir)).toEqual(['test/a.test.ts', 'test/b.test.ts', 'test/c.test.ts', 'test/d.test.ts']);
    expect(e2eTestFiles(join(dir, 'test'), dir)).toEqual(['test/a.test.ts', 'test/c.test.ts', 'test/d.test.ts']);
  });

  it('leaves most files in unit and every file in exactly one project', () => {
    const all = testFiles('test');
    const e2e = e2eTestFiles('test');
    expect(e2e.every((f) => all.includes(f))).toBe(true);
    expect(all.length - e2e.length).toBeGreaterThan(2 * e2e.length);
  });
});
