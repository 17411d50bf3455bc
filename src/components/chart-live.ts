/**
 * The browser half of the chart frame, loaded lazily: runs a chart's named query in DuckDB-WASM, draws it with the
 * same pure plot() as the build, and swaps SVG, subtitle, notes, source line and table.
 */
import type { ChartState, Row } from '../charts/types.ts';
import type { Lang } from '../lib/schema.ts';
import { CHART_BY_ID } from '../charts/registry.ts';
import { createBrowserRunner } from '../lib/duckdb-browser.ts';
import type { QueryName } from '../lib/queries.ts';
import type { QueryParams } from '../lib/query-runner.ts';
import { t } from '../lib/i18n.ts';
import { sameState } from '../lib/url-state.ts';
import {
  PRERENDER_WIDTH, renderNotesHtml, renderPlotNode, renderSourceLineHtml, renderTableHtml, type SourceInfo,
} from './chart-render.ts';

const runner = createBrowserRunner();
let ready: Promise<void> | null = null;
let sources: Promise<Map<string, SourceInfo>> | null = null;

/** Starts DuckDB-WASM (idempotent); marks <html data-duckdb="ready"> and a performance mark when done. */
export function startDuckDB(): Promise<void> {
  ready ??= (async () => {
    sources = runner.query('source_list').then((rows) => new Map(rows.map((r) => [String(r.id), r as unknown as SourceInfo])));
    await sources;
    performance.mark('duckdb-ready');
    document.documentElement.dataset.duckdb = 'ready';
  })();
  return ready;
}

/** Test and debugging hook: the same runner the charts use. */
(window as unknown as { chwdQuery: (n: QueryName, p?: QueryParams) => Promise<Row[]> }).chwdQuery = (name, params) =>
  startDuckDB().then(() => runner.query(name, params));

const payloads = new WeakMap<HTMLElement, { defaults: ChartState; rows: Row[] }>();
function payloadOf(el: HTMLElement): { defaults: ChartState; rows: Row[] } {
  let p = payloads.get(el);
  if (!p) {
    p = JSON.parse(el.querySelector('script[data-chart-payload]')!.textContent!) as { defaults: ChartState; rows: Row[] };
    payloads.set(el, p);
  }
  return p;
}

/** Drawing width per chart, measured once and again only on resize (reading layout on every change costs time). */
const widths = new WeakMap<HTMLElement, number>();
function widthOf(el: HTMLElement, figure: HTMLElement, remeasure: boolean): number {
  let w = widths.get(el);
  if (w === undefined || remeasure) {
    w = Math.max(280, Math.round(figure.clientWidth || el.clientWidth));
    widths.set(el, w);
  }
  return w;
}

function themeOf(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'dark' || set === 'light') return set;
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Query results by query and parameters. The data cannot change while the page is open, so a view the reader has
 * already seen (e.g. toggling back) is redrawn without asking DuckDB again.
 */
const results = new Map<string, Promise<Row[]>>();
function cachedQuery(name: QueryName, params: QueryParams): Promise<Row[]> {
  const key = JSON.stringify([name, params]);
  let p = results.get(key);
  if (!p) {
    p = runner.query(name, params);
    results.set(key, p);
    p.catch(() => results.delete(key));
  }
  return p;
}

/** Newest request per chart wins: an older query finishing late never overwrites a newer view. */
const generation = new WeakMap<HTMLElement, number>();

export async function renderChart(el: HTMLElement, state: ChartState, reason: 'state' | 'width'): Promise<void> {
  const def = CHART_BY_ID.get(el.dataset.chart!);
  if (!def) return;
  const lang = (el.dataset.lang ?? 'zh') as Lang;
  const figure = el.querySelector<HTMLElement>('[data-chart-figure]')!;
  const status = el.querySelector<HTMLElement>('[data-chart-status]')!;
  const gen = (generation.get(el) ?? 0) + 1;
  generation.set(el, gen);
  const t0 = performance.now();
  const payload = payloadOf(el);
  const fromPage = sameState(state, payload.defaults) && !document.documentElement.classList.contains('no-prerender');
  const width = widthOf(el, figure, reason === 'width');
  if (reason === 'width' && fromPage && Math.abs(width - PRERENDER_WIDTH) < 24 && !el.dataset.rendered) return;

  try {
    let rows: Row[];
    if (fromPage) {
      rows = payload.rows;
    } else {
      el.classList.add('is-updating');
      figure.setAttribute('aria-busy', 'true');
      status.textContent = t('updating', lang);
      await startDuckDB();
      const { name, params } = def.query(state);
      rows = await cachedQuery(name, params);
    }
    if (generation.get(el) !== gen) return;
    const tQuery = performance.now();
    figure.replaceChildren(renderPlotNode(def, rows, state, { lang, width, theme: themeOf() }, document));
    const tDraw = performance.now();
    el.querySelector('[data-chart-subtitle]')!.textContent = def.subtitle(state, lang);
    el.querySelector('[data-chart-table]')!.innerHTML = renderTableHtml(rows, def.table(state), lang);
    el.querySelector('[data-chart-notes]')!.innerHTML = renderNotesHtml(def, rows, state, lang);
    if (!fromPage) el.querySelector('[data-chart-source]')!.innerHTML = renderSourceLineHtml(rows, await sources!, lang);
    status.textContent = '';
    el.dataset.rendered = fromPage ? 'page' : 'live';
    el.dataset.state = JSON.stringify(state);
    el.dispatchEvent(new CustomEvent('chart:rendered', { bubbles: true, detail: {
      id: def.id, state, rows, reason,
      // Total from the request to the redrawn chart, and its parts (query incl. waiting for DuckDB; Plot + insert).
      ms: performance.now() - t0, queryMs: tQuery - t0, drawMs: tDraw - tQuery,
    } }));
  } catch (err) {
    status.textContent = t('queryError', lang);
    // Surface the failure for tests and developers; the pre-rendered chart stays in place.
    console.error(err);
  } finally {
    if (generation.get(el) === gen) {
      el.classList.remove('is-updating');
      figure.removeAttribute('aria-busy');
    }
  }
}
