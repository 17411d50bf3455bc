/** Queries of the Read a report page: the national make-up to compare a report's with, and the reports in the dataset. */
import { label, SECONDARY, words } from './fragments.ts';
import { SETS, sqlList } from './sets.ts';

const PARTITION = sqlList(SETS.partition_categories.codes);

export const REPORTS_QUERIES = {
  /** National title and education make-up of health technicians: for each breakdown, the latest year whose
   *  published shares cover the whole staff (sum ≥ 98%), as printed. */
  reports_national_makeup: `
    WITH shares AS (
      SELECT o.breakdown, o.year, o.category, o.value, o.value_published, o.source_id, o.source_kind, o.flags
      FROM observations o
      WHERE o.is_preferred AND o.theme = 'composition' AND o.cadre = 'health_technicians' AND o.geo_code = 'CHN'
        AND o.institution = 'all' AND o.unit = 'percent' AND o.breakdown IN ('title', 'education') AND o.category IN (${PARTITION})
    ),
    latest AS (
      SELECT breakdown, max(year) AS year
      FROM (SELECT breakdown, year FROM shares GROUP BY ALL HAVING sum(value) >= 98)
      GROUP BY breakdown
    )
    SELECT o.breakdown, o.year::INTEGER AS year, o.category, ${words('k', 'category')}, coalesce(k.sort, 999) AS category_sort,
           o.value::DOUBLE AS value, o.value_published, o.source_id, ${SECONDARY} AS is_secondary
    FROM shares o
    JOIN latest l ON l.breakdown = o.breakdown AND l.year = o.year
    ${label('k', 'category', 'o.category')}
    ORDER BY o.breakdown, category_sort`,

  /** Every figure read from the reports in data/raw/reports, with its report's source, in reading order. */
  reports_dataset_figures: `
    SELECT f.figure_id, f.raw_file, f.source_id, s.publisher, s.title, s.url, s.kind AS source_kind, s.language,
           f.document, f.place, f.place_code, f.year, f.year_flag, f.char_start::INTEGER AS char_start, f.text,
           f.value::DOUBLE AS value, f.value_read::DOUBLE AS value_read, f.value_max::DOUBLE AS value_max, f.qualifier, f.unit,
           f.kind, f.is_target, f.subject_zh, f.code, f.group_id, f.group_role, f.group_total::DOUBLE AS group_total,
           f.group_sum::DOUBLE AS group_sum, f.discrepancy, f.repeat_of, f.quote, f.reviewed, f.review, f.review_note
    FROM report_figures f
    JOIN sources s ON s.id = f.source_id
    ORDER BY f.raw_file, f.char_start`,
} as const satisfies Record<string, string>;
