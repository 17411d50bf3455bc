/**
 * "Cite this chart" texts. Chinese follows GB/T 7714-2015 for online resources ([EB/OL], access date in
 * brackets); English follows an author–title–version–URL–accessed pattern readers know from APA/OWID. A citation
 * names the compiled data (data version and the date the site was built) and, separately, the original
 * publications the figures come from, with the licence of the compiled dataset.
 */
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { byOriginal, originalCitation, readFrom } from '../lib/source-text.ts';
import type { ShareSource } from './snapshot.ts';

export interface CitationInput {
  title: { zh: string; en: string };
  dataVersion: string;
  /** The date the site (and its data files) were built, YYYY-MM-DD. */
  builtOn: string;
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
    return `${t('site.name', 'zh')}. ${c.title.zh}[EB/OL]. 数据版本 ${c.dataVersion}，构建于 ${c.builtOn}. [${isoDate(c.accessed)}]. ${c.permalink}.`;
  }
  return `${t('site.name', 'en')}. “${c.title.en}” [chart]. Data version ${c.dataVersion}, built ${c.builtOn}. ${c.permalink} (accessed ${englishDate(c.accessed)}).`;
}

/** The original publications behind the figures drawn, once each, with the copies they were read from. */
export function originalSources(sources: ShareSource[], lang: Lang): string[] {
  return byOriginal(sources).map(({ original, copies }) =>
    `${originalCitation(original, lang)}${lang === 'zh' ? '（' : ' ('}${copies.map((c) => readFrom(c, lang)).join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '）' : ')'}`);
}

/** The licence statement of the compiled dataset (the figures themselves stay those of their publishers). */
export const licenceStatement = (lang: Lang): string => t('share.licence', lang);

function bibEscape(text: string): string {
  return text.replace(/([{}%&$#_])/g, '\\$1');
}

export function citationBibtex(c: CitationInput, chartId: string, lang: Lang): string {
  const key = `chwd-${chartId}-${c.dataVersion}`.replace(/[^A-Za-z0-9-]/g, '');
  return [
    `@misc{${key},`,
    `  author = {{${bibEscape(t('site.name', lang))}}},`,
    `  title = {${bibEscape(c.title[lang])}},`,
    `  note = {Data version ${bibEscape(c.dataVersion)}, built ${c.builtOn}},`,
    `  url = {${c.permalink}},`,
    `  urldate = {${isoDate(c.accessed)}},`,
    `}`,
  ].join('\n');
}
