/** Reader-facing names of the canonical units (schema.ts `unit`), for downloads and spoken values. */
import type { Bilingual, Lang } from '../schema.ts';

const UNIT_LABELS: Record<string, Bilingual> = {
  persons: { zh: '人', en: 'persons' },
  per_1000: { zh: '每千人口', en: 'per 1,000 population' },
  per_10000: { zh: '每万人口', en: 'per 10,000 population' },
  percent: { zh: '%', en: '%' },
  institutions: { zh: '个机构', en: 'institutions' },
  villages: { zh: '个村', en: 'villages' },
  cny: { zh: '元', en: 'CNY' },
};

/** A row's unit in the language: the query's own label (`unit_zh` / `unit_en`) if it has one, else ours. */
export function rowUnit(row: Record<string, unknown>, lang: Lang): string {
  const own = row[`unit_${lang}`];
  return typeof own === 'string' && own !== '' ? own : unitLabel(row.unit, lang);
}

/** Label for a unit code; an unknown code is shown as is rather than hidden. */
export function unitLabel(unit: unknown, lang: Lang): string {
  if (typeof unit !== 'string' || unit === '') return '';
  return UNIT_LABELS[unit]?.[lang] ?? unit;
}
