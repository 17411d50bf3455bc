/**
 * The HTML around a chart, as pure string renderers shared by the site build (ChartFrame.astro) and the browser
 * (client/chart-draw.ts), so a chart redrawn in the browser is the same markup as the pre-rendered one: the plot
 * SVG, the data table, the source line and the notes.
 */
import * as Plot from '@observablehq/plot';
import type { SourceInfo } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';
import { formatNumber, formatPercent, formatYear } from '../lib/format.ts';
import { httpUrl } from '../lib/http-url.ts';
import { byOriginal, copyKind, copyName, originalCitation } from '../lib/source-text.ts';
import { coverageSentence, sentences } from './describe.ts';
import type { ChartDefinition, ChartState, RenderContext, Row, TableColumn } from './definition.ts';
import { fixed, isQualified, precisionOf, qualify } from './value-text.ts';
import { PRERENDER_WIDTHS } from './prerender.ts';
import { asImage } from './plot-aria.ts';
import { dropPlotStyles, PLOT_CLASS } from './plot-style.ts';
import { placeTexts } from './plot-text.ts';

export type { SourceInfo };

/** Links from source lines to the source's entry on the Sources page (the page path comes from the page table). */
export type SourceHref = (sourceId: string) => string;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The pre-rendered drawings of a chart, one per width, each in a `.chart-drawing` the stylesheet shows or hides. */
export function renderDrawingsHtml(def: ChartDefinition, rows: Row[], state: ChartState, ctx: Omit<RenderContext, 'width'>, doc: Document): string {
  return PRERENDER_WIDTHS.map((width) =>
    `<div class="chart-drawing" data-width="${width}">${renderPlotHtml(def, rows, state, { ...ctx, width }, doc)}</div>`).join('');
}

/** Runs a chart's pure plot() and Plot.plot; `document` is linkedom's on the server, the page's in the browser. */
export function renderPlotHtml(
  def: ChartDefinition, rows: Row[], state: ChartState, ctx: RenderContext, doc: Document,
): string {
  return renderPlotNode(def, rows, state, ctx, doc).outerHTML;
}

/** The same, as a node: the browser inserts it directly instead of serialising and re-parsing the SVG. */
export function renderPlotNode(
  def: ChartDefinition, rows: Row[], state: ChartState, ctx: RenderContext, doc: Document,
): Element {
  return drawPlotNode(def, rows, state, ctx, doc, def.plot(rows, state, ctx));
}

/** The same from the chart's plot() options already made (the browser makes them in a task of their own). */
export function drawPlotNode(
  def: ChartDefinition, rows: Row[], state: ChartState, ctx: RenderContext, doc: Document, options: Plot.PlotOptions,
): Element {
  const node = Plot.plot({ width: ctx.width, ...options, className: PLOT_CLASS, document: doc });
  // Plot's rules are in the site's stylesheet once (src/charts/plot-style.ts).
  dropPlotStyles(node as Element);
  placeTexts(node as Element);
  // aria-label gives screen readers the plain-language description.
  asImage(node as Element, describeWithCoverage(def, rows, state, ctx.lang));
  return node as Element;
}

/** What a chart holds, in one sentence (the chart's own, or the default from its rows' years). */
export const coverageOf = (def: ChartDefinition, rows: Row[], state: ChartState, lang: Lang): string =>
  def.coverage ? def.coverage(rows, state, lang) : coverageSentence(rows, lang);

/** The description screen readers hear: the chart's own, then the coverage sentence that is also printed under it. */
export const describeWithCoverage = (def: ChartDefinition, rows: Row[], state: ChartState, lang: Lang): string =>
  sentences([def.describe(rows, state, lang), coverageOf(def, rows, state, lang)], lang);

function cell(row: Row, col: TableColumn, lang: Lang): string {
  const localised = row[`${col.key}_${lang}`];
  const v = localised ?? row[col.key];
  if (v === null || v === undefined || v === '') return '';
  // The figure itself: with its printed decimals and, where the print has one, its qualifier ("more than 80").
  if (col.key === 'value' && typeof v === 'number' && (isQualified(row) || precisionOf(row) !== null)) {
    return qualify(fixed(v, lang, precisionOf(row)), row, lang) + (col.format === 'percent' ? '%' : '');
  }
  switch (col.format) {
    case 'year': return formatYear(Number(v));
    case 'number': return formatNumber(Number(v), lang);
    case 'percent': return formatPercent(Number(v), lang);
    default: return typeof v === 'boolean' ? (v ? '✓' : '') : String(v);
  }
}

/**
 * A cell as HTML: its text, except that a value printed in Chinese ("近70") keeps its print on English pages, marked
 * as Chinese, followed by its reading in English ("nearly 70").
 */
function cellHtml(row: Row, col: TableColumn, lang: Lang): string {
  const text = cell(row, col, lang);
  if (col.key !== 'value_published' || lang === 'zh' || !/[\u3400-\u9fff]/.test(text)) return escapeHtml(text);
  const reading = typeof row.value === 'number' ? ` (${escapeHtml(qualify(fixed(row.value, lang, precisionOf(row)), row, lang))})` : '';
  return `<span lang="zh-CN">${escapeHtml(text)}</span>${reading}`;
}

/** The data-table view: exactly the rows and columns drawn. */
export function renderTableHtml(rows: Row[], columns: TableColumn[], lang: Lang): string {
  if (rows.length === 0) return `<p class="chart-empty">${escapeHtml(t('frame.noRows', lang))}</p>`;
  const head = columns.map((c) => `<th scope="col"${c.format && c.format !== 'text' ? ' class="num"' : ''}>${escapeHtml(c.label[lang])}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td${c.format && c.format !== 'text' ? ' class="num"' : ''}>${cellHtml(r, c, lang)}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** Source ids used by the rows, in first-seen order, with whether any of their rows is secondary. */
export function sourcesUsed(rows: Row[]): { id: string; secondary: boolean }[] {
  const seen = new Map<string, boolean>();
  for (const r of rows) {
    const id = r.source_id;
    if (typeof id !== 'string' || id === '') continue;
    seen.set(id, (seen.get(id) ?? false) || r.is_secondary === true);
  }
  return [...seen].map(([id, secondary]) => ({ id, secondary }));
}

const SOURCES_SHOWN = 3;

/**
 * "Source: 国家卫生健康委员会《…》, 2024-08-29, 二、卫生资源 (read from: 010baizhang.com, mirror)": each original
 * publication once, named first and linking to the Sources page, then the copies it was read from, each linking to
 * the page read. A mirror copy is marked; a figure drawn from a secondary source says so.
 */
export function renderSourceLineHtml(rows: Row[], sources: ReadonlyMap<string, SourceInfo>, lang: Lang, href: SourceHref): string {
  const used = sourcesUsed(rows);
  const secondary = new Map(used.map((u) => [u.id, u.secondary]));
  const known = used.flatMap((u) => (sources.has(u.id) ? [sources.get(u.id)!] : []));
  if (known.length === 0) return '';
  const items = byOriginal(known).map(({ original, copies }) => {
    const readFrom = copies.map((c) => {
      const name = escapeHtml(copyName(c, lang));
      const url = httpUrl(c.url);
      const link = url ? `<a href="${escapeHtml(url)}" rel="noopener nofollow">${name}</a>` : name;
      return `${link}${punct(lang).comma}<span class="copy-kind${c.is_mirror ? ' mirror-mark' : ''}">${escapeHtml(copyKind(c, lang))}</span>`;
    }).join(punct(lang).semicolon);
    const mark = copies.some((c) => secondary.get(c.id)) ? ` <span class="secondary-mark">(${escapeHtml(t('frame.secondary', lang))})</span>` : '';
    const [open, close] = lang === 'zh' ? ['（', '）'] : ['(', ')'];
    const copy = `<span class="read-from">${open}${escapeHtml(t('source.readFromLabel', lang))}${readFrom}${close}</span>`;
    return `<a href="${escapeHtml(href(original.id))}">${escapeHtml(originalCitation(original, lang))}</a>${mark} ${copy}`;
  });
  const label = items.length > 1 ? t('frame.sources', lang) : t('frame.source', lang);
  const sep = punct(lang).semicolon;
  const head = `<span class="source-label">${escapeHtml(label)}${punct(lang).colon}</span>`;
  // A long list folds after the first few so the chart stays readable; every source is still one click away.
  if (items.length <= SOURCES_SHOWN + 1) return head + items.join(sep);
  const more = t('frame.moreSources', lang, { n: items.length - SOURCES_SHOWN });
  return `${head}${items.slice(0, SOURCES_SHOWN).join(sep)}${sep}<details class="more-sources"><summary>${escapeHtml(more)}</summary>${items.slice(SOURCES_SHOWN).join(sep)}</details>`;
}

/** Notes under the chart: the chart's own, then the series-break explanation when a drawn row carries the flag. */
export function renderNotesHtml(def: ChartDefinition, rows: Row[], state: ChartState, lang: Lang): string {
  const notes = chartNotes(def, rows, state, lang);
  return notes.map((n, i) => `<p${i === 0 ? ' class="coverage-note" data-coverage-note' : ''}>${escapeHtml(n)}</p>`).join('');
}

/**
 * Every note under a chart, in order: the one sentence on which years and places it has and lacks (first, so it is
 * never missing), the chart's own notes, then what the marks mean where they appear (qualified figures, series
 * breaks). Screen readers hear the same sentences in the description; here they are visible.
 */
export function chartNotes(def: ChartDefinition, rows: Row[], state: ChartState, lang: Lang): string[] {
  const notes = [coverageOf(def, rows, state, lang)];
  notes.push(...(def.notes ? def.notes(rows, state, lang) : []));
  if (rows.some((r) => r.series_break === true)) notes.push(t('frame.seriesBreakNote', lang));
  if (rows.some(isQualified)) notes.push(t('frame.qualifiedNote', lang));
  return notes.filter(Boolean);
}
