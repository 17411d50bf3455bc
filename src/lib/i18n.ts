/** Page routes, navigation and interface strings in both languages. Chinese at /, English at /en/. */
import type { Bilingual, Lang } from './schema.ts';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export type PageId = 'overview' | 'urban-rural' | 'qualifications' | 'training' | 'scenario' | 'sources';

export const NAV: readonly { page: PageId; label: Bilingual }[] = [
  { page: 'overview', label: { zh: '概览', en: 'Overview' } },
  { page: 'urban-rural', label: { zh: '城乡分布', en: 'Urban & rural' } },
  { page: 'qualifications', label: { zh: '学历与职称', en: 'Qualifications' } },
  { page: 'training', label: { zh: '培养规模', en: 'Training' } },
  { page: 'scenario', label: { zh: '情景推演', en: 'Scenarios' } },
  { page: 'sources', label: { zh: '来源与方法', en: 'Sources & methods' } },
];

/** Site-relative path of a page in a language, always with a trailing slash. */
export function pagePath(page: PageId, lang: Lang): string {
  const prefix = lang === 'en' ? '/en/' : '/';
  return page === 'overview' ? prefix : `${prefix}${page}/`;
}

/** Path of a source's entry on the Sources page. */
export function sourceHref(sourceId: string, lang: Lang): string {
  return `${pagePath('sources', lang)}#source-${encodeURIComponent(sourceId)}`;
}

/** BCP 47 tag for Intl and the html lang attribute. */
export function locale(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export const UI = {
  siteName: { zh: '卫生人才数据', en: 'China Health Workforce Data' },
  skipToContent: { zh: '跳到正文', en: 'Skip to content' },
  otherLanguage: { zh: 'English', en: '中文' },
  // Starts with the visible text ("English"/"中文") so speech-input users can say what they see (WCAG 2.5.3).
  otherLanguageLabel: { zh: 'English – 切换到英文版', en: '中文 – Switch to Chinese' },
  mainNav: { zh: '主导航', en: 'Main' },
  dataVersion: { zh: '数据版本', en: 'Data version' },
  footerNote: {
    zh: '所有数字均来自已公布的统计资料，并注明来源；缺失年份显示为空白，不作插补。',
    en: 'Every figure comes from a published source, which is named; missing years are shown as gaps, never filled in.',
  },
  source: { zh: '来源', en: 'Source' },
  sources: { zh: '来源', en: 'Sources' },
  secondary: { zh: '二手来源', en: 'secondary source' },
  dataTable: { zh: '数据表', en: 'Data table' },
  noRows: { zh: '所选组合没有数据。', en: 'No data for this selection.' },
  updating: { zh: '正在更新…', en: 'Updating…' },
  seriesBreakNote: {
    zh: '竖虚线处统计口径发生变化，前后数字不完全可比。',
    en: 'Dashed vertical lines mark a change of definition; figures either side are not fully comparable.',
  },
  queryError: { zh: '无法更新图表。', en: 'The chart could not be updated.' },
  year: { zh: '年份', en: 'Year' },
  value: { zh: '数值', en: 'Value' },
} as const satisfies Record<string, Bilingual>;

export function t(key: keyof typeof UI, lang: Lang): string {
  return UI[key][lang];
}
