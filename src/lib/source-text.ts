/**
 * How a source is named to readers: the original publication first (publisher, title, date, section), in the
 * page's language where the catalogue has a translation, then the copy it was read from ("read from: <host>, <kind
 * of copy>"). Internal source ids are never part of these words. Shared by chart source lines, tooltips, tables,
 * downloads, citations and the Sources page.
 */
import type { SourceInfo } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';

const HAN = /[\u3400-\u9fff]/;

/** Publisher of the original, in the language ("国家卫生健康委员会" / "National Health Commission"). */
export function originalPublisher(s: SourceInfo, lang: Lang): string {
  return (lang === 'en' ? s.original_publisher_en : s.original_publisher) ?? s.original_publisher ?? '';
}

/** Title of the original: as published on Chinese pages, its English gloss on English pages. */
export function originalTitle(s: SourceInfo, lang: Lang): string {
  if (!s.original_title) return '';
  return lang === 'en' ? s.original_title_en ?? s.original_title : s.original_title;
}

/** "国家卫生健康委员会《2023年我国卫生健康事业发展统计公报》" / "National Health Commission: Statistical Bulletin …, 2023". */
export function originalName(s: SourceInfo, lang: Lang): string {
  const title = originalTitle(s, lang);
  if (!title) return t('source.unidentified', lang);
  const publisher = originalPublisher(s, lang);
  // The same words as the queries' source_zh / source_en columns (src/queries/fragments.ts, sourceWords).
  if (lang === 'zh' && HAN.test(title)) return `${publisher}《${title}》`;
  return [publisher, title].filter(Boolean).join(lang === 'zh' ? '：' : ': ');
}

/** The section or table in the original, in the language ("表19-13" → "Table 19-13"; Chinese section names only on Chinese pages). */
export function originalLocator(s: SourceInfo, lang: Lang): string {
  const loc = s.original_locator ?? '';
  if (lang === 'zh' || !loc) return loc;
  const english = loc.replace(/^表\s*/, 'Table ');
  return HAN.test(english) ? '' : english;
}

/** Name, date and section: "国家卫生健康委员会《…》，2024-08-29，二、卫生资源 (三)卫生人员". */
export function originalCitation(s: SourceInfo, lang: Lang): string {
  const sep = punct(lang).comma;
  return [originalName(s, lang), s.original_date ?? '', originalLocator(s, lang)].filter(Boolean).join(sep);
}

/** The copy's name: its host, or its publisher when the page was stored without an address. */
export function copyName(s: SourceInfo, lang: Lang): string {
  return s.host ?? (s.url ? s.publisher : t('source.noAddress', lang));
}

/** The kind of copy in the language ("mirror" / "镜像站转载"). */
export const copyKind = (s: SourceInfo, lang: Lang): string =>
  (lang === 'en' ? s.copy_kind_en : s.copy_kind_zh) ?? s.copy_kind;

/** "read from: 010baizhang.com, mirror" / "读取自：010baizhang.com（镜像站转载）". */
export function readFrom(s: SourceInfo, lang: Lang): string {
  return t('source.readFrom', lang, { copy: copyName(s, lang), kind: copyKind(s, lang) });
}

/** Original citation and copy in one line, for plain-text uses (tooltips, downloads, read-outs). */
export function sourceText(s: SourceInfo, lang: Lang): string {
  return `${originalCitation(s, lang)}${lang === 'zh' ? '；' : '; '}${readFrom(s, lang)}`;
}

/** The sources of some rows grouped by original publication, in first-seen order: copies of one original together. */
export function byOriginal<S extends SourceInfo>(sources: S[]): { original: S; copies: S[] }[] {
  const groups = new Map<string, { original: S; copies: S[] }>();
  for (const s of sources) {
    const key = s.original_title ? s.original_id : `own:${s.id}`;
    const g = groups.get(key);
    if (g) { if (!g.copies.includes(s)) g.copies.push(s); } else groups.set(key, { original: s, copies: [s] });
  }
  return [...groups.values()];
}
