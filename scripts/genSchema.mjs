#!/usr/bin/env node
// Writes schemas/suite.schema.json from the TypeBox source in src/suite/schema/ (via dist/, so run
// `npm run build` first; `npm run schema` does both). With --check, writes nothing and exits 1 when
// the committed file differs from what the source produces.
import { readFileSync, writeFileSync } from 'node:fs';
import { suiteSchemaJson } from '../dist/suite/schema/suite.js';

const target = new URL('../schemas/suite.schema.json', import.meta.url);
const text = `${JSON.stringify(suiteSchemaJson(), null, 2)}\n`;
if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== text) {
    console.error('schemas/suite.schema.json is stale: run `npm run schema`');
    process.exit(1);
  }
} else {
  writeFileSync(target, text);
  console.log(`wrote schemas/suite.schema.json (${text.length} bytes)`);
}
