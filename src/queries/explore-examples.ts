/**
 * The example questions of the Explore page: plain SQL a reader can read, change and rerun over the tables the
 * browser loads (src/contract/tables.ts QUERY_TABLES). Each one is run against the built data by the unit tests.
 * Their titles are the strings `explore.example.<id>`.
 */
export interface ExampleQuery {
  id: string;
  sql: string;
}

export const EXAMPLE_QUERIES: readonly ExampleQuery[] = [
  {
    id: 'doctorsByProvince',
    sql: `-- Doctors (licensed and assistant) per 1,000 people by province, latest year with a figure
SELECT l.zh AS province_zh, l.en AS province_en, o.year, o.value
FROM observations o
JOIN labels l ON l.domain = 'geo' AND l.code = o.geo_code
WHERE o.is_preferred AND o.geo_level = 'province' AND o.cadre = 'physicians_unspecified'
  AND o.measure = 'density' AND o.unit = 'per_1000' AND o.area = 'total'
QUALIFY o.year = max(o.year) OVER (PARTITION BY o.geo_code)
ORDER BY o.value DESC`,
  },
  {
    id: 'nationalDoctorsOverTime',
    sql: `-- Doctors and nurses per 1,000 people in China, year by year
SELECT year, cadre, value, qualifier, source_id
FROM observations
WHERE is_preferred AND geo_code = 'CHN' AND area = 'total' AND institution = 'all'
  AND measure = 'density' AND unit = 'per_1000' AND definition IS NULL
  AND cadre IN ('physicians_assistants', 'nurses')
ORDER BY cadre, year`,
  },
  {
    id: 'urbanRuralGap',
    sql: `-- Health workers per 1,000 people in cities and in the countryside
SELECT year, area, cadre, value
FROM observations
WHERE is_preferred AND geo_code = 'CHN' AND area IN ('urban', 'rural')
  AND measure = 'density' AND unit = 'per_1000'
ORDER BY cadre, area, year`,
  },
  {
    id: 'disagreements',
    sql: `-- Every figure printed by more than one publication, where they disagree (the preferred value first)
SELECT year, geo_code, area, cadre, measure, unit, category, value, value_published, source_id, source_kind, is_preferred
FROM observations
WHERE disagrees AND n_sources > 1
ORDER BY year, geo_code, area, cadre, measure, unit, category, is_preferred DESC, source_id`,
  },
  {
    id: 'officialVsJournal',
    sql: `-- The same figure as an official statistical table and a journal printed it, side by side
SELECT year, geo_code, cadre, measure, source_kind, value_published, value, publisher, title
FROM (
  SELECT o.*, s.publisher, s.title,
    count(DISTINCT o.source_kind) FILTER (WHERE o.source_kind IN ('official_table', 'journal')) OVER (
      PARTITION BY o.year, o.geo_code, o.area, o.institution, o.cadre, o.measure, o.unit,
        o.denominator, o.breakdown, o.category, o.programme, o.definition) AS kinds
  FROM observations o
  JOIN sources s ON s.id = o.source_id
)
WHERE kinds = 2 AND source_kind IN ('official_table', 'journal')
ORDER BY year, cadre, measure, source_kind`,
  },
  {
    id: 'approximateFigures',
    sql: `-- Figures printed as approximate or as a bound (约, 近, 超过 …), as printed
SELECT year, geo_code, cadre, measure, value_published, qualifier, qualifier_printed, source_id
FROM observations
WHERE qualifier IS NOT NULL
ORDER BY year, cadre`,
  },
  {
    id: 'sourcesByKind',
    sql: `-- How many sources of each kind, and how many figures they carry
SELECT kind, count(*) AS sources, sum(n_rows) AS figures
FROM sources
GROUP BY kind
ORDER BY figures DESC`,
  },
  {
    id: 'gpsPer10000',
    sql: `-- General practitioners per 10,000 people, nationally, against the plan targets
SELECT year, measure, value, qualifier, source_id
FROM observations
WHERE is_preferred AND geo_code = 'CHN' AND cadre IN ('gps', 'gps_registered')
  AND unit = 'per_10000'
ORDER BY year, measure`,
  },
  {
    id: 'internationalDoctors',
    sql: `-- Doctors per 10,000 people: China beside other countries, latest year each
SELECT o.geo_code, l.en AS country, l.zh AS country_zh, o.year, o.value
FROM observations o
LEFT JOIN labels l ON l.domain = 'country' AND l.code = o.geo_code
WHERE o.is_preferred AND o.cadre = 'medical_doctors' AND o.measure = 'density' AND o.unit = 'per_10000'
  AND o.geo_level IN ('country', 'national')
QUALIFY o.year = max(o.year) OVER (PARTITION BY o.geo_code)
ORDER BY o.value DESC`,
  },
  {
    id: 'seriesBreaks',
    sql: `-- Figures under an earlier series definition, which the charts never join to the current one
SELECT definition, cadre, measure, min(year) AS first_year, max(year) AS last_year, count(*) AS figures
FROM observations
WHERE definition IS NOT NULL
GROUP BY ALL
ORDER BY definition, cadre`,
  },
  {
    id: 'reportFigures',
    sql: `-- Figures read from county and city reports, by kind
SELECT kind, count(*) AS figures, count(DISTINCT raw_file) AS reports, sum(CASE WHEN reviewed THEN 1 ELSE 0 END) AS reviewed
FROM report_figures
GROUP BY kind
ORDER BY figures DESC`,
  },
  {
    id: 'coverageByYear',
    sql: `-- How many published figures each year holds, and from how many sources
SELECT year, count(*) AS figures, count(DISTINCT source_id) AS sources
FROM observations
WHERE geo_level <> 'country'
GROUP BY year
ORDER BY year`,
  },
];
