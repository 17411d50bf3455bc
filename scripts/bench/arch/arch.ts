/**
 * Bench-only page (never published): the charts of one site page drawn only in the browser, for the architecture
 * comparison in scripts/bench.ts. `?mode=framework&page=<key>`: a small data file with each chart's rows, drawn
 * with Plot (the Observable Framework pattern). `?mode=duckdb&page=<key>`: DuckDB-WASM started on load, each chart's
 * named query run in it, then drawn (the Evidence pattern). Same chart definitions and Plot code as the site.
 */
import { loadChart } from '../../../src/charts/loader.ts';
import { renderPlotNode } from '../../../src/charts/frame-html.ts';
import type { ChartState, Row } from '../../../src/contract/rows.ts';
import type { Lang } from '../../../src/contract/schema.ts';

interface ChartSpec { id: string; lang: Lang; defaults: ChartState; rows?: Row[] }

const params = new URLSearchParams(location.search);
const mode = params.get('mode');
const key = params.get('page')!;
const main = document.querySelector<HTMLElement>('[data-charts]')!;

async function rowsOf(spec: ChartSpec, query: () => Promise<Row[]>): Promise<Row[]> {
  return spec.rows ?? query();
}

async function run(): Promise<void> {
  const file = mode === 'framework' ? `data/${key}.json` : `data/${key}.spec.json`;
  const charts = (await (await fetch(new URL(file, location.href))).json()) as ChartSpec[];
  const runner = mode === 'duckdb' ? (await import('../../../src/client/duckdb.ts')).createBrowserRunner() : null;
  for (const spec of charts) {
    const section = document.createElement('section');
    section.dataset.chart = spec.id;
    const figure = document.createElement('div');
    figure.dataset.chartFigure = '';
    section.append(figure);
    main.append(section);
    const def = await loadChart(spec.id);
    const q = def.query(spec.defaults);
    const rows = await rowsOf(spec, () => runner!.query(q.name, q.params));
    const width = Math.max(280, Math.round(figure.clientWidth));
    figure.replaceChildren(renderPlotNode(def, rows, spec.defaults, { lang: spec.lang, width, theme: 'light' }, document));
    section.dataset.rendered = 'live';
  }
  document.documentElement.dataset.drawn = 'all';
}

run().catch((err: unknown) => { console.error(err); document.documentElement.dataset.drawn = 'error'; });
