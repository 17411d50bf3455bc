/** The query of the GP scenario explorer: every published figure its model starts from, each with a role. */
import { BREAK, label, policyWords, QUALIFIER, SECONDARY, sourceWords, words } from './fragments.ts';
import { SETS } from './sets.ts';

type Role = (typeof SETS.scenario_roles.roles)[number];
const FIELDS = ['theme', 'cadre', 'measure', 'unit', 'programme', 'geo_code'] as const;

/** `WHEN o.theme = 'workforce' AND … THEN 'gp_density'` for each role of data/vocab/chart-sets.json. */
const roleCase = (roles: readonly Role[]) => roles.map((r) => {
  const rec = r as Partial<Record<(typeof FIELDS)[number], string>>;
  const conditions = FIELDS.filter((f) => rec[f] !== undefined).map((f) => `o.${f} = '${rec[f]}'`);
  return `WHEN ${conditions.join(' AND ')} THEN '${r.role}'`;
}).join('\n               ');

export const SCENARIO_QUERIES = {
  /**
   * Everything the GP scenario starts from, one row per published figure with a `role`: national GP density and
   * headcount (history and starting point), the density targets (a point target such as 5 by 2030, and a printed
   * range such as 2–3 by 2020 as a low and a high row, each with its policy), and the training flows. The page
   * picks the latest year per role; lists of the same role are the history.
   */
  scenario_baseline: `
    WITH picked AS (
      SELECT CASE ${roleCase(SETS.scenario_roles.roles)} END AS role, o.*
      FROM observations o
      WHERE o.is_preferred AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL
        AND o.definition IS NULL AND o.geo_code IN ('CHN', 'central_west')
    )
    SELECT o.role, o.year::INTEGER AS year, o.value::DOUBLE AS value, o.value_published, o.unit, ${words('u', 'unit')}, o.geo_code,
           o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')},
           list_contains(o.flags, 'approximate') AS is_approximate, list_contains(o.flags, 'lower_bound') AS is_lower_bound,
           ${BREAK} AS series_break,
           CASE WHEN o.theme = 'target' THEN policy_zh END AS policy_zh, CASE WHEN o.theme = 'target' THEN policy_en END AS policy_en
    FROM (
      SELECT o.*, ${policyWords()}
      FROM picked o
      LEFT JOIN sources s ON s.id = o.source_id
      ${label('p', 'programme', 'o.programme')}
      WHERE o.role IS NOT NULL
    ) o
    ${label('u', 'unit', 'o.unit')}
    ORDER BY o.role, o.year`,
} as const satisfies Record<string, string>;
