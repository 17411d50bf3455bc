/**
 * How a published value is written on a chart: the canonical number (units may differ from the printed 万人), with
 * the printed form beside it when the print carries a qualifier ("近70", "nearly 190,000"), and "derived" when the
 * value was computed from two published figures. Qualifiers are part of a figure and are never dropped.
 */
import type { Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { paren, t } from '../i18n/index.ts';
import { formatNumber } from '../lib/format.ts';
import { bool, num, str } from './rows.ts';

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, '万': 1e4, '亿': 1e8 };

/** "1.07 million", "107万": the same number in other words, no qualifier to keep (unlike "nearly 190,000"). */
export function isPlainNumber(printed: string, value: number): boolean {
  const m = printed.replace(/[,\s]/g, '').match(/^(\d+(?:\.\d+)?)(thousand|million|billion|万|亿)?$/i);
  if (!m) return false;
  const v = Number(m[1]) * (SCALE[(m[2] ?? '').toLowerCase()] ?? 1);
  return Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value));
}

/** Large counts without losing printed precision: "107万" / "1,070,000". */
export function bigNumber(v: number, lang: Lang): string {
  if (lang === 'zh' && Math.abs(v) >= 1e8) return `${formatNumber(v / 1e8, lang, 2)}亿`;
  return lang === 'zh' && Math.abs(v) >= 10000 ? `${formatNumber(v / 10000, lang, 2)}万` : formatNumber(v, lang);
}

export function valueText(r: Row, lang: Lang): string {
  const v = num(r, 'value');
  const n = bigNumber(v, lang);
  if (bool(r, 'is_derived')) return n + paren(t('marks.derivedShort', lang), lang);
  const printed = str(r, 'value_published');
  return /[^\d.,\s]/.test(printed) && !isPlainNumber(printed, v) ? n + paren(printed, lang) : n;
}

/** A share as printed on the Chinese page ("近70"); "≈70" / ">70" in English, where the print is Chinese. */
export function printedShare(r: Row, lang: Lang): string {
  if (lang === 'zh') return str(r, 'value_published');
  const flags = str(r, 'flags');
  const v = formatNumber(num(r, 'value'), lang, 2);
  return flags.includes('lower_bound') ? `>${v}` : flags.includes('approximate') ? `≈${v}` : str(r, 'value_published');
}
