/**
 * The heavy half of a chart section, loaded on first need: gets the rows of a state — from the page when the state's
 * query is the default view's, from the build's precomputed answers for any state the controls reach, and from
 * DuckDB-WASM (the same named query, started only then) for anything else — draws them with the chart's pure plot(),
 * and swaps the SVG, subtitle, notes, source line and table.
 */
import * as Plot from '@observablehq/plot';
import { loadChart, loadedChart } from '../charts/loader.ts';
import { drawPlotNode, escapeHtml, renderNotesHtml, renderSourceLineHtml, renderTableHtml, type SourceInfo } from '../charts/frame-html.ts';
import type { ChartState, QueryParams, Row } from '../contract/rows.ts';
import type { ChartDefinition, RenderContext } from '../charts/definition.ts';
import type { Lang } from '../contract/schema.ts';
import { t } from '../i18n/index.ts';
import { sourceHref } from '../lib/paths.ts';
import type { QueryName } from '../queries/index.ts';
import { precomputed } from './answers.ts';
import { boxed, discard, hasAhead, keepAhead, layOut, showDrawing, stageAhead, takeAhead, type AheadView } from './ahead.ts';
import type { ChartSection } from './chart-section.ts';
import { afterPaint, backgroundTask, idle, nextTask } from './tasks.ts';
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

/**
 * A chart made ready for its first change, ahead of need, once its definition and answers are on their way
 * (chart-section.ts): the source list its source line is written from, decoded.
 */
export function prepareChart(section: ChartSection): void {
  if (section.queries.length) sourceList().catch(() => {});
}

/** Two small drawings with the marks and scales the charts use most (bars on bands, lines and dots in time, text, rules). */
const WARM_ROWS = [{ k: 'a', v: 1, t: 2000 }, { k: 'b', v: 2, t: 2001 }];
const WARM_PLOTS: Plot.PlotOptions[] = [
  { marks: [Plot.barX(WARM_ROWS, { x: 'v', y: 'k' }), Plot.text(WARM_ROWS, { x: 'v', y: 'k', text: 'k' }), Plot.ruleX([0])] },
  { marks: [Plot.line(WARM_ROWS, { x: 't', y: 'v' }), Plot.dot(WARM_ROWS, { x: 't', y: 'v', title: 'k' }), Plot.ruleY([0])] },
];

/**
 * Plot's first run compiles much of its code and is several times slower than later ones: small drawings, each in a
 * task of its own and never shown, take that cost in pieces before the first chart is drawn.
 */
export async function warmPlot(): Promise<void> {
  for (const options of WARM_PLOTS) {
    await nextTask();
    Plot.plot({ ...options, width: 200, height: 100, document });
  }
}

/**
 * Whether a state is drawn from the rows in the page: its query is the default view's (e.g. the scenario chart, whose
 * state only changes the drawing), as for the default view itself.
 */
function answeredByPage(section: ChartSection, def: ChartDefinition, state: ChartState): boolean {
  return JSON.stringify(def.query(state)) === JSON.stringify(def.query(section.defaults))
    && !document.documentElement.classList.contains('no-prerender');
}

/**
 * The HTML of the words shown with a view: its subtitle, its notes (of the chart as drawn, with the reader's own
 * table where it is layered on) and its source line (null: the page's own, for the page's rows).
 */
function viewWords(def: ChartDefinition, drawn: ChartDefinition, rows: Row[], state: ChartState, lang: Lang, sources: Map<string, SourceInfo> | null): Omit<AheadView, 'drawing'> {
  return {
    subtitle: escapeHtml(def.subtitle(state, lang)),
    notes: renderNotesHtml(drawn, rows, state, lang),
    source: sources ? renderSourceLineHtml(rows, sources, lang, (id) => sourceHref(id, lang)) : null,
  };
}

/**
 * Makes, each in a task of its own, the views the reader is likely to ask next (src/client/ahead.ts): the drawing,
 * staged unseen in the chart's figure, and its words. Only states answered without DuckDB-WASM, and not when the
 * reader's own table is drawn on the chart. Its parts are background work: whatever the reader waits for runs first,
 * and a view is given up once the reader changes the chart to another state; once the reader asks for this very view,
 * its remaining parts are the change's own.
 */
export async function drawAhead(section: ChartSection, states: ChartState[]): Promise<void> {
  const def = loadedChart(section.id) ?? (await loadChart(section.id));
  const from = section.state;
  const context = (): RenderContext => ({ lang: section.lang, width: section.drawingWidth(), theme: effectiveTheme() });
  let drawn = 0;
  for (const state of states) {
    // The likeliest at once, each other one when the browser is idle (one already drawn is not waited for).
    if (drawn > 0 && !hasAhead(section.el, state, context())) await new Promise<void>((resolve) => idle(resolve));
    const ctx = context();
    if (section.state !== from) return;
    if (hasAhead(section.el, state, ctx)) continue;
    drawn++;
    const asked = () => JSON.stringify(section.state) === JSON.stringify(state);
    /** The next part's task; false when the view is no longer wanted. */
    const next = async (): Promise<boolean> => {
      await (asked() ? nextTask() : backgroundTask());
      return section.state === from || asked();
    };
    const view = (async (): Promise<AheadView | null> => {
      let rows: Row[] | null;
      let sources: Map<string, SourceInfo> | null = null;
      if (answeredByPage(section, def, state)) rows = section.payload.rows;
      else {
        const query = def.query(state);
        [rows, sources] = await Promise.all([precomputed(query.name, query.params, section.queries), sourceList()]);
      }
      if (!rows || (await withOwnRows(def, state)) !== def) return null;
      // The marks, Plot's drawing, its layout and its words, each a task of its own.
      if (!(await next())) return null;
      const options = def.plot(rows, state, ctx);
      if (!(await next())) return null;
      const drawing = boxed(drawPlotNode(def, rows, state, ctx, document, options));
      if (!(await next())) return null;
      stageAhead(section.figure, drawing);
      performance.mark(`chart-ahead:${section.id}`); // for tests and the benchmark
      await next();
      return { drawing, ...viewWords(def, def, rows, state, ctx.lang, sources) };
    })().catch(() => null);
    keepAhead(section.el, state, ctx, view);
    await view;
  }
}

/** How long an answer may take before the chart says it is updating (a precomputed answer takes less: no flicker). */
const BUSY_AFTER_MS = 100;

/**
 * The chart no longer says it is updating. Only when it did: removing a class the element does not have still
 * rewrites its class attribute, which made Chromium bring style and layout up to date at once (a second layout in
 * the task that puts the new drawing on screen).
 */
function notUpdating(el: HTMLElement, figure: HTMLElement): void {
  if (el.classList.contains('is-updating')) el.classList.remove('is-updating');
  figure.removeAttribute('aria-busy');
}

/**
 * HTML last written into an element here: the same again is not written (no new layout or paint). The first time,
 * what the page holds is compared as the browser reads both (the words of most views are the page's own).
 */
const written = new WeakMap<Element, string>();
function setHtml(target: Element, html: string): void {
  if (written.get(target) === html) return;
  if (!written.has(target) && sameHtml(target, html)) { written.set(target, html); return; }
  target.innerHTML = html;
  written.set(target, html);
}
function sameHtml(target: Element, html: string): boolean {
  const parsed = document.createElement('template');
  parsed.innerHTML = html;
  return parsed.innerHTML === target.innerHTML;
}

/** The view on screen in each chart, with its state and drawing context. */
const shown = new WeakMap<HTMLElement, { state: ChartState; ctx: RenderContext; view: AheadView }>();
/** Views drawn with the reader's own table: not kept for later (the table may change). */
const withOwnTable = new WeakSet<AheadView>();

/** Each chart's source line as the page wrote it, for the page's rows. */
const pageSourceLine = new WeakMap<Element, string>();

/** Newest request per chart wins: an older query finishing late never overwrites a newer view. */
const generation = new WeakMap<HTMLElement, number>();
/** Charts with a state change not yet drawn: a redraw that supersedes it (e.g. at a new width) reports it as drawn. */
const stateChanged = new WeakSet<HTMLElement>();

/**
 * Draws the section's state in parts, each its own task: the rows; the chart's marks; Plot's drawing, put on screen
 * with the subtitle, notes and source line; then, after that frame, the data table (in its closed details) and the
 * `chart:rendered` event.
 */
export async function drawChart(section: ChartSection, reason: 'state' | 'width'): Promise<void> {
  const { el, lang, figure } = section;
  const def = loadedChart(section.id) ?? (await loadChart(section.id));
  const state = section.state;
  const status = el.querySelector<HTMLElement>('[data-chart-status]')!;
  const gen = (generation.get(el) ?? 0) + 1;
  generation.set(el, gen);
  const current = () => generation.get(el) === gen;
  if (reason === 'state') stateChanged.add(el);
  const t0 = performance.now();
  const query = def.query(state);
  const fromPage = answeredByPage(section, def, state);
  const width = section.drawingWidth();
  let busy: ReturnType<typeof setTimeout> | undefined;

  try {
    let rows: Row[];
    let sources: Map<string, SourceInfo> | null = null;
    if (fromPage) {
      rows = section.payload.rows;
    } else {
      // Updating is said (and shown) only when the answer is not at hand at once, e.g. while DuckDB-WASM starts.
      busy = setTimeout(() => {
        if (!current()) return;
        el.classList.add('is-updating');
        figure.setAttribute('aria-busy', 'true');
        status.textContent = t('frame.updating', lang);
      }, BUSY_AFTER_MS);
      [rows, sources] = await Promise.all([queryRows(query.name, query.params, section.queries), sourceList()]);
    }
    if (!current()) return;
    // the reader's own table beside the published rows, where it matches this chart (drawing and notes only)
    const layered = await withOwnRows(def, state);
    if (!current()) return;
    const tQuery = performance.now();
    const ctx = { lang, width, theme: effectiveTheme() };
    // A view made ahead (the reader reached for the control before changing it) goes on screen at once.
    const taken = layered === def ? takeAhead(el, state, ctx) : null;
    const ahead = await taken;
    if (!current()) {
      discard(taken);
      return;
    }
    let view: AheadView;
    if (ahead) {
      performance.mark(`chart-ahead-used:${section.id}`);
      view = ahead;
    } else {
      const options = layered.plot(rows, state, ctx);
      await nextTask();
      if (!current()) return;
      view = { drawing: boxed(drawPlotNode(layered, rows, state, ctx, document, options)), ...viewWords(def, layered, rows, state, lang, sources) };
      // Styled and laid out in a task of its own, so that the frame showing it has less to do.
      await nextTask();
      if (!current()) return;
      layOut(figure, view.drawing);
    }
    // The view on screen steps aside, staged for a change back to it (no drawing leaves the page on the change).
    const before = shown.get(el);
    if (before && !withOwnTable.has(before.view) && before.view.drawing.parentNode === figure) {
      stageAhead(figure, before.view.drawing);
      keepAhead(el, before.state, before.ctx, Promise.resolve(before.view));
    }
    shown.set(el, { state, ctx, view });
    if (layered !== def) withOwnTable.add(view);
    showDrawing(figure, view.drawing);
    setHtml(el.querySelector('[data-chart-subtitle]')!, view.subtitle);
    setHtml(el.querySelector('[data-chart-notes]')!, view.notes);
    // The page's rows have the page's source line (kept from before the first redraw that changed it).
    const sourceLine = el.querySelector('[data-chart-source]')!;
    if (!pageSourceLine.has(el)) pageSourceLine.set(el, sourceLine.innerHTML);
    setHtml(sourceLine, view.source ?? pageSourceLine.get(el)!);
    clearTimeout(busy);
    if (status.textContent) status.textContent = '';
    notUpdating(el, figure);
    section.rows = rows;
    section.rowsState = state;
    el.dataset.drawnWidth = String(width);
    const tDraw = performance.now();
    // The table is read after the chart: it waits for the frame that shows the new drawing.
    const painted = await afterPaint();
    if (section.rowsState !== state) return; // a newer drawing is on screen, with its own table
    setHtml(el.querySelector('[data-chart-table]')!, renderTableHtml(rows, def.table(state), lang));
    el.dataset.rendered = fromPage ? 'page' : 'live';
    el.dataset.state = JSON.stringify(state);
    if (!current()) return;
    const drawn = stateChanged.has(el) ? 'state' : reason;
    stateChanged.delete(el);
    el.dispatchEvent(new CustomEvent('chart:rendered', { bubbles: true, detail: {
      id: def.id, state, rows, reason: drawn,
      // Total from the request to the redrawn chart, and its parts (rows incl. waiting for DuckDB; marks, Plot and
      // putting the drawing, notes and source line on screen; the frame that shows them; the table). `paintedAt`:
      // when the frame with the new drawing had been painted (performance.now()).
      ms: performance.now() - t0, queryMs: tQuery - t0, drawMs: tDraw - tQuery, paintMs: painted - tDraw, paintedAt: painted,
    } }));
  } catch (err) {
    // The drawing on screen stays, with its table and downloads; the controls and the URL go back to it, and the
    // chart says why. Only the newest request speaks: an older one failing late changes nothing.
    if (current()) {
      status.textContent = '';
      stateChanged.delete(el);
      const reason = failureReason(err);
      section.revert(t('frame.updateFailed', lang, { reason: t(reason ? `frame.failed.${reason}` : 'frame.failed.query', lang) }));
    }
    // For developers: the page itself goes on working.
    console.warn(err);
  } finally {
    clearTimeout(busy);
    if (current()) notUpdating(el, figure);
  }
}
