import type { ReportSection } from '../reportSection.js';
import { fmt } from '../../contract/format.js';
import { naNotes, naReason, numberCell } from '../numberCell.js';
import { statusMark } from '../statusMark.js';
import { gateLink } from '../gateLink.js';

/**
 * The gates table: per gate its status (icon and word), name, expression, figure read, value,
 * interval, threshold and severity, and a link to the section and finding that explain the
 * figure (gateLink). Shown whenever the suite has gates.
 * Example: a gate `f1 >= 0.9` that read 0.93 → a row `{ mark: { text: 'pass' }, value: '0.93', threshold: '>= 0.9' }`.
 */
export const gatesSection: ReportSection = {
  id: 'gates',
  title: 'Gates',
  start(results) {
    if (results.gates.length === 0) return undefined;
    return {
      view: () => {
        const rows = results.gates.map((g) => ({
          mark: statusMark(g.status, g.severity),
          name: g.name,
          expression: g.expression === g.name ? '' : g.expression,
          figure: g.stat === 'value' ? g.figure : `${g.figure}.${g.stat}`,
          value: g.status === 'no_data' ? { text: 'no data', sort: '', na: g.message } : numberCell(g.value, naReason(g.figure)),
          interval: g.ci_low !== undefined ? `${fmt(g.ci_low)} – ${fmt(g.ci_high)}` : '',
          threshold: `${g.op} ${g.threshold}`,
          thresholdSort: String(g.threshold),
          severity: g.severity,
          message: g.message,
          link: gateLink(results, g.figure),
        }));
        return { rows, notes: naNotes(rows.map((r) => r.value)) };
      },
    };
  },
};
