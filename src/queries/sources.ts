/** Queries of the Sources page and the source lines under every chart. */
import { label } from './fragments.ts';
import { SETS, sqlValues } from './sets.ts';

const COVERAGE = SETS.coverage_series.series.map((s, i) => ({ ...s, sort: i + 1 }));

export const SOURCES_QUERIES = {
  /** Every source, for source lines and downloads. */
  source_list: `
    SELECT s.id, s.publisher, s.title, s.url, s.kind, s.host, s.copy_kind, ck.zh AS copy_kind_zh, ck.en AS copy_kind_en, s.is_mirror,
           s.original_id, s.original_publisher, s.original_publisher_en, s.original_title, s.original_title_en, s.original_date,
           s.original_locator, s.original_note
    FROM sources s
    ${label('ck', 'copy_kind', 's.copy_kind')}
    ORDER BY s.id`,

  /** Every source with what it provides (rows, years, preferred figures), for the Sources page. */
  sources_catalogue: `
    SELECT s.id, s.publisher, s.title, s.url, s.locator, s.language, s.kind, k.zh AS kind_zh, k.en AS kind_en,
           s.host, s.copy_kind, ck.zh AS copy_kind_zh, ck.en AS copy_kind_en, s.is_mirror, s.original_id, s.original_publisher,
           s.original_publisher_en, s.original_title, s.original_title_en, s.original_date, s.original_locator, s.original_note,
           s.n_rows::INTEGER AS n_rows, min(o.year)::INTEGER AS first_year, max(o.year)::INTEGER AS last_year,
           count(o.year)::INTEGER AS n_observations, count(*) FILTER (WHERE o.is_preferred)::INTEGER AS n_preferred,
           coalesce(k.sort, 999) AS kind_sort
    FROM sources s
    LEFT JOIN observations o ON o.source_id = s.id
    ${label('k', 'source_kind', 's.kind')}
    ${label('ck', 'copy_kind', 's.copy_kind')}
    GROUP BY ALL
    ORDER BY kind_sort, s.id`,

  /** Key national series: which years in their span have no published figure. */
  sources_coverage: `
    WITH y AS (
      SELECT k.cadre, k.measure, k.unit, k.sort, o.year
      FROM ${sqlValues('k', COVERAGE, ['cadre', 'measure', 'unit', 'sort'])}
      JOIN observations o ON o.cadre = k.cadre AND o.measure = k.measure AND o.unit = k.unit
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

  /** The 31 provinces' names in both languages. */
  sources_provinces: `
    SELECT l.code, l.zh AS label_zh, l.en AS label_en
    FROM labels l
    WHERE l.domain = 'geo' AND l.code IN (SELECT code FROM labels WHERE domain = 'geo_short')
    ORDER BY l.code`,

  /** Staff groups (cadres) in both languages, in display order. */
  sources_cadres: `
    SELECT l.code, l.zh AS label_zh, l.en AS label_en
    FROM labels l
    WHERE l.domain = 'cadre' AND l.code IN (SELECT DISTINCT cadre FROM observations)
    ORDER BY l.sort`,
} as const satisfies Record<string, string>;
