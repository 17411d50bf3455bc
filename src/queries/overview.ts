/** Queries of the overview page: the headline cards and physicians and nurses per 1,000 against targets. */
import { BREAK, label, NATIONAL_TOTAL, policyWords, QUALIFIER, SECONDARY, sourceWords, words } from './fragments.ts';
import { SETS, sqlList, sqlValues } from './sets.ts';

const HEADLINES = SETS.headline_series.series.map((s, i) => ({ ...s, sort: i + 1 }));

export const OVERVIEW_QUERIES = {
  /** Latest preferred national figure for each headline series, with the next national target in the same unit. */
  overview_headlines: `
    WITH latest AS (
      SELECT h.key, h.sort, o.cadre, o.unit, o.year, o.value, o.value_published, o.source_id, o.flags, o.source_kind,
             o.qualifier, o.qualifier_printed, o.precision,
             row_number() OVER (PARTITION BY h.key ORDER BY o.year DESC, o.source_id) AS rn
      FROM ${sqlValues('h', HEADLINES, ['key', 'cadre', 'measure', 'unit', 'sort'])}
      JOIN observations o ON o.cadre = h.cadre AND o.measure = h.measure AND o.unit = h.unit
      WHERE o.is_preferred AND ${NATIONAL_TOTAL} AND o.breakdown IS NULL AND o.definition IS NULL
    ),
    tg AS (
      SELECT l.key, t.year, t.value, t.value_published, t.precision, t.source_id, t.programme, s.title, s.original_title_en,
             row_number() OVER (PARTITION BY l.key ORDER BY t.year, t.source_id) AS rn
      FROM latest l
      JOIN observations t ON t.is_preferred AND t.theme = 'target' AND t.measure = 'target' AND t.cadre = l.cadre
        AND t.unit = l.unit AND t.geo_code = 'CHN' AND t.area = 'total' AND t.year >= l.year
      LEFT JOIN sources s ON s.id = t.source_id
      WHERE l.rn = 1
    )
    SELECT l.key, l.cadre, ${words('c', 'cadre')}, l.unit, ${words('u', 'unit')},
           l.year::INTEGER AS year, l.value::DOUBLE AS value, l.value_published, l.source_id, ${QUALIFIER('l')},
           (l.source_kind IN ('journal', 'secondary') OR list_contains(l.flags, 'secondary')) AS is_secondary,
           tg.year::INTEGER AS target_year, tg.value::DOUBLE AS target_value, tg.value_published AS target_published,
           tg.source_id AS target_source_id, tg.precision::INTEGER AS target_precision,
           ${policyWords('tg', 'tg', 'p').replace('AS policy_zh', 'AS target_policy_zh').replace('AS policy_en', 'AS target_policy_en')}
    FROM latest l
    LEFT JOIN tg ON tg.key = l.key AND tg.rn = 1
    ${label('c', 'cadre', 'l.cadre')}
    ${label('u', 'unit', 'l.unit')}
    ${label('p', 'programme', 'tg.programme')}
    WHERE l.rn = 1
    ORDER BY l.sort`,

  /** Physicians and nurses per 1,000 (current and pre-2002 definitions as separate series) with national targets. */
  overview_density_targets: `
    SELECT CASE WHEN o.theme = 'target' THEN 'target' ELSE 'observed' END AS kind, ${words('k', 'kind')},
           o.cadre, ${words('c', 'cadre')}, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           NULL::DOUBLE AS value_high, o.value_published, o.unit, ${words('u', 'unit')}, o.definition,
           ${policyWords()}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break,
           list_contains(o.flags, 'derived') AS is_derived, ${QUALIFIER('o')}
    FROM observations o
    LEFT JOIN sources s ON s.id = o.source_id
    ${label('k', 'series_kind', "CASE WHEN o.theme = 'target' THEN 'target' ELSE 'observed' END")}
    ${label('c', 'cadre', 'o.cadre')}
    ${label('u', 'unit', 'o.unit')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND ${NATIONAL_TOTAL} AND o.breakdown IS NULL AND o.unit = 'per_1000'
      AND ((o.measure = 'density' AND o.cadre IN (${sqlList(SETS.density_target_cadres.observed)}))
        OR (o.measure = 'target' AND o.cadre IN (${sqlList(SETS.density_target_cadres.targets)})))
    ORDER BY kind, c.sort, o.year, o.source_id`,
} as const satisfies Record<string, string>;
