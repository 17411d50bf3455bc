/** Queries of the qualifications page: education and title make-up, and the share with a degree. */
import { label, QUALIFIER, SECONDARY, sourceWords, words } from './fragments.ts';
import { SETS, sqlList } from './sets.ts';

/** Categories that partition a staff group (stackable to 100%). */
const PARTITION = sqlList(SETS.partition_categories.codes);

export const QUALIFICATIONS_QUERIES = {
  /** Staff groups with a published education or title make-up (options), each for the make-up it has (`for`). */
  qualifications_composition_cadres: `
    SELECT DISTINCT o.cadre AS value, o.breakdown AS "for", coalesce(c.zh, o.cadre) AS label_zh, coalesce(c.en, o.cadre) AS label_en, c.sort
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.category IN (${PARTITION}) AND o.unit = 'percent'
    ORDER BY c.sort, value, "for"`,

  /** One staff group's make-up, by year and institution type. Only categories that partition the staff are
   *  stacked; thresholds that overlap them (大专及以上, 硕士及以上) are in qualifications_degree_share. */
  qualifications_composition: `
    SELECT o.year::INTEGER AS year, o.cadre, ${words('c', 'cadre')},
           o.institution, ${words('i', 'institution')}, coalesce(i.sort, 0) AS institution_sort,
           o.category, ${words('k', 'category')}, coalesce(k.sort, 999) AS category_sort,
           o.value::DOUBLE AS value, o.value_published, o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')}
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('i', 'institution', 'o.institution')}
    ${label('k', 'category', 'o.category')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.breakdown = $breakdown AND o.cadre = $cadre
      AND o.category IN (${PARTITION}) AND o.unit = 'percent'
    ORDER BY o.year, institution_sort, category_sort`,

  /** Published shares with a degree (each threshold as printed), national, all institutions. */
  qualifications_degree_share: `
    SELECT o.cadre, ${words('c', 'cadre')}, o.category, ${words('k', 'category')},
           o.year::INTEGER AS year, o.value::DOUBLE AS value, o.value_published, o.flags::VARCHAR AS flags,
           o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${QUALIFIER('o')}
    FROM observations o
    ${label('c', 'cadre', 'o.cadre')}
    ${label('k', 'category', 'o.category')}
    WHERE o.is_preferred AND o.theme = 'composition' AND o.breakdown = 'education' AND o.institution = 'all'
      AND o.geo_code = 'CHN' AND o.category IN (${sqlList(SETS.degree_thresholds.codes)})
    ORDER BY c.sort, k.sort, o.year`,
} as const satisfies Record<string, string>;
