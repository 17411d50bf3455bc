/**
 * How a figure's reading is put into words on the page and in the pre-rendered list of the dataset's reports: value
 * with its qualifier and range, unit, kind, year with its flag, and its place in a composition. Words come from the
 * string catalogue.
 */
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { qualifierPhrase } from '../lib/qualified-number.ts';
import { printedBefore, qualifierOf } from '../lib/qualifiers.ts';
import type { FigureKind, FigureUnit, GroupRole, YearFlag } from './types.ts';

export interface FigureWords {
  value: number; value_max: number | null; qualifier: string | null; unit: string; kind: string;
  year: string | null; year_flag: string;
}

export function unitText(unit: string, lang: Lang): string {
  return t(`reports.unit.${unit as FigureUnit}`, lang);
}

export function kindText(kind: string, lang: Lang): string {
  return t(`reports.kind.${kind as FigureKind}`, lang);
}

/**
 * "近 50 人", "2–9万 → 20,000–90,000 元", "75%–80% 以上"; on English pages the qualifier's meaning in words
 * ("nearly 50 persons", "at least 4 per 10,000 population"), or as printed where it has none of the six meanings.
 */
export function valueText(f: FigureWords, lang: Lang): string {
  const n = (v: number) => formatNumber(v, lang, 4);
  const range = f.value_max === null ? n(f.value) : `${n(f.value)}–${n(f.value_max)}`;
  const unit = f.unit === 'percent' ? '%' : ` ${unitText(f.unit, lang)}`;
  const meaning = lang === 'en' && f.qualifier ? qualifierOf(f.qualifier) : null;
  if (meaning) return `${qualifierPhrase(meaning, lang)} ${range}${unit}`;
  const before = f.qualifier && printedBefore(f.qualifier) ? f.qualifier : '';
  const after = f.qualifier && !before ? f.qualifier : '';
  return `${before}${range}${after}${unit}`.trim();
}

export function yearText(f: Pick<FigureWords, 'year' | 'year_flag'>, lang: Lang): string {
  if (f.year === null || f.year_flag === 'missing') return t('reports.year.missing', lang);
  return t(`reports.year.${f.year_flag as Exclude<YearFlag, 'missing'>}`, lang, { year: f.year });
}

export function roleText(role: string, lang: Lang): string {
  return t(`reports.role.${role as GroupRole}`, lang);
}

/** Columns of the page's table of figures, in order (words: reports.col.<column>). */
export const TABLE_COLUMNS = ['start', 'text', 'value', 'kind', 'subject', 'year', 'place', 'document', 'group', 'quote'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
