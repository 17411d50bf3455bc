/** Queries of the urban/rural page: densities by area, provinces, the village workforce, WHO country comparisons. */
import { BREAK, DERIVED, label, PROVENANCE, PROVINCE_TOTAL, QUALIFIER, SECONDARY, SERIES_KEY, SERIES_KEY_MATCHES, sourceWords, UNIT_JOINS, unitWords, words } from './fragments.ts';

/** National densities per 1,000 by area (resident or unspecified population; not per agricultural population). */
const AREA_DENSITY = `o.is_preferred AND o.geo_level = 'national' AND o.measure = 'density' AND o.unit = 'per_1000'
        AND o.institution = 'all' AND o.breakdown IS NULL AND o.area IN ('urban', 'rural', 'total')
        AND coalesce(o.denominator, 'unspecified') <> 'agricultural'`;


/** WHO densities of China and other countries; CHN is named as a country (中国), not as the nation's total (全国). */
const WORLD_DENSITY = `
    SELECT o.geo_code, coalesce(cn.zh, g.zh, o.geo_code) AS country_zh, coalesce(cn.en, g.en, o.geo_code) AS country_en,
           o.year::INTEGER AS year, o.value::DOUBLE AS value, o.unit, ${words('u', 'unit')}, o.source_id, ${sourceWords('o')},
           ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${QUALIFIER('o')}
    FROM observations o
    ${label('cn', 'country', 'o.geo_code')}
    ${label('g', 'geo', 'o.geo_code')}
    ${label('u', 'unit', 'o.unit')}
    WHERE o.is_preferred AND o.geo_level = 'country' AND o.measure = 'density' AND o.unit = 'per_10000'`;

/** Names of the requested countries WHO has no figure for ($countries: comma-separated ISO3 codes). */
const MISSING_COUNTRIES = (lang: 'zh' | 'en') => `(SELECT string_agg(coalesce(m.${lang}, c.code), '|' ORDER BY list_position(string_split($countries, ','), c.code))
      FROM unnest(string_split($countries, ',')) AS c(code)
      ${label('m', 'country', 'c.code')}
      WHERE c.code NOT IN (SELECT geo_code FROM w)) AS missing_${lang}`;

export const URBAN_RURAL_QUERIES = {
  /** Cadres with a national density per 1,000 (resident/unspecified population) in any area. */
  ur_density_cadre_options: `
    SELECT DISTINCT o.cadre AS value, coalesce(c.zh, o.cadre) AS label_zh, coalesce(c.en, o.cadre) AS label_en,
           coalesce(c.sort, 999) AS s1
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    WHERE ${AREA_DENSITY}
    ORDER BY s1, value`,

  /** Density per 1,000 in cities, countryside and the whole country, by year, with the urban/rural ratio. */
  ur_density_by_area: `
    WITH d AS (
      SELECT o.year::INTEGER AS year, o.area, o.value::DOUBLE AS value, o.unit, o.denominator, o.definition, ${PROVENANCE}
      FROM observations o
      WHERE ${AREA_DENSITY} AND o.cadre = $cadre
    ),
    r AS (
      -- Only two exact figures make a ratio: "less than 2" in the countryside gives no number to divide by.
      SELECT u.year, round(u.value / nullif(ru.value, 0), 2)::DOUBLE AS ratio
      FROM d u JOIN d ru ON ru.year = u.year AND ru.area = 'rural' AND u.area = 'urban'
      WHERE u.qualifier IS NULL AND ru.qualifier IS NULL
    )
    SELECT d.year, d.area, ${words('a', 'area')}, d.value, d.unit, ${words('u', 'unit')},
           CASE WHEN d.area = 'urban' THEN r.ratio END AS ratio,
           d.denominator, d.definition, d.source_id, d.source_zh, d.source_en, d.is_secondary, d.series_break, d.is_derived,
           d.qualifier, d.qualifier_printed, d.precision
    FROM d LEFT JOIN r ON r.year = d.year
    ${label('a', 'area', 'd.area')}
    ${label('u', 'unit', 'd.unit')}
    ORDER BY CASE d.area WHEN 'urban' THEN 0 WHEN 'rural' THEN 1 ELSE 2 END, d.year`,

  /** Indicators published for provinces, as series keys, labelled with cadre, unit and population basis. */
  ur_province_series_options: `
    SELECT DISTINCT ${SERIES_KEY} AS value,
           coalesce(c.zh, o.cadre) || '（' || coalesce(u.zh, o.unit)
             || CASE WHEN o.denominator IN ('resident', 'household') THEN '，' || dn.zh ELSE '' END || '）' AS label_zh,
           coalesce(c.en, o.cadre) || ' (' || coalesce(u.en, o.unit)
             || CASE WHEN o.denominator IN ('resident', 'household') THEN ', ' || dn.en ELSE '' END || ')' AS label_en,
           o.measure, coalesce(c.sort, 999) AS s1, o.unit, o.denominator
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('u', 'unit', 'o.unit')}
    ${label('dn', 'denominator', 'o.denominator')}
    WHERE o.is_preferred AND ${PROVINCE_TOTAL} AND o.measure IN ('density', 'headcount')
    ORDER BY o.measure, s1, o.unit, o.denominator NULLS FIRST`,

  /**
   * One indicator for every province in a year: one row per province, the value NULL where none is published (a gap,
   * never a zero), with its short names for small tiles; `years_available` lists the indicator's years.
   */
  ur_province_values: `
    WITH s AS (
      SELECT o.* FROM observations o WHERE o.is_preferred AND ${PROVINCE_TOTAL} AND ${SERIES_KEY_MATCHES('$series')}
    ),
    y AS (SELECT string_agg(DISTINCT year::VARCHAR, ',' ORDER BY year::VARCHAR) AS years_available FROM s),
    v AS (SELECT * FROM s WHERE year = $year)
    SELECT g.code AS geo_code, ${words('g', 'province')}, ${words('ab', 'province_short')},
           $year::INTEGER AS year, o.value::DOUBLE AS value,
           o.unit, ${words('u', 'unit')}, o.denominator, o.definition, o.source_id, ${sourceWords('o')},
           ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${DERIVED} AS is_derived, ${QUALIFIER('o')}, y.years_available
    FROM labels g
    CROSS JOIN y
    LEFT JOIN v o ON o.geo_code = g.code
    ${label('ab', 'geo_short', 'g.code')}
    ${label('u', 'unit', 'o.unit')}
    WHERE g.domain = 'geo' AND g.code IN (SELECT code FROM labels WHERE domain = 'geo_short')
    ORDER BY o.value DESC NULLS LAST, g.code`,

  /** National village-workforce series (village doctors and aides, village clinics, densities). */
  ur_village_series_options: `
    SELECT DISTINCT ${SERIES_KEY} AS value,
           -- Staff counted in village clinics say so: '卫生人员' alone would read as the whole workforce.
           CASE WHEN o.institution <> 'all' THEN coalesce(i.zh, o.institution) || '：' ELSE '' END
             || coalesce(c.zh, o.cadre) || '（' || coalesce(CASE WHEN o.denominator = 'agricultural' THEN ua.zh END, u.zh, o.unit) || '）' AS label_zh,
           CASE WHEN o.institution <> 'all' THEN coalesce(i.en, o.institution) || ': ' ELSE '' END
             || coalesce(c.en, o.cadre) || ' (' || coalesce(CASE WHEN o.denominator = 'agricultural' THEN ua.en END, u.en, o.unit) || ')' AS label_en,
           coalesce(c.sort, 999) AS s1, o.measure, o.unit
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('i', 'institution', 'o.institution')}
    ${UNIT_JOINS}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.theme = 'village' AND o.breakdown IS NULL
    ORDER BY s1, o.measure, o.unit`,

  ur_village_series: `
    SELECT o.year::INTEGER AS year, o.value::DOUBLE AS value, o.unit, ${unitWords}, o.denominator, o.definition, ${PROVENANCE}
    FROM observations o
    ${UNIT_JOINS}
    WHERE o.is_preferred AND o.geo_level = 'national' AND o.theme = 'village' AND o.breakdown IS NULL
      AND ${SERIES_KEY_MATCHES('$series')}
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

  /** China and a comparison set over time ($countries: comma-separated ISO3 codes); names of those without data. */
  ur_world_lines: `
    WITH w AS (${WORLD_DENSITY}
      AND o.cadre = $cadre AND (o.geo_code = 'CHN' OR list_contains(string_split($countries, ','), o.geo_code)))
    SELECT w.*, ${MISSING_COUNTRIES('zh')}, ${MISSING_COUNTRIES('en')}
    FROM w
    ORDER BY w.geo_code <> 'CHN', w.geo_code, w.year`,

  /** China and the comparison set in one year, ranked. */
  ur_world_rank: `
    WITH w AS (${WORLD_DENSITY}
      AND o.cadre = $cadre AND o.year = $year
      AND (o.geo_code = 'CHN' OR list_contains(string_split($countries, ','), o.geo_code)))
    SELECT w.*, ${MISSING_COUNTRIES('zh')}, ${MISSING_COUNTRIES('en')}
    FROM w
    ORDER BY w.value DESC, w.geo_code`,
} as const satisfies Record<string, string>;
