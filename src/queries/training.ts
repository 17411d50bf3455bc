/** Queries of the training page: GPs against targets, residency training, order-directed students, programmes. */
import { BREAK, label, NATIONAL_TOTAL, policyWords, QUALIFIER, SECONDARY, sourceWords, words } from './fragments.ts';

/** A row's kind: a policy target or a published (observed) figure, with its words from the labels table. */
const KIND = `CASE WHEN o.theme = 'target' THEN 'target' ELSE 'observed' END`;
const KIND_WORDS = `${KIND} AS kind, ${words('kd', 'kind')}`;
const KIND_JOIN = label('kd', 'series_kind', KIND);

/** GPs are counted per 10,000 population, or in persons. */
const GP_UNIT = `CASE WHEN $measure = 'density' THEN 'per_10000' ELSE 'persons' END`;

/** Measures drawn in their own training charts, left out of the per-programme figures. */
const OWN_CHARTS = `NOT (o.cadre = 'residents' AND o.measure IN ('cumulative_enrolled', 'cumulative_certified', 'target_trained'))
      AND NOT (o.cadre = 'order_directed_students' AND o.measure = 'annual_intake_planned')`;

export const TRAINING_QUERIES = {
  /** GPs (count or per 10,000) and the national level targets in the same unit; ranges as value..value_high. */
  training_gp_series: `
    SELECT ${KIND_WORDS}, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           (SELECT max(hi.value) FROM observations hi WHERE o.theme = 'target' AND hi.is_preferred AND hi.measure = 'target_high'
              AND hi.cadre = o.cadre AND hi.unit = o.unit AND hi.year = o.year AND hi.area = o.area
              AND hi.geo_code = o.geo_code)::DOUBLE AS value_high,
           o.value_published, o.unit, ${words('u', 'unit')}, o.definition,
           CASE WHEN o.theme = 'target' THEN policy_zh END AS policy_zh, CASE WHEN o.theme = 'target' THEN policy_en END AS policy_en,
           o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break,
           o.theme <> 'target' AND list_contains(o.flags, 'derived') AS is_derived, ${QUALIFIER('o')}
    FROM (
      SELECT o.*, ${policyWords()}
      FROM observations o
      LEFT JOIN sources s ON s.id = o.source_id
      ${label('p', 'programme', 'o.programme')}
      WHERE o.is_preferred AND o.cadre = 'gps' AND o.unit = ${GP_UNIT} AND (
        (o.theme <> 'target' AND o.measure = $measure AND ${NATIONAL_TOTAL})
        OR (o.theme = 'target' AND o.measure IN ('target', 'target_low') AND o.geo_code = 'CHN' AND o.area = 'total'))
    ) o
    ${KIND_JOIN}
    ${label('u', 'unit', 'o.unit')}
    ORDER BY kind, year`,

  /** Standardised residency training: cumulative totals as published, and the 2020 target. */
  training_residency: `
    SELECT ${KIND_WORDS}, o.measure, ${words('m', 'measure')}, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           NULL::DOUBLE AS value_high, o.value_published, o.unit, ${words('u', 'unit')}, o.definition,
           ${policyWords()}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${QUALIFIER('o')},
           list_contains(o.flags, 'repeat') AS is_repeat
    FROM observations o
    LEFT JOIN sources s ON s.id = o.source_id
    ${KIND_JOIN}
    ${label('m', 'measure', 'o.measure')}
    ${label('u', 'unit', 'o.unit')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.cadre = 'residents' AND o.unit = 'persons'
      AND o.measure IN ('cumulative_enrolled', 'cumulative_certified', 'target_trained')
    ORDER BY kind, m.sort, o.year`,

  /** Rural order-directed medical students: the annual enrolment plans (years without a published plan are gaps). */
  training_order_directed: `
    SELECT o.measure, ${words('m', 'measure')}, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           o.value_published, o.geo_code, ${words('g', 'geo')}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')}
    FROM observations o
    ${label('m', 'measure', 'o.measure')}
    ${label('g', 'geo', 'o.geo_code')}
    WHERE o.is_preferred AND o.cadre = 'order_directed_students' AND o.measure = 'annual_intake_planned'
    ORDER BY o.year`,

  /** Years with provincial GP registration rates, newest first, with how many provinces each has. */
  training_gp_registration_years: `
    SELECT o.year::INTEGER AS value, count(DISTINCT o.geo_code)::INTEGER AS n
    FROM observations o
    WHERE o.is_preferred AND o.cadre = 'gps_registered' AND o.measure = 'share_of_gps' AND o.geo_level = 'province'
    GROUP BY ALL
    ORDER BY value DESC`,

  /**
   * The share of GPs registered in general practice (全科医生注册率), every province in a year (NULL where none is
   * published), then the national and regional figures of the same year as references (`level`).
   */
  training_gp_registration: `
    WITH v AS (
      SELECT o.* FROM observations o
      WHERE o.is_preferred AND o.cadre = 'gps_registered' AND o.measure = 'share_of_gps' AND o.year = $year AND o.area = 'total'
    ),
    y AS (SELECT string_agg(DISTINCT year::VARCHAR, ',' ORDER BY year::VARCHAR) AS years_available FROM observations o
          WHERE o.is_preferred AND o.cadre = 'gps_registered' AND o.measure = 'share_of_gps' AND o.geo_level = 'province')
    SELECT 'province' AS level, g.code AS geo_code, ${words('g', 'province')}, $year::INTEGER AS year, o.value::DOUBLE AS value,
           o.value_published, o.unit, ${words('u', 'unit')}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary,
           ${QUALIFIER('o')}, y.years_available
    FROM labels g
    CROSS JOIN y
    LEFT JOIN v o ON o.geo_code = g.code
    ${label('u', 'unit', 'o.unit')}
    WHERE g.domain = 'geo' AND g.code IN (SELECT code FROM labels WHERE domain = 'geo_short')
    UNION ALL
    SELECT o.geo_level AS level, o.geo_code, ${words('g', 'province')}, o.year::INTEGER, o.value::DOUBLE, o.value_published, o.unit,
           ${words('u', 'unit')}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')}, y.years_available
    FROM v o
    CROSS JOIN y
    ${label('g', 'geo', 'o.geo_code')}
    ${label('u', 'unit', 'o.unit')}
    WHERE o.geo_level IN ('national', 'region')
    ORDER BY level DESC, value DESC NULLS LAST, geo_code`,

  /** Training programmes with published figures (options for the programme chart). */
  training_programme_options: `
    SELECT DISTINCT o.programme AS value, p.zh AS label_zh, p.en AS label_en, p.sort
    FROM observations o
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.theme = 'training' AND o.programme IS NOT NULL
    ORDER BY p.sort`,

  /** Every other published figure of one programme, each with its measure, year and the value as printed. */
  training_programme_figures: `
    SELECT o.cadre, ${words('c', 'cadre')}, o.measure, ${words('m', 'measure')},
           coalesce(m.sort, 999) AS measure_sort, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           o.value_published, o.unit, ${words('u', 'unit')}, o.geo_code, ${words('g', 'geo')},
           o.institution, ${words('i', 'institution')}, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')},
           list_contains(o.flags, 'repeat') AS is_repeat
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('m', 'measure', 'o.measure')}
    ${label('u', 'unit', 'o.unit')}
    ${label('g', 'geo', 'o.geo_code')}
    ${label('i', 'institution', 'o.institution')}
    WHERE o.is_preferred AND o.theme IN ('training', 'target') AND o.programme = $programme
      AND NOT (o.theme = 'target' AND o.measure IN ('target_low', 'target_high'))
      AND ${OWN_CHARTS}
    ORDER BY c.sort, measure_sort, o.measure, o.year`,
} as const satisfies Record<string, string>;
