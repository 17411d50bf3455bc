/**
 * The heavy half of a chart section, loaded on first need: gets the rows of a state — from the page when the state's
 * query is the default view's, from the build's precomputed answers for any state the controls reach, and from
 * DuckDB-WASM (the same named query, started only then) for anything else — draws them with the chart's pure plot(),
 * and swaps the SVG, subtitle, notes, source line and table.
 */
import { loadChart } from '../charts/loader.ts';
import { renderNotesHtml, renderPlotNode, renderSourceLineHtml, renderTableHtml, type SourceInfo } from '../charts/frame-html.ts';
import type { QueryParams, Row } from '../contract/rows.ts';
import { prerenderedFor } from '../charts/prerender.ts';
import { t } from '../i18n/index.ts';
import { sourceHref } from '../lib/paths.ts';
import type { QueryName } from '../queries/index.ts';
import { precomputed } from './answers.ts';
import type { ChartSection } from './chart-section.ts';
import { failureReason } from './fetch-retry.ts';
import type { QueryRunner } from '../queries/runner.ts';
import { effectiveTheme } from './theme.ts';
import { withOwnRows } from './own-table/chart-layer.ts';

let duckdb: Promise<QueryRunner> | null = null;

/**
 * DuckDB-WASM, started (idempotently) only when a question needs it — its code is not even fetched before; marks
 * <html data-duckdb="ready"> when done.
 */
export function startDuckDB(): Promise<QueryRunner> {
  duckdb ??= import('./duckdb.ts').then(async (m) => {
    const runner = m.createBrowserRunner();
    await runner.query('source_list');
    performance.mark('duckdb-ready');
    document.documentElement.dataset.duckdb = 'ready';
    return runner;
  });
  duckdb.catch(() => { duckdb = null; });
  return duckdb;
}

let sources: Promise<Map<string, SourceInfo>> | null = null;
/** Every source, for source lines: precomputed for every page (src/site/answers.ts). */
function sourceList(): Promise<Map<string, SourceInfo>> {
  sources ??= queryRows('source_list', {}, ['source_list']).then((rows) => new Map(rows.map((r) => [String(r.id), r as unknown as SourceInfo])));
  return sources;
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

/** DuckDB-WASM's answer, for states the build did not compute. */
async function askDuckDB(name: QueryName, params: QueryParams): Promise<Row[]> {
  return (await startDuckDB()).query(name, params);
}

/**
 * Rows by query and parameters: the precomputed answer, else DuckDB's. The data cannot change while the page is open,
 * so a view the reader has already seen (e.g. toggling back) is redrawn without asking again.
 */
const results = new Map<string, Promise<Row[]>>();
function queryRows(name: QueryName, params: QueryParams, known: readonly string[]): Promise<Row[]> {
  const key = JSON.stringify([name, params]);
  let p = results.get(key);
  if (!p) {
    p = precomputed(name, params, known).then((rows) => rows ?? askDuckDB(name, params));
    results.set(key, p);
    p.catch(() => results.delete(key));
  }
  return p;
}

/** Newest request per chart wins: an older query finishing late never overwrites a newer view. */
const generation = new WeakMap<HTMLElement, number>();
/** Charts with a state change not yet drawn: a redraw that supersedes it (e.g. at a new width) reports it as drawn. */
const stateChanged = new WeakSet<HTMLElement>();

export async function drawChart(section: ChartSection, reason: 'state' | 'width'): Promise<void> {
  const { el, lang, figure } = section;
  const def = await loadChart(section.id);
  const state = section.state;
  const status = el.querySelector<HTMLElement>('[data-chart-status]')!;
  const gen = (generation.get(el) ?? 0) + 1;
  generation.set(el, gen);
  if (reason === 'state') stateChanged.add(el);
  const t0 = performance.now();
  const query = def.query(state);
  const defaultQuery = def.query(section.defaults);
  // A state whose query is the default view's (e.g. the scenario chart, whose state only changes the drawing)
  // is drawn from the rows in the page, as is the default view itself.
  const fromPage = JSON.stringify(query) === JSON.stringify(defaultQuery) && !document.documentElement.classList.contains('no-prerender');
  const width = widthOf(el, figure, reason === 'width');
  if (reason === 'width' && fromPage && !el.dataset.rendered && prerenderedFor(width) !== null) {
    el.dataset.rendered = 'page'; // a pre-rendered drawing fits: it stays
    return;
  }

  try {
    let rows: Row[];
    if (fromPage) {
      rows = section.payload.rows;
    } else {
      el.classList.add('is-updating');
      figure.setAttribute('aria-busy', 'true');
      status.textContent = t('frame.updating', lang);
      rows = await queryRows(query.name, query.params, section.queries);
    }
    if (generation.get(el) !== gen) return;
    // the reader's own table beside the published rows, where it matches this chart (drawing and notes only)
    const layered = await withOwnRows(def, state);
    if (generation.get(el) !== gen) return;
    const tQuery = performance.now();
    figure.replaceChildren(renderPlotNode(layered, rows, state, { lang, width, theme: effectiveTheme() }, document));
    const tDraw = performance.now();
    el.querySelector('[data-chart-subtitle]')!.textContent = def.subtitle(state, lang);
    el.querySelector('[data-chart-table]')!.innerHTML = renderTableHtml(rows, def.table(state), lang);
    el.querySelector('[data-chart-notes]')!.innerHTML = renderNotesHtml(layered, rows, state, lang);
    if (!fromPage) el.querySelector('[data-chart-source]')!.innerHTML = renderSourceLineHtml(rows, await sourceList(), lang, (id) => sourceHref(id, lang));
    status.textContent = '';
    section.rows = rows;
    section.rowsState = state;
    el.dataset.rendered = fromPage ? 'page' : 'live';
    el.dataset.state = JSON.stringify(state);
    const drawn = stateChanged.has(el) ? 'state' : reason;
    stateChanged.delete(el);
    el.dispatchEvent(new CustomEvent('chart:rendered', { bubbles: true, detail: {
      id: def.id, state, rows, reason: drawn,
      // Total from the request to the redrawn chart, and its parts (query incl. waiting for DuckDB; Plot + insert).
      ms: performance.now() - t0, queryMs: tQuery - t0, drawMs: tDraw - tQuery,
    } }));
  } catch (err) {
    status.textContent = '';
    // The drawing on screen stays, with its table and downloads; the controls and the URL go back to it, and the
    // chart says why. Only the newest request speaks: an older one failing late changes nothing.
    if (generation.get(el) === gen) {
      stateChanged.delete(el);
      const reason = failureReason(err);
      section.revert(t('frame.updateFailed', lang, { reason: t(reason ? `frame.failed.${reason}` : 'frame.failed.query', lang) }));
    }
    // For developers: the page itself goes on working.
    console.warn(err);
  } finally {
    if (generation.get(el) === gen) {
      el.classList.remove('is-updating');
      figure.removeAttribute('aria-busy');
    }
  }
}
