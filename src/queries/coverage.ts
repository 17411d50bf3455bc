/**
 * What the data holds, indicator by indicator: which national years and which province × years have a figure, and
 * the best kind of source behind each (official table, official bulletin, reprint, journal or other secondary,
 * derived). The Coverage page draws these; the province charts' year menus come from the same query, so a control
 * never offers a view without figures.
 */
import { label, PROVINCE_TOTAL, QUALIFIER, SERIES_KEY, sourceWords, words } from './fragments.ts';

/** One indicator: every descriptive field of a figure but year and place. */
const INDICATOR = `concat_ws('|', o.theme, o.cadre, o.measure, o.unit, coalesce(o.denominator, '-'), o.institution, o.area,
      coalesce(o.definition, '-'), coalesce(o.breakdown, '-'), coalesce(o.category, '-'), coalesce(o.programme, '-'))`;

/** Places the page covers: China as a whole (national figures and WHO's for China) and the 31 provinces. */
const PLACES = `(o.geo_level IN ('national', 'province') OR (o.geo_level = 'country' AND o.geo_code = 'CHN'))`;

/** The best kind of source behind a figure, over every source that reports it (rank: lower is better). */
const KIND_RANK = `CASE WHEN list_contains(o.flags, 'derived') THEN 5
      WHEN o.source_kind IN ('official_table', 'international') THEN 0 WHEN o.source_kind = 'official_bulletin' THEN 1
      WHEN o.source_kind = 'reprint' AND NOT list_contains(o.flags, 'secondary') THEN 2 ELSE 3 END`;
const KIND_NAME = (rank: string) => `CASE ${rank} WHEN 0 THEN 'official_table' WHEN 1 THEN 'official_bulletin' WHEN 2 THEN 'reprint'
      WHEN 3 THEN 'secondary' ELSE 'derived' END`;

export const COVERAGE_QUERIES = {
  /** Every figure's cell: indicator, place, year, the preferred value and the best kind of source behind it. */
  coverage_cells: `
    WITH f AS (
      SELECT ${INDICATOR} AS ind, o.geo_code, o.year, min(${KIND_RANK}) AS best
      FROM observations o
      WHERE ${PLACES} AND o.theme <> 'target' AND NOT list_contains(o.flags, 'repeat')
      GROUP BY ALL
    )
    SELECT md5(${INDICATOR})[1:10] AS indicator, CASE WHEN o.geo_level = 'province' THEN o.geo_code ELSE 'CHN' END AS geo_code,
           o.year::INTEGER AS year, o.value::DOUBLE AS value, o.value_published, o.unit, ${words('u', 'unit')},
           ${KIND_NAME('f.best')} AS best_kind, ${words('k', 'coverage_kind')}, o.n_sources::INTEGER AS n_sources,
           o.source_id, ${sourceWords('o')}, ${QUALIFIER('o')}
    FROM observations o
    JOIN f ON f.ind = ${INDICATOR} AND f.geo_code = o.geo_code AND f.year = o.year
    ${label('u', 'unit', 'o.unit')}
    ${label('k', 'coverage_kind', KIND_NAME('f.best'))}
    WHERE o.is_preferred AND ${PLACES} AND o.theme <> 'target' AND NOT list_contains(o.flags, 'repeat')
    ORDER BY indicator, geo_code, year`,

  /** Every indicator with its words and how much it holds: national years, provinces and province-years. */
  coverage_indicators: `
    SELECT md5(${INDICATOR})[1:10] AS indicator, o.theme, ${words('th', 'theme')}, coalesce(th.sort, 99) AS theme_sort,
           o.cadre, ${words('c', 'cadre')}, coalesce(c.sort, 999) AS cadre_sort, o.measure, ${words('m', 'measure')},
           o.unit, ${words('u', 'unit')}, o.denominator, ${words('dn', 'denominator')},
           o.institution, ${words('i', 'institution')}, o.area, ${words('a', 'area')}, o.definition, ${words('d', 'definition')},
           o.category, ${words('k', 'category')}, o.programme, ${words('p', 'programme')},
           ${SERIES_KEY} AS series,
           count(DISTINCT o.year) FILTER (WHERE o.geo_level <> 'province')::INTEGER AS n_national,
           min(o.year) FILTER (WHERE o.geo_level <> 'province')::INTEGER AS first_national,
           max(o.year) FILTER (WHERE o.geo_level <> 'province')::INTEGER AS last_national,
           count(*) FILTER (WHERE o.geo_level = 'province')::INTEGER AS n_province_cells,
           count(DISTINCT o.geo_code) FILTER (WHERE o.geo_level = 'province')::INTEGER AS n_provinces,
           count(DISTINCT o.year) FILTER (WHERE o.geo_level = 'province')::INTEGER AS n_province_years,
           bool_or(o.geo_level = 'province' AND ${PROVINCE_TOTAL}) AS in_province_charts
    FROM observations o
    ${label('th', 'theme', 'o.theme')}
    ${label('c', 'cadre', 'o.cadre')}
    ${label('m', 'measure', 'o.measure')}
    ${label('u', 'unit', 'o.unit')}
    ${label('dn', 'denominator', 'o.denominator')}
    ${label('i', 'institution', 'o.institution')}
    ${label('a', 'area', 'o.area')}
    ${label('d', 'definition', 'o.definition')}
    ${label('k', 'category', 'o.category')}
    ${label('p', 'programme', 'o.programme')}
    WHERE o.is_preferred AND ${PLACES} AND o.theme <> 'target' AND NOT list_contains(o.flags, 'repeat')
    GROUP BY ALL
    ORDER BY theme_sort, cadre_sort, o.measure, o.unit, indicator`,

  /**
   * Years with provincial figures for each indicator of the province charts, with how many provinces each has:
   * options of the province charts' year menus, offered only for the indicator chosen (`for`).
   */
  coverage_province_years: `
    SELECT o.year::INTEGER AS value, ${SERIES_KEY} AS "for", count(DISTINCT o.geo_code)::INTEGER AS n
    FROM observations o
    WHERE o.is_preferred AND ${PROVINCE_TOTAL} AND o.measure IN ('density', 'headcount')
    GROUP BY ALL
    ORDER BY "for", value DESC`,
} as const satisfies Record<string, string>;
