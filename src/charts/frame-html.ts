/**
 * The HTML around a chart, as pure string renderers shared by the site build (ChartFrame.astro) and the browser
 * (client/chart-draw.ts), so a chart redrawn in the browser is the same markup as the pre-rendered one: the plot
 * SVG, the data table, the source line and the notes.
 */
import * as Plot from '@observablehq/plot';
import type { Lang } from '../contract/schema.ts';
import { punct, t } from '../i18n/index.ts';
import { formatNumber, formatPercent, formatYear } from '../lib/format.ts';
import type { ChartDefinition, ChartState, RenderContext, Row, TableColumn } from './definition.ts';
import { PRERENDER_WIDTHS } from './prerender.ts';

export interface SourceInfo { id: string; publisher: string; title: string; url: string | null; kind: string }

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
  const options = def.plot(rows, state, ctx);
  const node = Plot.plot({ width: ctx.width, ...options, document: doc });
  // Plot's own class names are random per call; aria-label gives screen readers the plain-language description.
  // With a legend Plot returns a <figure>: the plot SVG (last) is the image; legend swatch/ramp SVGs are
  // decoration beside their HTML labels. Inside role="img" Plot's per-mark labels ("rule", "line") are
  // presentational, where axe counts an aria-label as prohibited: they go.
  const svgs = node.tagName.toLowerCase() === 'svg' ? [node] : [...node.querySelectorAll('svg')];
  svgs.forEach((svg, i) => {
    if (i < svgs.length - 1) return svg.setAttribute('aria-hidden', 'true');
    for (const el of svg.querySelectorAll('[aria-label], [aria-description]')) {
      el.removeAttribute('aria-label');
      el.removeAttribute('aria-description');
    }
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', def.describe(rows, state, ctx.lang));
  });
  return node as Element;
}

function cell(row: Row, col: TableColumn, lang: Lang): string {
  const localised = row[`${col.key}_${lang}`];
  const v = localised ?? row[col.key];
  if (v === null || v === undefined || v === '') return '';
  switch (col.format) {
    case 'year': return formatYear(Number(v));
    case 'number': return formatNumber(Number(v), lang);
    case 'percent': return formatPercent(Number(v), lang);
    default: return typeof v === 'boolean' ? (v ? '✓' : '') : String(v);
  }
}

/** The data-table view: exactly the rows and columns drawn. */
export function renderTableHtml(rows: Row[], columns: TableColumn[], lang: Lang): string {
  if (rows.length === 0) return `<p class="chart-empty">${escapeHtml(t('frame.noRows', lang))}</p>`;
  const head = columns.map((c) => `<th scope="col"${c.format && c.format !== 'text' ? ' class="num"' : ''}>${escapeHtml(c.label[lang])}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td${c.format && c.format !== 'text' ? ' class="num"' : ''}>${escapeHtml(cell(r, c, lang))}</td>`).join('')}</tr>`)
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

/** "Source: A; B (secondary source)" with each name linking to its entry on the Sources page. */
export function renderSourceLineHtml(rows: Row[], sources: ReadonlyMap<string, SourceInfo>, lang: Lang, href: SourceHref): string {
  const used = sourcesUsed(rows);
  if (used.length === 0) return '';
  const items = used.map(({ id, secondary }) => {
    const s = sources.get(id);
    const name = s ? `${s.publisher ? `${s.publisher}: ` : ''}${s.title}` : id;
    const mark = secondary ? ` <span class="secondary-mark">(${escapeHtml(t('frame.secondary', lang))})</span>` : '';
    return `<a href="${escapeHtml(href(id))}">${escapeHtml(name)}</a>${mark}`;
  });
  const label = used.length > 1 ? t('frame.sources', lang) : t('frame.source', lang);
  const sep = punct(lang).semicolon;
  const head = `<span class="source-label">${escapeHtml(label)}${punct(lang).colon}</span>`;
  // A long list folds after the first few so the chart stays readable; every source is still one click away.
  if (items.length <= SOURCES_SHOWN + 1) return head + items.join(sep);
  const more = t('frame.moreSources', lang, { n: items.length - SOURCES_SHOWN });
  return `${head}${items.slice(0, SOURCES_SHOWN).join(sep)}${sep}<details class="more-sources"><summary>${escapeHtml(more)}</summary>${items.slice(SOURCES_SHOWN).join(sep)}</details>`;
}

/** Notes under the chart: the chart's own, then the series-break explanation when a drawn row carries the flag. */
export function renderNotesHtml(def: ChartDefinition, rows: Row[], state: ChartState, lang: Lang): string {
  const notes = def.notes ? def.notes(rows, state, lang) : [];
  if (rows.some((r) => r.series_break === true)) notes.push(t('frame.seriesBreakNote', lang));
  return notes.map((n) => `<p>${escapeHtml(n)}</p>`).join('');
}
