/**
 * How a published value is written on a chart, in tooltips and in descriptions: with the decimals it was printed with
 * (2.90 stays 2.90), in 万 on Chinese pages for large counts, and with its qualifier as printed (src/lib/qualified-number.ts):
 * "超过80" / "more than 80", "2900余" / "more than 2,900", "近70" / "nearly 70". A value computed from two published
 * figures says "derived".
 */
import type { Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { paren, t } from '../i18n/index.ts';
import { fixed, precisionOf, qualify } from '../lib/qualified-number.ts';
import { bool, num } from './rows.ts';

export { boundOf, fixed, isQualified, precisionOf, qualify } from '../lib/qualified-number.ts';

/** Large counts in the page's way without losing printed precision: "1069.4万" / "10,694,000". */
export function bigNumber(v: number, lang: Lang, decimals: number | null = null): string {
  if (lang === 'zh' && Math.abs(v) >= 1e8) return `${fixed(v / 1e8, lang, decimals === null ? null : decimals + 8)}亿`;
  if (lang === 'zh' && Math.abs(v) >= 10000) return `${fixed(v / 10000, lang, decimals === null ? null : decimals + 4)}万`;
  return fixed(v, lang, decimals);
}

/** The value as the page writes it: printed precision, qualifier kept, "derived" where computed. */
export function valueText(r: Row, lang: Lang): string {
  const n = bigNumber(num(r, 'value'), lang, precisionOf(r));
  if (bool(r, 'is_derived')) return n + paren(t('marks.derivedShort', lang), lang);
  return qualify(n, r, lang);
}

/** A value without 万 (shares, densities): printed precision and qualifier. */
export function plainValueText(r: Row, lang: Lang): string {
  const n = fixed(num(r, 'value'), lang, precisionOf(r));
  return bool(r, 'is_derived') ? n + paren(t('marks.derivedShort', lang), lang) : qualify(n, r, lang);
}
