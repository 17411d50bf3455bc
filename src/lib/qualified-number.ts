/**
 * A published number as readers see it: with the decimals it was printed with (2.90 stays 2.90) and its qualifier
 * ("超过80" as printed on Chinese pages, "more than 80" on English ones). Shared by charts, tables, downloads and
 * the keyboard read-out, so a bounded or approximate figure is never written as an exact one anywhere.
 */
import type { Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { locale } from '../i18n/index.ts';

const HAN = /[\u3400-\u9fff]/;
const cache = new Map<string, Intl.NumberFormat>();
const text = (r: Row, k: string): string => (r[k] == null ? '' : String(r[k]));

/** A number with exactly `decimals` decimals (the printed precision), or up to two when the precision is unknown. */
export function fixed(v: number, lang: Lang, decimals: number | null): string {
  const d = decimals === null ? null : Math.max(0, Math.min(decimals, 6));
  const key = `${lang}|${d}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), d === null ? { maximumFractionDigits: 2 } : { minimumFractionDigits: d, maximumFractionDigits: d });
    cache.set(key, f);
  }
  return f.format(v);
}

/** The printed precision of a row (decimals in its canonical unit), or null when the row does not carry it. */
export const precisionOf = (r: Row): number | null => (r.precision === null || r.precision === undefined ? null : Number(r.precision));

/** Whether the print qualifies the value (about, nearly, more than, at least, less than, up to). */
export const isQualified = (r: Row): boolean => text(r, 'qualifier') !== '';

/** A lower bound (more than, at least), an upper bound (less than, up to), an approximation, or exact (null). */
export const boundOf = (r: Row): 'lower' | 'upper' | 'about' | null => {
  const q = text(r, 'qualifier');
  return q === 'more_than' || q === 'at_least' ? 'lower' : q === 'less_than' || q === 'up_to' ? 'upper' : q ? 'about' : null;
};

const QUALIFIER_WORDS: Record<string, { zh: string; en: string }> = {
  about: { zh: '约', en: 'about' }, nearly: { zh: '近', en: 'nearly' }, more_than: { zh: '超过', en: 'more than' },
  at_least: { zh: '不少于', en: 'at least' }, less_than: { zh: '不足', en: 'less than' }, up_to: { zh: '至多', en: 'up to' },
};

/** The words of a qualifier's meaning ("more than" / "超过"). */
export const qualifierPhrase = (q: string, lang: Lang): string => (QUALIFIER_WORDS[q] ?? { zh: q, en: q })[lang];

/** The qualifier's words alone ("more than" / "超过"), empty for an exact figure. */
export function qualifierWords(r: Row, lang: Lang): string {
  const q = text(r, 'qualifier');
  if (!q) return '';
  const printed = text(r, 'qualifier_printed');
  return lang === 'zh' && HAN.test(printed) ? printed : qualifierPhrase(q, lang);
}

/** The qualifier around a number: as printed on Chinese pages ("超过80", "2900余"), in English words on English pages. */
export function qualify(number: string, r: Row, lang: Lang): string {
  const words = qualifierWords(r, lang);
  if (!words) return number;
  if (lang === 'en') return `${words} ${number}`;
  const printed = text(r, 'qualifier_printed');
  const suffix = HAN.test(printed) && !text(r, 'value_published').trim().startsWith(printed);
  return suffix ? `${number}${words}` : `${words}${number}`;
}

/** A value with its printed precision and qualifier, in canonical units (no 万). */
export const qualifiedNumber = (r: Row, lang: Lang): string => qualify(fixed(Number(r.value), lang, precisionOf(r)), r, lang);
