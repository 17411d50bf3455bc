/** Sentences the charts' descriptions share: no figures, and which years in a span have none. */
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';
import { formatList } from '../lib/format.ts';
import { missingYears } from './rows.ts';

export const noFigures = (lang: Lang): string => t('describe.noFigures', lang);

/** "No figure is published for 2014 and 2016." (empty when the years run without a gap). */
export function gapSentence(years: number[], lang: Lang): string {
  const gaps = missingYears(years);
  return gaps.length ? t('describe.gaps', lang, { years: formatList(gaps.map(String), lang) }) : '';
}

/** Sentences joined the language's way (no space between Chinese sentences), empty ones left out. */
export const sentences = (parts: string[], lang: Lang): string =>
  parts.map((p) => p.trim()).filter(Boolean).join(punct(lang).sentenceGap);
