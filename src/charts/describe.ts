/** Sentences the charts' descriptions and notes share: no figures, and which years and places a chart has and lacks. */
import type { Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';
import { formatList } from '../lib/format.ts';
import { missingYears, num, str } from './rows.ts';

export const noFigures = (lang: Lang): string => t('describe.noFigures', lang);

/** "2012–2023" for a run of years, "2013, 2015 and 2017" for a few, "2019" for one. */
export function yearSpan(years: number[], lang: Lang): string {
  if (years.length === 0) return '';
  const lo = Math.min(...years), hi = Math.max(...years);
  if (lo === hi) return String(lo);
  return years.length <= 3 && missingYears(years).length > 0 ? formatList(years.map(String), lang) : `${lo}–${hi}`;
}

/** Figures drawn: not policy targets, and with a value. */
const drawn = (rows: Row[]): Row[] => rows.filter((r) => str(r, 'kind') !== 'target' && r.value !== null && r.value !== undefined && !r.is_repeat);

/**
 * The one sentence under every chart on what it holds: "Figures for China (national), 2012–2023; none published for
 * 2014 and 2016." `place` names the places (national by default); years in the span without a figure are listed.
 */
export function coverageSentence(rows: Row[], lang: Lang, place: string = t('describe.place.national', lang)): string {
  const years = [...new Set(drawn(rows).map((r) => num(r, 'year')))].sort((a, b) => a - b);
  if (years.length === 0) return t('describe.coverageNone', lang, { place });
  const gaps = missingYears(years);
  const span = years.length > 3 || gaps.length === 0 ? yearSpan(years, lang) : formatList(years.map(String), lang);
  const lacking = gaps.length && (years.length > 3 || gaps.length <= 3) ? t('describe.coverageGaps', lang, { years: compactYears(gaps, lang) }) : '';
  return t('describe.coverage', lang, { place, years: span, gaps: lacking });
}

/** Years as runs ("1950–1977, 1979"). */
export function compactYears(years: number[], lang: Lang): string {
  const ys = [...years].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i < ys.length; i++) {
    let j = i;
    while (j + 1 < ys.length && ys[j + 1] === ys[j]! + 1) j++;
    out.push(i === j ? String(ys[i]) : `${ys[i]}–${ys[j]}`);
    i = j;
  }
  return out.join(punct(lang).enumeration);
}

/** Sentences joined the language's way (no space between Chinese sentences), empty ones left out. */
export const sentences = (parts: string[], lang: Lang): string =>
  parts.map((p) => p.trim()).filter(Boolean).join(punct(lang).sentenceGap);
