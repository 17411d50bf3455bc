/**
 * The one module of named SQL queries. Tables are bare names (observations, sources, labels): both runners create
 * views with these names over public/data/*.parquet. Parameters are `$name` placeholders bound by
 * src/lib/query-runner.ts identically for DuckDB in Node and DuckDB-WASM.
 *
 * Conventions for chart queries (the chart frame relies on them):
 * - only preferred observations (`is_preferred`);
 * - rows carry `source_id`, `is_secondary` (journal/secondary sources or the 'secondary' flag) and `series_break`;
 * - numbers are DOUBLE, years INTEGER, so both engines return plain JS numbers;
 * - options queries return {value, label_zh, label_en}.
 * A "series key" packs codes into one URL-friendly value: 'cadre.measure.unit' (split with split_part).
 */

/** Shared SQL fragments (not queries). */
const SECONDARY = `(o.source_kind IN ('journal', 'secondary') OR list_contains(o.flags, 'secondary'))`;
const BREAK = `list_contains(o.flags, 'series_break')`;

const DERIVED = `list_contains(o.flags, 'derived')`;
const label = (alias: string, domain: string, code: string) =>
  `LEFT JOIN labels ${alias} ON ${alias}.domain = '${domain}' AND ${alias}.code = ${code}`;

/** WHO densities of China and the chosen countries (the two world queries add their own filters and order). */
const WORLD_DENSITY = `
    SELECT o.geo_code,
           -- CHN's geo label is the national one (全国); among countries it is China.
           CASE WHEN o.geo_code = 'CHN' THEN '中国' ELSE coalesce(g.zh, o.geo_code) END AS country_zh,
           CASE WHEN o.geo_code = 'CHN' THEN 'China' ELSE coalesce(g.en, o.geo_code) END AS country_en,
           o.year::INTEGER AS year, o.value::DOUBLE AS value, o.unit, u.zh AS unit_zh, u.en AS unit_en, o.source_id,
           ${SECONDARY} AS is_secondary, ${BREAK} AS series_break
    FROM observations o
    ${label('g', 'geo', 'o.geo_code')}
    ${label('u', 'unit', 'o.unit')}
    WHERE o.is_preferred AND o.geo_level = 'country' AND o.measure = 'density' AND o.unit = 'per_10000'`;

/** Charts engineer: categories that partition a staff group (stackable), policy codes, target policy labels. */
const PARTITION_CATEGORIES = `'bachelor_plus', 'junior_college', 'secondary_vocational', 'secondary_below', 'high_school_below',
  'below_bachelor', 'senior', 'intermediate_senior', 'intermediate', 'junior', 'unranked'`;
const POLICIES = `'gp_system_2011', 'plan_14th_fyp_workforce', 'healthy_china_2030', 'nursing_plan'`;
/** A target's policy: the document named in 《》 in the source title, else the programme or plan label. */
const POLICY_ZH = `coalesce(nullif(regexp_extract(s.title, '《([^》]+)》', 1), ''), p.zh)`;
const POLICY_EN = `CASE WHEN o.programme IN (${POLICIES}) THEN p.en ELSE coalesce(nullif(regexp_extract(s.title, '《([^》]+)》', 1), ''), p.en) END`;

/** Unit label (alias u) that names the agricultural population when a density is per agricultural population. */
const AGRI_UNIT = (lang: 'zh' | 'en') =>
  lang === 'zh'
    ? `CASE WHEN o.denominator = 'agricultural' THEN replace(coalesce(u.zh, o.unit), '人口', '农业人口') ELSE coalesce(u.zh, o.unit) END`
    : `CASE WHEN o.denominator = 'agricultural' THEN replace(coalesce(u.en, o.unit), 'population', 'agricultural population') ELSE coalesce(u.en, o.unit) END`;

export const QUERIES = {
  // ───────────────────────────── framework ─────────────────────────────
  /** Every source, for source lines and the Sources page. */
  source_list: `
    SELECT id, publisher, title, url, kind
    FROM sources
    ORDER BY id`,

  // ───────────────────────────── urban-rural (site engineer) ─────────────────────────────
  /** Cadres with a national density per 1,000 (resident/unspecified population) in any area. */
  ur_density_cadre_options: `
    SELECT DISTINCT o.cadre AS value, coalesce(c.zh, o.cadre) AS label_zh, coalesce(c.en, o.cadre) AS label_en,
           coalesce(c.sort, 999) AS s1
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.measure = 'density' AND o.unit = 'per_1000'
      AND o.institution = 'all' AND o.breakdown IS NULL AND o.area IN ('urban', 'rural', 'total')
      AND coalesce(o.denominator, 'unspecified') <> 'agricultural'
    ORDER BY s1, value`,

  /** Density per 1,000 in cities, countryside and the whole country, by year, with the urban/rural ratio. */
  ur_density_by_area: `
    WITH d AS (
      SELECT o.year::INTEGER AS year, o.area, o.value::DOUBLE AS value, o.unit, o.denominator, o.definition,
             o.source_id, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${DERIVED} AS is_derived
      FROM observations o
      WHERE o.is_preferred AND o.geo_level = 'national' AND o.measure = 'density' AND o.unit = 'per_1000'
        AND o.cadre = $cadre AND o.institution = 'all' AND o.breakdown IS NULL
        AND o.area IN ('urban', 'rural', 'total')
        AND coalesce(o.denominator, 'unspecified') <> 'agricultural'
    ),
    r AS (
      SELECT u.year, round(u.value / nullif(ru.value, 0), 2)::DOUBLE AS ratio
      FROM d u JOIN d ru ON ru.year = u.year AND ru.area = 'rural' AND u.area = 'urban'
    )
    SELECT d.year, d.area, a.zh AS area_zh, a.en AS area_en, d.value, d.unit, u.zh AS unit_zh, u.en AS unit_en,
           CASE WHEN d.area = 'urban' THEN r.ratio END AS ratio,
           d.denominator, d.definition, d.source_id, d.is_secondary, d.series_break, d.is_derived
    FROM d LEFT JOIN r ON r.year = d.year
    ${label('a', 'area', 'd.area')}
    ${label('u', 'unit', 'd.unit')}
    ORDER BY CASE d.area WHEN 'urban' THEN 0 WHEN 'rural' THEN 1 ELSE 2 END, d.year`,

  /** Indicators published for provinces: series key cadre.measure.unit.denominator ('-' = none), with labels. */
  ur_province_series_options: `
    SELECT DISTINCT concat_ws('.', o.cadre, o.measure, o.unit, coalesce(o.denominator, '-')) AS value,
           coalesce(c.zh, o.cadre) || '（' || coalesce(u.zh, o.unit)
             || CASE WHEN o.denominator IN ('resident', 'household') THEN '，' || dn.zh ELSE '' END || '）' AS label_zh,
           coalesce(c.en, o.cadre) || ' (' || coalesce(u.en, o.unit)
             || CASE WHEN o.denominator IN ('resident', 'household') THEN ', ' || dn.en ELSE '' END || ')' AS label_en,
           o.measure, coalesce(c.sort, 999) AS s1, o.unit, o.denominator
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('u', 'unit', 'o.unit')}
    ${label('dn', 'denominator', 'o.denominator')}
    WHERE o.is_preferred AND o.geo_level = 'province' AND o.measure IN ('density', 'headcount')
      AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL
    ORDER BY o.measure, s1, o.unit, o.denominator NULLS FIRST`,

  /** Years with any provincial figure for the indicators above, newest first. */
  ur_province_year_options: `
    SELECT DISTINCT o.year::INTEGER AS value, o.year::VARCHAR AS label_zh, o.year::VARCHAR AS label_en
    FROM observations o
    WHERE o.is_preferred AND o.geo_level = 'province' AND o.measure IN ('density', 'headcount')
      AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL
    ORDER BY value DESC`,

  /** One indicator for every province that published it in a year; `years_available` lists the indicator's years. */
  ur_province_values: `
    WITH s AS (
      SELECT o.*
      FROM observations o
      WHERE o.is_preferred AND o.geo_level = 'province'
        AND o.cadre = split_part($series, '.', 1) AND o.measure = split_part($series, '.', 2)
        AND o.unit = split_part($series, '.', 3) AND coalesce(o.denominator, '-') = split_part($series, '.', 4)
        AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL
    ),
    y AS (SELECT string_agg(DISTINCT year::VARCHAR, ',' ORDER BY year::VARCHAR) AS years_available FROM s)
    SELECT o.geo_code, g.zh AS province_zh, g.en AS province_en, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           o.unit, u.zh AS unit_zh, u.en AS unit_en, o.denominator, o.definition, o.source_id,
           ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${DERIVED} AS is_derived, y.years_available
    FROM s o CROSS JOIN y
    ${label('g', 'geo', 'o.geo_code')}
    ${label('u', 'unit', 'o.unit')}
    WHERE o.year = $year
    ORDER BY o.value DESC, o.geo_code`,

  /** National village-workforce series (village doctors and aides, village clinics, densities). */
  ur_village_series_options: `
    SELECT DISTINCT concat_ws('.', o.cadre, o.measure, o.unit, coalesce(o.denominator, '-')) AS value,
           -- Staff counted in village clinics say so: '卫生人员' alone would read as the whole workforce.
           CASE WHEN o.institution <> 'all' THEN coalesce(i.zh, o.institution) || '：' ELSE '' END
             || coalesce(c.zh, o.cadre) || '（' || ${AGRI_UNIT('zh')} || '）' AS label_zh,
           CASE WHEN o.institution <> 'all' THEN coalesce(i.en, o.institution) || ': ' ELSE '' END
             || coalesce(c.en, o.cadre) || ' (' || ${AGRI_UNIT('en')} || ')' AS label_en,
           coalesce(c.sort, 999) AS s1, o.measure, o.unit
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('u', 'unit', 'o.unit')}
    ${label('i', 'institution', 'o.institution')}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.theme = 'village' AND o.breakdown IS NULL
    ORDER BY s1, o.measure, o.unit`,

  ur_village_series: `
    SELECT o.year::INTEGER AS year, o.value::DOUBLE AS value, o.unit, ${AGRI_UNIT('zh')} AS unit_zh,
           ${AGRI_UNIT('en')} AS unit_en, o.denominator, o.definition, o.source_id,
           ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${DERIVED} AS is_derived
    FROM observations o
    ${label('u', 'unit', 'o.unit')}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.theme = 'village' AND o.breakdown IS NULL
      AND o.cadre = split_part($series, '.', 1) AND o.measure = split_part($series, '.', 2)
      AND o.unit = split_part($series, '.', 3) AND coalesce(o.denominator, '-') = split_part($series, '.', 4)
    ORDER BY o.year`,

  /** WHO density indicators available for countries (medical doctors, nursing and midwifery personnel). */
  ur_world_cadre_options: `
    SELECT DISTINCT o.cadre AS value, coalesce(c.zh, o.cadre) AS label_zh, coalesce(c.en, o.cadre) AS label_en,
           coalesce(c.sort, 999) AS s1
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    WHERE o.is_preferred AND o.geo_level = 'country' AND o.measure = 'density' AND o.unit = 'per_10000'
    ORDER BY s1, value`,

  ur_world_year_options: `
    SELECT DISTINCT o.year::INTEGER AS value, o.year::VARCHAR AS label_zh, o.year::VARCHAR AS label_en
    FROM observations o
    WHERE o.is_preferred AND o.geo_level = 'country' AND o.measure = 'density' AND o.unit = 'per_10000'
      AND o.geo_code = 'CHN'
    ORDER BY value DESC`,

  /** China (WHO figures) and a comparison set of countries over time ($countries: comma-separated ISO3 codes). */
  ur_world_lines: `${WORLD_DENSITY}
      AND o.cadre = $cadre AND (o.geo_code = 'CHN' OR list_contains(string_split($countries, ','), o.geo_code))
    ORDER BY o.geo_code <> 'CHN', o.geo_code, o.year`,

  /** China and the comparison set in one year, ranked. */
  ur_world_rank: `${WORLD_DENSITY}
      AND o.cadre = $cadre AND o.year = $year
      AND (o.geo_code = 'CHN' OR list_contains(string_split($countries, ','), o.geo_code))
    ORDER BY o.value DESC, o.geo_code`,

  // ───────────────────────────── scenario (scenario engineer) ─────────────────────────────
  /**
   * Everything the GP scenario starts from, one row per published figure with a `role`: national GP density and
   * headcount (history and starting point), the density targets (a point target such as 5 by 2030, and a printed
   * range such as 2–3 by 2020 as a low and a high row, each with its policy), and the training flows. The page
   * picks the latest year per role; lists of the same role are the history.
   */
  scenario_baseline: `
    WITH picked AS (
      SELECT CASE
               WHEN o.theme = 'workforce' AND o.cadre = 'gps' AND o.measure = 'density' AND o.unit = 'per_10000' THEN 'gp_density'
               WHEN o.theme = 'workforce' AND o.cadre = 'gps' AND o.measure = 'headcount' THEN 'gp_headcount'
               WHEN o.theme = 'target' AND o.cadre = 'gps' AND o.measure = 'target' AND o.unit = 'per_10000' THEN 'target_density'
               WHEN o.theme = 'target' AND o.cadre = 'gps' AND o.measure = 'target_low' AND o.unit = 'per_10000' THEN 'target_density_low'
               WHEN o.theme = 'target' AND o.cadre = 'gps' AND o.measure = 'target_high' AND o.unit = 'per_10000' THEN 'target_density_high'
               WHEN o.programme = 'residency_training' AND o.cadre = 'gps' AND o.measure = 'annual_graduates_expected' THEN 'residency_gp_graduates'
               WHEN o.programme = 'gp_transfer_training' AND o.measure = 'annual_intake_planned' THEN 'transfer_intake'
               WHEN o.programme = 'assistant_gp_training' AND o.measure = 'cumulative_trained' THEN 'assistant_cumulative'
               WHEN o.programme = 'order_directed' AND o.measure = 'annual_intake_planned' THEN 'order_intake'
               WHEN o.programme = 'order_directed' AND o.measure = 'share_graduates_in_township_centres' THEN 'order_rural_share'
             END AS role, o.*
      FROM observations o
      WHERE o.is_preferred AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL
        AND o.definition IS NULL AND o.geo_code IN ('CHN', 'central_west')
    )
    SELECT p.role, p.year::INTEGER AS year, p.value::DOUBLE AS value, p.value_published, p.unit, p.geo_code,
           p.source_id, ${SECONDARY.replaceAll('o.', 'p.')} AS is_secondary,
           list_contains(p.flags, 'approximate') AS is_approximate, list_contains(p.flags, 'lower_bound') AS is_lower_bound,
           ${BREAK.replace('o.', 'p.')} AS series_break,
           CASE WHEN p.theme = 'target' THEN ${POLICY_ZH.replace('p.zh', 'pl.zh')} END AS policy_zh,
           CASE WHEN p.theme = 'target' THEN ${POLICY_EN.replace('o.programme', 'p.programme').replaceAll('p.en', 'pl.en')} END AS policy_en
    FROM picked p
    LEFT JOIN sources s ON s.id = p.source_id
    ${label('pl', 'programme', 'p.programme')}
    WHERE p.role IS NOT NULL AND (p.role NOT IN ('gp_density', 'gp_headcount') OR p.geo_code = 'CHN')
    ORDER BY p.role, p.year`,

  // ───────────────────────────── overview, qualifications, training, sources (charts engineer) ─────────────────────────────
  /** Latest preferred national figure for each headline, with the next national target in the same unit. */
  overview_headlines: `
    WITH h(key, cadre, measure, unit, sort) AS (VALUES
      ('health_workers', 'health_workers', 'headcount', 'persons', 1),
      ('health_technicians', 'health_technicians', 'headcount', 'persons', 2),
      ('physicians_assistants', 'physicians_assistants', 'headcount', 'persons', 3),
      ('nurses', 'nurses', 'headcount', 'persons', 4),
      ('physicians_assistants_per_1000', 'physicians_assistants', 'density', 'per_1000', 5),
      ('nurses_per_1000', 'nurses', 'density', 'per_1000', 6),
      ('gps_per_10000', 'gps', 'density', 'per_10000', 7)),
    latest AS (
      SELECT h.key, h.sort, o.cadre, o.unit, o.year, o.value, o.value_published, o.source_id, o.flags, o.source_kind,
             row_number() OVER (PARTITION BY h.key ORDER BY o.year DESC, o.source_id) AS rn
      FROM h JOIN observations o ON o.cadre = h.cadre AND o.measure = h.measure AND o.unit = h.unit
      WHERE o.is_preferred AND o.geo_level = 'national' AND o.geo_code = 'CHN' AND o.area = 'total'
        AND o.institution = 'all' AND o.breakdown IS NULL AND o.definition IS NULL
    ),
    tg AS (
      SELECT l.key, t.year, t.value, t.value_published, t.source_id, t.programme, s.title,
             row_number() OVER (PARTITION BY l.key ORDER BY t.year, t.source_id) AS rn
      FROM latest l
      JOIN observations t ON t.is_preferred AND t.theme = 'target' AND t.measure = 'target' AND t.cadre = l.cadre
        AND t.unit = l.unit AND t.geo_code = 'CHN' AND t.area = 'total' AND t.year >= l.year
      LEFT JOIN sources s ON s.id = t.source_id
      WHERE l.rn = 1
    )
    SELECT l.key, l.cadre, c.zh AS cadre_zh, c.en AS cadre_en, l.unit, u.zh AS unit_zh, u.en AS unit_en,
           l.year::INTEGER AS year, l.value::DOUBLE AS value, l.value_published, l.source_id,
           (l.source_kind IN ('journal', 'secondary') OR list_contains(l.flags, 'secondary')) AS is_secondary,
           tg.year::INTEGER AS target_year, tg.value::DOUBLE AS target_value, tg.value_published AS target_published,
           tg.source_id AS target_source_id,
           coalesce(nullif(regexp_extract(tg.title, '《([^》]+)》', 1), ''), p.zh) AS target_policy_zh,
           CASE WHEN tg.programme IN (${POLICIES}) THEN p.en
                ELSE coalesce(nullif(regexp_extract(tg.title, '《([^》]+)》', 1), ''), p.en) END AS target_policy_en
    FROM latest l
    LEFT JOIN tg ON tg.key = l.key AND tg.rn = 1
    ${label('c', 'cadre', 'l.cadre')}
    ${label('u', 'unit', 'l.unit')}
    ${label('p', 'programme', 'tg.programme')}
    WHERE l.rn = 1
    ORDER BY l.sort`,

  /** Physicians and nurses per 1,000 (current and pre-2002 definitions as separate series) with national targets. */
  overview_density_targets: `
    SELECT CASE WHEN o.theme = 'target' THEN 'target' ELSE 'observed' END AS kind,
           CASE WHEN o.theme = 'target' THEN '目标' ELSE '公布值' END AS kind_zh,
           CASE WHEN o.theme = 'target' THEN 'Target' ELSE 'Published' END AS kind_en,
           o.cadre, c.zh AS cadre_zh, c.en AS cadre_en, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           NULL::DOUBLE AS value_high, o.value_published, o.unit, u.zh AS unit_zh, u.en AS unit_en, o.definition,
           ${POLICY_ZH} AS policy_zh, ${POLICY_EN} AS policy_en,
           o.source_id, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break,
           list_contains(o.flags, 'derived') AS is_derived
    FROM observations o
    LEFT JOIN sources s ON s.id = o.source_id
    ${label('c', 'cadre', 'o.cadre')}
    ${label('u', 'unit', 'o.unit')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.geo_code = 'CHN' AND o.area = 'total'
      AND o.institution = 'all' AND o.breakdown IS NULL AND o.unit = 'per_1000'
      AND ((o.measure = 'density' AND o.cadre IN ('physicians_assistants', 'nurses', 'doctors_pre2001', 'nurses_pre2001'))
        OR (o.measure = 'target' AND o.cadre IN ('physicians_assistants', 'nurses')))
    ORDER BY kind, c.sort, o.year, o.source_id`,

  /** Staff groups with a published education or title make-up (options). */
  qualifications_composition_cadres: `
    SELECT DISTINCT o.cadre AS value, coalesce(c.zh, o.cadre) AS label_zh, coalesce(c.en, o.cadre) AS label_en, c.sort
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.category IN (${PARTITION_CATEGORIES})
    ORDER BY c.sort`,

  /** One staff group's make-up, by year and institution type. Only categories that partition the staff are
   *  stacked; thresholds that overlap them (大专及以上, 硕士及以上) are in qualifications_degree_share. */
  qualifications_composition: `
    SELECT o.year::INTEGER AS year, o.cadre, c.zh AS cadre_zh, c.en AS cadre_en,
           o.institution, i.zh AS institution_zh, i.en AS institution_en, coalesce(i.sort, 0) AS institution_sort,
           o.category, k.zh AS category_zh, k.en AS category_en, coalesce(k.sort, 999) AS category_sort,
           o.value::DOUBLE AS value, o.value_published, o.source_id, ${SECONDARY} AS is_secondary
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('i', 'institution', 'o.institution')}
    ${label('k', 'category', 'o.category')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.breakdown = $breakdown AND o.cadre = $cadre
      AND o.category IN (${PARTITION_CATEGORIES}) AND o.unit = 'percent'
    ORDER BY o.year, institution_sort, category_sort`,

  /** Published shares with a degree (each threshold as printed), national, all institutions. */
  qualifications_degree_share: `
    SELECT o.cadre, c.zh AS cadre_zh, c.en AS cadre_en, o.category, k.zh AS category_zh, k.en AS category_en,
           o.year::INTEGER AS year, o.value::DOUBLE AS value, o.value_published, o.flags::VARCHAR AS flags,
           o.source_id, ${SECONDARY} AS is_secondary
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('k', 'category', 'o.category')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.breakdown = 'education' AND o.institution = 'all'
      AND o.geo_code = 'CHN' AND o.category IN ('masters_plus', 'bachelor_plus', 'junior_college_plus')
    ORDER BY c.sort, k.sort, o.year`,

  /** GPs (count or per 10,000) and the national level targets in the same unit; ranges as value..value_high. */
  training_gp_series: `
    SELECT 'observed' AS kind, '公布值' AS kind_zh, 'Published' AS kind_en, o.year::INTEGER AS year, o.value::DOUBLE AS value, NULL::DOUBLE AS value_high,
           o.value_published, o.unit, u.zh AS unit_zh, u.en AS unit_en, o.definition,
           NULL AS policy_zh, NULL AS policy_en, o.source_id, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break,
           list_contains(o.flags, 'derived') AS is_derived
    FROM observations o
    ${label('u', 'unit', 'o.unit')}
    WHERE o.is_preferred AND o.cadre = 'gps' AND o.measure = $measure
      AND o.unit = CASE WHEN $measure = 'density' THEN 'per_10000' ELSE 'persons' END
      AND o.geo_level = 'national' AND o.geo_code = 'CHN' AND o.area = 'total' AND o.institution = 'all'
    UNION ALL
    SELECT 'target' AS kind, '目标', 'Target', o.year::INTEGER, o.value::DOUBLE,
           (SELECT max(hi.value) FROM observations hi WHERE hi.is_preferred AND hi.measure = 'target_high'
              AND hi.cadre = o.cadre AND hi.unit = o.unit AND hi.year = o.year AND hi.area = o.area
              AND hi.geo_code = o.geo_code)::DOUBLE,
           o.value_published, o.unit, u.zh, u.en, o.definition, ${POLICY_ZH}, ${POLICY_EN}, o.source_id,
           ${SECONDARY}, ${BREAK}, false
    FROM observations o
    LEFT JOIN sources s ON s.id = o.source_id
    ${label('u', 'unit', 'o.unit')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.cadre = 'gps' AND o.measure IN ('target', 'target_low')
      AND o.unit = CASE WHEN $measure = 'density' THEN 'per_10000' ELSE 'persons' END
      AND o.geo_code = 'CHN' AND o.area = 'total'
    ORDER BY kind, year`,

  /** Standardised residency training: cumulative totals as published, and the 2020 target. */
  training_residency: `
    SELECT CASE WHEN o.theme = 'target' THEN 'target' ELSE 'observed' END AS kind,
           CASE WHEN o.theme = 'target' THEN '目标' ELSE '公布值' END AS kind_zh,
           CASE WHEN o.theme = 'target' THEN 'Target' ELSE 'Published' END AS kind_en, o.measure,
           m.zh AS measure_zh, m.en AS measure_en, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           NULL::DOUBLE AS value_high, o.value_published, o.unit, u.zh AS unit_zh, u.en AS unit_en, o.definition,
           ${POLICY_ZH} AS policy_zh, ${POLICY_EN} AS policy_en,
           o.source_id, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break
    FROM observations o
    LEFT JOIN sources s ON s.id = o.source_id
    ${label('m', 'measure', 'o.measure')}
    ${label('u', 'unit', 'o.unit')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.cadre = 'residents' AND o.unit = 'persons'
      AND o.measure IN ('cumulative_enrolled', 'cumulative_certified', 'target_trained')
    ORDER BY kind, m.sort, o.year`,

  /** Rural order-directed medical students: the annual enrolment plans (years without a published plan are gaps). */
  training_order_directed: `
    SELECT o.measure, m.zh AS measure_zh, m.en AS measure_en, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           o.value_published, o.geo_code, g.zh AS geo_zh, g.en AS geo_en, o.source_id, ${SECONDARY} AS is_secondary
    FROM observations o
    ${label('m', 'measure', 'o.measure')}
    ${label('g', 'geo', 'o.geo_code')}
    WHERE o.is_preferred AND o.cadre = 'order_directed_students' AND o.measure = 'annual_intake_planned'
    ORDER BY o.year`,

  /** Training programmes with published figures (options for the programme table chart). */
  training_programme_options: `
    SELECT DISTINCT o.programme AS value, p.zh AS label_zh, p.en AS label_en, p.sort
    FROM observations o
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND o.theme = 'training' AND o.programme IS NOT NULL
    ORDER BY p.sort`,

  /** Every published figure of one programme, each with its measure, year and the value as printed. */
  training_programme_figures: `
    SELECT o.cadre, c.zh AS cadre_zh, c.en AS cadre_en, o.measure, m.zh AS measure_zh, m.en AS measure_en,
           coalesce(m.sort, 999) AS measure_sort, o.year::INTEGER AS year, o.value::DOUBLE AS value,
           o.value_published, o.unit, u.zh AS unit_zh, u.en AS unit_en, o.geo_code, g.zh AS geo_zh, g.en AS geo_en,
           o.institution, i.zh AS institution_zh, i.en AS institution_en,
           o.source_id, ${SECONDARY} AS is_secondary
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('m', 'measure', 'o.measure')}
    ${label('u', 'unit', 'o.unit')}
    ${label('g', 'geo', 'o.geo_code')}
    ${label('i', 'institution', 'o.institution')}
    WHERE o.is_preferred AND o.theme IN ('training', 'target') AND o.programme = $programme
      AND NOT (o.theme = 'target' AND o.measure IN ('target_low', 'target_high'))
      -- drawn in their own charts (training_residency, training_order_directed)
      AND NOT (o.cadre = 'residents' AND o.measure IN ('cumulative_enrolled', 'cumulative_certified', 'target_trained'))
      AND NOT (o.cadre = 'order_directed_students' AND o.measure = 'annual_intake_planned')
    ORDER BY c.sort, measure_sort, o.measure, o.year`,

  /** Every source with what it provides (rows, years, preferred figures), for the Sources page. */
  sources_catalogue: `
    SELECT s.id, s.publisher, s.title, s.url, s.locator, s.language, s.kind, k.zh AS kind_zh, k.en AS kind_en,
           s.n_rows::INTEGER AS n_rows, min(o.year)::INTEGER AS first_year, max(o.year)::INTEGER AS last_year,
           count(o.year)::INTEGER AS n_observations, count(*) FILTER (WHERE o.is_preferred)::INTEGER AS n_preferred,
           coalesce(k.sort, 999) AS kind_sort
    FROM sources s
    LEFT JOIN observations o ON o.source_id = s.id
    ${label('k', 'source_kind', 's.kind')}
    GROUP BY ALL
    ORDER BY kind_sort, s.id`,

  /** Key national series: which years in their span have no published figure. */
  sources_coverage: `
    WITH k(cadre, measure, unit, sort) AS (VALUES
      ('health_workers', 'headcount', 'persons', 1), ('health_technicians', 'headcount', 'persons', 2),
      ('physicians_assistants', 'headcount', 'persons', 3), ('nurses', 'headcount', 'persons', 4),
      ('physicians_assistants', 'density', 'per_1000', 5), ('nurses', 'density', 'per_1000', 6),
      ('gps', 'headcount', 'persons', 7), ('gps', 'density', 'per_10000', 8),
      ('village_doctors_aides', 'headcount', 'persons', 9)),
    y AS (
      SELECT k.cadre, k.measure, k.unit, k.sort, o.year
      FROM k JOIN observations o ON o.cadre = k.cadre AND o.measure = k.measure AND o.unit = k.unit
      WHERE o.is_preferred AND o.geo_level = 'national' AND o.geo_code = 'CHN' AND o.area = 'total'
        AND o.institution = 'all' AND o.definition IS NULL AND o.breakdown IS NULL
      GROUP BY ALL
    ),
    span AS (SELECT cadre, measure, unit, sort, min(year) AS y0, max(year) AS y1, count(*) AS n FROM y GROUP BY ALL)
    SELECT span.cadre, c.zh AS cadre_zh, c.en AS cadre_en, span.measure, m.zh AS measure_zh, m.en AS measure_en,
           span.unit, u.zh AS unit_zh, u.en AS unit_en, span.y0::INTEGER AS first_year, span.y1::INTEGER AS last_year,
           span.n::INTEGER AS n_years,
           (SELECT string_agg(g::VARCHAR, ',' ORDER BY g) FROM range(span.y0, span.y1 + 1) t(g)
             WHERE g NOT IN (SELECT year FROM y WHERE y.cadre = span.cadre AND y.measure = span.measure AND y.unit = span.unit)) AS missing
    FROM span
    ${label('c', 'cadre', 'span.cadre')}
    ${label('m', 'measure', 'span.measure')}
    ${label('u', 'unit', 'span.unit')}
    ORDER BY span.sort`,

  /** Older series definitions, with the years for which figures under them exist. */
  sources_definitions: `
    SELECT o.definition AS code, d.zh AS label_zh, d.en AS label_en, min(o.year)::INTEGER AS first_year,
           max(o.year)::INTEGER AS last_year, count(*)::INTEGER AS n_rows
    FROM observations o
    ${label('d', 'definition', 'o.definition')}
    WHERE o.definition IS NOT NULL
    GROUP BY ALL
    ORDER BY first_year, code`,

  /** Staff groups (cadres) in both languages, in display order. */
  sources_cadres: `
    SELECT l.code, l.zh AS label_zh, l.en AS label_en
    FROM labels l
    WHERE l.domain = 'cadre' AND l.code IN (SELECT DISTINCT cadre FROM observations)
    ORDER BY l.sort`,
} as const satisfies Record<string, string>;

export type QueryName = keyof typeof QUERIES;
