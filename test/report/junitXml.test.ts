import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { jsonl, runCli, tempFiles } from '../helpers/cli.js';

// junit.xml is checked against a JUnit XML schema (test/fixtures/junit.xsd) by libxml2's own
// validator (xmllint compiled to WebAssembly: offline, nothing to install).
const XSD = readFileSync(new URL('../fixtures/junit.xsd', import.meta.url), 'utf8');

async function schemaErrors(xml: string): Promise<string[]> {
  const r = await validateXML({ xml: [{ fileName: 'junit.xml', contents: xml }], schema: [XSD] });
  return r.errors.map((e) => e.rawMessage);
}

const rows = [
  { id: 'a', label: 'spam', prediction: 'spam', score: 0.9 },
  { id: 'b', label: 'spam', prediction: 'ham', score: 0.4 },
  { id: 'c', label: 'ham', prediction: 'ham', score: 0.2 },
  { id: 'd', label: 'ham', prediction: 'spam', score: 0.6 },
];
const suite = (name: string, gates: string) => `suite: ${JSON.stringify(name)}
seed: 1
data: { path: data.jsonl, id: id, label: label, prediction: prediction, score: score, pos_label: spam }
checks:
  - metrics: [accuracy, f1, roc_auc]
${gates}`;

async function junitOf(name: string, gates: string): Promise<string> {
  const dir = tempFiles({ 'suite.yaml': suite(name, gates), 'data.jsonl': jsonl(rows) });
  const out = join(dir, 'out');
  await runCli(['run', join(dir, 'suite.yaml'), '--out', out, '--format', 'junit', '--quiet']);
  return readFileSync(join(out, 'junit.xml'), 'utf8');
}

describe('junit.xml against a JUnit XML schema', () => {
  it('the schema rejects what JUnit readers reject (so the check can fail)', async () => {
    expect(await schemaErrors('<testsuites><testsuite name="x" tests="1"><testcase name="a"/></testsuite></testsuites>')).not.toEqual([]);
    expect(await schemaErrors('<testsuites><testsuite name="x" tests="-1"></testsuite></testsuites>')).not.toEqual([]);
    expect(await schemaErrors('<testsuites><testsuite name="x" tests="1"><testcase name="a" classname="c"><failure/><skipped/></testcase></testsuite></testsuites>')).not.toEqual([]);
    expect(await schemaErrors('<testsuites><testsuite name="x" tests="1"><testcase name="a" classname="c"><failure message="m" type="t">x</failure></testcase></testsuite></testsuites>')).toEqual([]);
  });

  it('passing, failing and warning gates: valid, one testcase per gate, a failure carries figure, threshold and interval', async () => {
    const xml = await junitOf('demo', 'gates:\n  - accuracy >= 0.5\n  - f1 >= 0.9\n  - gate: roc_auc >= 0.99\n    severity: warning\n');
    expect(await schemaErrors(xml)).toEqual([]);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toMatch(/<testsuite name="demo" tests="3" failures="1" errors="0" skipped="0">/);
    const failure = /<failure message="([^"]*)" type="gate">([^<]*)<\/failure>/.exec(xml);
    expect(failure?.[1]).toMatch(/^f1 = 0\.5 is not &gt;= 0\.9 \(95% CI [\d.]+–[\d.]+\); threshold &gt;= 0\.9; severity blocking$/);
    expect(failure?.[2]).toMatch(/figure: f1\nvalue: 0\.5\nthreshold: &gt;= 0\.9\ninterval: \(95% CI /);
    expect(xml).toMatch(/<system-out>WARNING: roc_auc = /);
  });

  it('a suite without gates gets one testcase and stays valid', async () => {
    const xml = await junitOf('no gates', '');
    expect(await schemaErrors(xml)).toEqual([]);
    expect(xml).toMatch(/<testcase classname="evalgate\.no gates" name="run completed"><\/testcase>/);
  });

  it('names full of markup and control characters stay well-formed and valid', async () => {
    const xml = await junitOf('<x a="1">&\u0001\'', 'gates:\n  - gate: f1 >= 0.9\n    name: "</testcase><failure>\\"&amp;"\n');
    expect(await schemaErrors(xml)).toEqual([]);
    expect(xml).toContain('name="&lt;x a=&quot;1&quot;&gt;&amp;&apos;"');
    expect(xml).toContain('name="&lt;/testcase&gt;&lt;failure&gt;&quot;&amp;amp;"');
  });
});
