import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { suiteSchemaJson } from '../../../src/suite/schema/suite.js';
import { suiteSchema } from '../../../src/suite/suiteSchema.js';
import { runCli } from '../../helpers/cli.js';

describe('schemas/suite.schema.json', () => {
  it('is what the TypeBox source in src/suite/schema/ produces (refresh: npm run schema)', () => {
    const committed = readFileSync('schemas/suite.schema.json', 'utf8');
    const generated = `${JSON.stringify(suiteSchemaJson(), null, 2)}\n`;
    expect(committed === generated, 'schemas/suite.schema.json is stale: run `npm run schema` and commit it').toBe(true);
  });

  it('is the schema the loader validates against and `evalgate schema suite` prints, byte for byte', async () => {
    const committed = readFileSync('schemas/suite.schema.json', 'utf8');
    expect(suiteSchema()).toEqual(JSON.parse(committed));
    const printed = await runCli(['schema', 'suite']);
    expect(printed.code).toBe(0);
    expect(printed.stdout).toBe(committed);
  });
});
