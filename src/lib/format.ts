/** Number, year and date formatting with Intl for the page language. One cache of formatters per language. */
import type { Lang } from '../contract/schema.ts';
import { locale } from '../i18n/index.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.ListFormat>();

/** A formatter made once per key (making one costs far more than using it: axis ticks call these many times). */
function cached<F extends Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => F): F {
  let f = cache.get(key) as F | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

function numberFormat(lang: Lang, maxDigits: number, minDigits = 0): Intl.NumberFormat {
  return cached(`${lang}|${maxDigits}|${minDigits}`, () =>
    new Intl.NumberFormat(locale(lang), { maximumFractionDigits: maxDigits, minimumFractionDigits: minDigits }));
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

/** Compact axis ticks: 1.2 million / 120万. */
export function formatCompact(value: number, lang: Lang): string {
  return cached(`${lang}|compact`, () => new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 1 })).format(value);
}

/** A list joined the language's way ("A, B and C" / "A、B和C"). */
export function formatList(items: string[], lang: Lang): string {
  return cached(`${lang}|list`, () => new Intl.ListFormat(locale(lang), { style: 'long', type: 'conjunction' })).format(items);
}
