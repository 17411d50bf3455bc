/**
 * "Cite this chart" texts. Chinese follows GB/T 7714-2015 for online resources ([EB/OL], access date in
 * brackets); English follows an author–title–version–URL–accessed pattern readers know from APA/OWID.
 */
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';

export interface CitationInput {
  title: { zh: string; en: string };
  dataVersion: string;
  permalink: string;
  accessed: Date;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function englishDate(d: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);
}

export function citation(c: CitationInput, lang: Lang): string {
  if (lang === 'zh') {
    return `${t('site.name', 'zh')}. ${c.title.zh}[EB/OL]. 数据版本 ${c.dataVersion}. [${isoDate(c.accessed)}]. ${c.permalink}.`;
  }
  return `${t('site.name', 'en')}. “${c.title.en}” [chart]. Data version ${c.dataVersion}. ${c.permalink} (accessed ${englishDate(c.accessed)}).`;
}

function bibEscape(text: string): string {
  return text.replace(/([{}%&$#_])/g, '\\$1');
}

export function citationBibtex(c: CitationInput, chartId: string, lang: Lang): string {
  const key = `chwd-${chartId}-${c.dataVersion}`.replace(/[^A-Za-z0-9-]/g, '');
  return [
    `@misc{${key},`,
    `  author = {{${bibEscape(t('site.name', lang))}}},`,
    `  title = {${bibEscape(c.title[lang])}},`,
    `  note = {Data version ${bibEscape(c.dataVersion)}},`,
    `  url = {${c.permalink}},`,
    `  urldate = {${isoDate(c.accessed)}},`,
    `}`,
  ].join('\n');
}
