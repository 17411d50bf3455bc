/** Number, year and date formatting with Intl for the page language. One cache of formatters per language. */
import type { Lang } from '../contract/schema.ts';
import { locale } from '../i18n/index.ts';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, maxDigits: number, minDigits = 0): Intl.NumberFormat {
  const key = `${lang}|${maxDigits}|${minDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits });
    cache.set(key, f);
  }
  return f;
}

/** Decimals to show: as many as needed up to 2 (published figures rarely carry more). */
export function formatNumber(value: number | null | undefined, lang: Lang, maxDigits = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return numberFormat(lang, maxDigits).format(value);
}

/** Years print without grouping separators in both languages ("2019", not "2,019"). */
export function formatYear(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return String(Math.trunc(value));
}

export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  return `${numberFormat(lang, 1).format(value)}%`;
}

const compact = new Map<Lang, Intl.NumberFormat>();
/** Compact axis ticks: 1.2 million / 120万. */
export function formatCompact(value: number, lang: Lang): string {
  let f = compact.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 1 });
    compact.set(lang, f);
  }
  return f.format(value);
}

const lists = new Map<Lang, Intl.ListFormat>();
/** A list joined the language's way ("A, B and C" / "A、B和C"). */
export function formatList(items: string[], lang: Lang): string {
  let f = lists.get(lang);
  if (!f) {
    f = new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' });
    lists.set(lang, f);
  }
  return f.format(items);
}
