import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseSuiteText } from '../../../src/suite/parseDocument.js';
import { schemaProblems } from '../../../src/suite/schemaProblems.js';
import { suiteSchemaJson } from '../../../src/suite/schema/suite.js';
import { suiteArbitraries } from './suiteArbitraries.js';
import { suiteCorpus } from './suiteCorpus.js';

// The suite schema generated from the TypeBox source must accept and reject exactly the documents the
// hand-written schema it replaced did (test/fixtures/suite.schema.before.json, the file as it was),
// with the same errors, and so the same messages.
const before = JSON.parse(readFileSync('test/fixtures/suite.schema.before.json', 'utf8')) as Record<string, unknown>;
const compile = (schema: Record<string, unknown>) =>
  new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, allowUnionTypes: true }).compile(schema);
const old = compile(before);
const now = compile(suiteSchemaJson());

/** The verdict and the errors (everything but the schema objects, which differ only in key order). */
function verdict(validate: ValidateFunction, doc: unknown) {
  const ok = validate(doc);
  const errors = (validate.errors ?? []).map((e: ErrorObject) => ({ path: e.instancePath, at: e.schemaPath, keyword: e.keyword, params: e.params, message: e.message }));
  return { ok, errors };
}

/** The located problems the loader would report for `doc` under each schema. */
function problems(validate: ValidateFunction, doc: unknown) {
  const parsed = parseSuiteText(stringify(doc), 'suite.yaml');
  if (!parsed.ok) return parsed.problems;
  return validate(parsed.doc.value) ? [] : schemaProblems(validate.errors ?? [], parsed.doc, 'suite.yaml');
}

function same(doc: unknown) {
  const a = verdict(old, doc);
  const b = verdict(now, doc);
  expect(b.ok).toBe(a.ok);
  expect(b.errors).toEqual(a.errors);
  if (!a.ok) expect(problems(now, doc)).toEqual(problems(old, doc));
  return a.ok;
}

const corpus = suiteCorpus();

describe('the generated suite schema validates as the hand-written one did', () => {
  it('is the same JSON, property order included, up to the order of keywords', () => {
    const canon = (v: unknown, underProperties = false): unknown => {
      if (Array.isArray(v)) return v.map((x) => canon(x));
      if (v === null || typeof v !== 'object') return v;
      const keys = Object.keys(v);
      // The order of `properties` is kept (messages list the allowed keys in it); other keys are sorted.
      return Object.fromEntries((underProperties ? keys : [...keys].sort()).map((k) => [k, canon((v as Record<string, unknown>)[k], k === 'properties')]));
    };
    expect(JSON.stringify(canon(suiteSchemaJson()))).toBe(JSON.stringify(canon(before)));
  });

  it(`gives the same verdicts, errors and problems on every suite in the repository (${corpus.length} documents)`, () => {
    expect(corpus.length).toBeGreaterThan(50);
    let valid = 0;
    for (const entry of corpus) if (same(entry.value)) valid += 1;
    // Both verdicts occur: the corpus holds valid suites and the invalid ones of the error tests.
    expect(valid).toBeGreaterThan(20);
    expect(valid).toBeLessThan(corpus.length);
  });

  it('gives the same verdicts, errors and problems on generated documents (mutated corpus suites)', () => {
    const { mutated, anyDocument } = suiteArbitraries(corpus.map((e) => e.value), before);
    let valid = 0;
    fc.assert(
      fc.property(fc.oneof({ weight: 4, arbitrary: mutated }, { weight: 1, arbitrary: anyDocument }), (doc) => {
        if (same(doc)) valid += 1;
      }),
      { numRuns: 800, seed: 18 },
    );
    // Some mutations keep the suite valid, so both verdicts are compared.
    expect(valid).toBeGreaterThan(20);
  });
});
