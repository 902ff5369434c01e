import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { scriptJson } from './scriptJson.js';

/** The folder of the report's templates, shipped in the package (`reports/`). */
export const REPORTS_DIR = fileURLToPath(new URL('../../reports/', import.meta.url));

/** The compiled report: the page template and the exact text of its inline script (for its CSP hash). */
export interface ReportTemplates {
  page: Handlebars.TemplateDelegate;
  script: string;
}

let cached: ReportTemplates | undefined;

/**
 * Loads and compiles the report's templates once per process, in a Handlebars environment of its
 * own: `reports/report.hbs` (the page), `reports/partials/*.hbs` (charts, tables), and
 * `reports/sections/<id>.hbs` (one per report section, as partial `sections/<id>`), plus
 * `reports/report.css` and `reports/report.js` as the partials `style` and `script`.
 * Every `{{value}}` is HTML-escaped; the one helper whose output is not escaped is
 * `json-script`, which serialises data so that it cannot leave its script element (scriptJson).
 * Throws on a missing file or a template syntax error.
 */
export function reportTemplates(dir = REPORTS_DIR): ReportTemplates {
  if (cached && dir === REPORTS_DIR) return cached;
  const env = Handlebars.create();
  env.registerHelper('json-script', (data: unknown) => new env.SafeString(scriptJson(data)));
  const read = (...p: string[]) => readFileSync(join(dir, ...p), 'utf8');
  for (const sub of ['partials', 'sections']) {
    for (const file of readdirSync(join(dir, sub)).filter((f) => f.endsWith('.hbs')).sort()) {
      const name = file.slice(0, -'.hbs'.length);
      env.registerPartial(sub === 'sections' ? `sections/${name}` : name, read(sub, file));
    }
  }
  const script = read('report.js');
  env.registerPartial('style', read('report.css'));
  env.registerPartial('script', script);
  const page = env.compile(read('report.hbs'), { preventIndent: true });
  const t = { page, script };
  if (dir === REPORTS_DIR) cached = t;
  return t;
}
