/**
 * SQL pieces shared by the chart families' queries. Conventions every chart query keeps (the chart frame relies on
 * them): only preferred observations (`is_preferred`); every row carries `source_id`, `is_secondary` and, where it
 * applies, `series_break`; numbers are DOUBLE and years INTEGER, so both engines return plain JS numbers; words come
 * from the labels table as `<key>_zh` / `<key>_en` columns, never from SQL literals; options queries return
 * {value, label_zh, label_en}. A "series key" packs codes into one URL-friendly value, 'cadre.measure.unit.denominator'.
 */
import { SETS, sqlList } from './sets.ts';

/** Journal and other secondary sources, or a figure flagged secondary. */
export const SECONDARY = `(o.source_kind IN ('journal', 'secondary') OR list_contains(o.flags, 'secondary'))`;
export const BREAK = `list_contains(o.flags, 'series_break')`;
export const DERIVED = `list_contains(o.flags, 'derived')`;

/** A Chinese character, for telling a Chinese title from an English one. */
const HAN = `'[\\x{3400}-\\x{9fff}]'`;

/**
 * The original publication a row's figure comes from, in words: `source_zh` (国家卫生健康委员会《…》) and `source_en`
 * (National Health Commission: <English gloss>), or the label saying it cannot be identified. Data tables and
 * downloads show these, never the source id (the same words as src/lib/source-text.ts, originalName).
 */
export const sourceWords = (alias = 'o'): string => `
      (SELECT CASE WHEN src.original_title IS NULL THEN un.zh
                   WHEN regexp_matches(src.original_title, ${HAN}) THEN coalesce(src.original_publisher, '') || '《' || src.original_title || '》'
                   ELSE concat_ws('：', src.original_publisher, src.original_title) END
         FROM sources src, labels un WHERE src.id = ${alias}.source_id AND un.domain = 'source' AND un.code = 'unidentified') AS source_zh,
      (SELECT CASE WHEN src.original_title IS NULL THEN un.en
                   ELSE concat_ws(': ', src.original_publisher_en, coalesce(src.original_title_en, src.original_title)) END
         FROM sources src, labels un WHERE src.id = ${alias}.source_id AND un.domain = 'source' AND un.code = 'unidentified') AS source_en`;

/** What the print says about a value (about, more than …) and how it was printed; precision of the print. */
export const QUALIFIER = (alias = 'o'): string => `${alias}.qualifier, ${alias}.qualifier_printed, ${alias}.precision::INTEGER AS precision`;

/** The standard provenance columns of a chart row (alias o). */
export const PROVENANCE = `o.source_id, ${sourceWords('o')}, ${SECONDARY} AS is_secondary, ${BREAK} AS series_break, ${DERIVED} AS is_derived,
      ${QUALIFIER('o')}`;

/** Joins the labels of one code column: alias.zh / alias.en. */
export const label = (alias: string, domain: string, code: string): string =>
  `LEFT JOIN labels ${alias} ON ${alias}.domain = '${domain}' AND ${alias}.code = ${code}`;

/** `<name>_zh, <name>_en` from a label alias. */
export const words = (alias: string, name: string): string => `${alias}.zh AS ${name}_zh, ${alias}.en AS ${name}_en`;

/** Provincial totals (no area, institution or composition split): what the province charts compare (alias o). */
export const PROVINCE_TOTAL = `o.geo_level = 'province' AND o.area = 'total' AND o.institution = 'all' AND o.breakdown IS NULL`;

/** National all-institution totals: no area, institution or composition split. */
export const NATIONAL_TOTAL = `o.geo_level = 'national' AND o.geo_code = 'CHN' AND o.area = 'total' AND o.institution = 'all'`;

/** A series key ('cadre.measure.unit.denominator', '-' = no denominator) matched against observations. */
export const SERIES_KEY_MATCHES = (param: string): string => `o.cadre = split_part(${param}, '.', 1) AND o.measure = split_part(${param}, '.', 2)
      AND o.unit = split_part(${param}, '.', 3) AND coalesce(o.denominator, '-') = split_part(${param}, '.', 4)`;
export const SERIES_KEY = `concat_ws('.', o.cadre, o.measure, o.unit, coalesce(o.denominator, '-'))`;

/**
 * A target's policy (alias s = its source, p = its programme label): the document named in 《》 in the source title,
 * else the programme; in English the English gloss of that document's title (never the Chinese title), and policies
 * that are programmes of their own by the programme's label.
 */
export const policyWords = (o = 'o', s = 's', p = 'p'): string => `coalesce(nullif(regexp_extract(${s}.title, '《([^》]+)》', 1), ''), ${p}.zh) AS policy_zh,
           CASE WHEN ${o}.programme IN (${sqlList(SETS.named_policies.codes)}) THEN ${p}.en
                WHEN regexp_extract(${s}.title, '《([^》]+)》', 1) <> '' AND ${s}.original_title_en IS NOT NULL THEN ${s}.original_title_en
                ELSE ${p}.en END AS policy_en`;

/** Unit words (alias u) that name the agricultural population when a density is per agricultural population. */
export const unitWords = `CASE WHEN o.denominator = 'agricultural' THEN coalesce(ua.zh, u.zh) ELSE u.zh END AS unit_zh,
           CASE WHEN o.denominator = 'agricultural' THEN coalesce(ua.en, u.en) ELSE u.en END AS unit_en`;
/** The joins unitWords reads: the unit's label and its per-agricultural-population label. */
export const UNIT_JOINS = `${label('u', 'unit', 'o.unit')}
    ${label('ua', 'unit_agricultural', 'o.unit')}`;
