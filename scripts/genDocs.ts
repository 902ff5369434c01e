// Writes the generated references (docs/reference/figures.md, docs/reference/suite.md) from the
// figure catalogs and schemas/suite.schema.json. Run: npm run docs (from the repository root).
// test/docs/generatedDocs.test.ts fails when the committed files differ from what this writes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { generatedDocs } from './docs/generatedDocs.js';

for (const [path, text] of Object.entries(generatedDocs())) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${path}`);
}
