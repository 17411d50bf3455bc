/** Interface text of the share features (toolbar, dialogs, embed page, theme toggle), both languages. */
import type { Bilingual, Lang } from '../schema.ts';

export const SHARE_TEXT = {
  embed: { zh: '嵌入', en: 'Embed' },
  download: { zh: '下载', en: 'Download' },
  cite: { zh: '引用', en: 'Cite' },
  toolbar: { zh: '分享与下载', en: 'Share and download' },
  svg: { zh: '图像（SVG）', en: 'Image (SVG)' },
  png: { zh: '图像（PNG，高分辨率）', en: 'Image (PNG, 2×)' },
  csv: { zh: '数据（CSV）', en: 'Data (CSV)' },
  json: { zh: '数据（JSON）', en: 'Data (JSON)' },
  embedTitle: { zh: '嵌入此图表', en: 'Embed this chart' },
  embedIntro: {
    zh: '把下面的代码粘贴到网页中。图表显示当前视图，高度自动适应；没有脚本时也能以固定高度显示。',
    en: 'Paste this code into your page. It shows the current view and resizes itself; without the script it still shows at a fixed height.',
  },
  theme: { zh: '配色', en: 'Theme' },
  themeAuto: { zh: '跟随读者系统', en: 'Follow reader’s system' },
  themeLight: { zh: '浅色', en: 'Light' },
  themeDark: { zh: '深色', en: 'Dark' },
  interactive: { zh: '允许读者在嵌入的图表中切换选项', en: 'Let readers change the options inside the embed' },
  code: { zh: '嵌入代码', en: 'Embed code' },
  copy: { zh: '复制', en: 'Copy' },
  copyCode: { zh: '复制代码', en: 'Copy code' },
  copied: { zh: '已复制到剪贴板。', en: 'Copied to the clipboard.' },
  copyFailed: { zh: '无法自动复制，请选中后手动复制。', en: 'Could not copy automatically: select the text and copy it.' },
  preview: { zh: '在新窗口预览嵌入效果', en: 'Preview the embed in a new window' },
  close: { zh: '关闭', en: 'Close' },
  citeTitle: { zh: '引用此图表', en: 'Cite this chart' },
  citeIntro: {
    zh: '引用时请注明数据版本和访问日期；链接会打开与您现在看到的相同的视图。',
    en: 'Please give the data version and the date accessed; the link opens the view you see now.',
  },
  citeZh: { zh: '中文', en: 'Chinese' },
  citeEn: { zh: '英文', en: 'English' },
  bibtex: { zh: 'BibTeX', en: 'BibTeX' },
  downloading: { zh: '正在准备下载…', en: 'Preparing download…' },
  downloadFailed: { zh: '下载失败。', en: 'The download failed.' },
  chartRegion: { zh: '图表', en: 'Chart' },
  markHint: {
    zh: '使用左右方向键逐点读取数值，上下方向键切换系列，Home 和 End 跳到首尾。',
    en: 'Use the left and right arrow keys to read each data point, up and down to change series, Home and End to jump to the ends.',
  },
  fullView: { zh: '在卫生人才数据查看完整图表与数据', en: 'See the full chart and data on China Health Workforce Data' },
  credit: { zh: '卫生人才数据', en: 'China Health Workforce Data' },
  darkTheme: { zh: '深色模式', en: 'Dark mode' },
} as const satisfies Record<string, Bilingual>;

export function st(key: keyof typeof SHARE_TEXT, lang: Lang): string {
  return SHARE_TEXT[key][lang];
}
