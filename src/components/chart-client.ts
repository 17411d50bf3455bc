/**
 * Eager, tiny client for every chart on a page: reads/writes URL state and wires controls. Everything heavy
 * (Plot, chart definitions, DuckDB-WASM) is in chart-live.ts, imported on first interaction or when the browser
 * is idle after load — never before the pre-rendered charts are on screen.
 */
import type { ChartState } from '../charts/types.ts';
import { readState, sameState, writeState, type StateSpec } from '../lib/url-state.ts';

type Live = typeof import('./chart-live.ts');

interface ChartEl { el: HTMLElement; spec: StateSpec; state: ChartState }

let live: Promise<Live> | null = null;
function loadLive(): Promise<Live> {
  live ??= import('./chart-live.ts');
  return live;
}

function specOf(el: HTMLElement): StateSpec {
  const payload = JSON.parse(el.querySelector('script[data-chart-payload]')!.textContent!) as { defaults: ChartState };
  const allowed: Record<string, string[]> = {};
  for (const c of el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
    const key = c.dataset.key!;
    if (c instanceof HTMLSelectElement) allowed[key] = [...c.options].map((o) => o.value);
    else if (c.type === 'radio') (allowed[key] ??= []).push(c.value);
    else if (c.dataset.allowed) allowed[key] = JSON.parse(c.dataset.allowed) as string[];
  }
  return { id: el.dataset.chart!, defaults: payload.defaults, allowed, prefixed: el.dataset.prefixed !== 'false' };
}

/** The state shown by the controls. */
function controlsState(chart: ChartEl): ChartState {
  const state: ChartState = { ...chart.state };
  for (const c of chart.el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
    if (c instanceof HTMLInputElement && c.type === 'radio' && !c.checked) continue;
    const key = c.dataset.key!;
    state[key] = typeof chart.spec.defaults[key] === 'number' ? Number(c.value) : c.value;
  }
  return state;
}

function setControls(chart: ChartEl, state: ChartState): void {
  for (const c of chart.el.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-key]')) {
    const v = String(state[c.dataset.key!]);
    if (c instanceof HTMLInputElement && c.type === 'radio') c.checked = c.value === v;
    else c.value = v;
    if (c instanceof HTMLInputElement && c.type === 'range') {
      const out = c.parentElement?.querySelector('output');
      if (out) out.textContent = v;
    }
  }
}

async function render(chart: ChartEl, reason: 'state' | 'width'): Promise<void> {
  const m = await loadLive();
  await m.renderChart(chart.el, chart.state, reason);
}

function init(): void {
  const charts: ChartEl[] = [...document.querySelectorAll<HTMLElement>('section[data-chart]')].map((el) => {
    const spec = specOf(el);
    return { el, spec, state: spec.defaults };
  });
  if (charts.length === 0) return;
  const noPrerender = document.documentElement.classList.contains('no-prerender');
  const params = new URLSearchParams(window.location.search);

  for (const chart of charts) {
    const state = readState(chart.spec, params);
    chart.state = state;
    setControls(chart, state);
    // The SVG in the HTML is the default view: a URL asking for another state redraws as soon as DuckDB is up.
    if (noPrerender || !sameState(state, chart.spec.defaults)) {
      chart.el.classList.add('is-updating');
      void render(chart, 'state');
    }
    const form = chart.el.querySelector('form[data-chart-controls]');
    form?.addEventListener('change', () => {
      chart.state = controlsState(chart);
      const next = writeState(chart.spec, chart.state, new URLSearchParams(window.location.search));
      const qs = next.toString();
      history.pushState(null, '', `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`);
      void render(chart, 'state');
    });
    form?.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      if (target.type === 'range') {
        const out = target.parentElement?.querySelector('output');
        if (out) out.textContent = target.value;
      }
    });
    // First interaction with a control starts DuckDB so the change itself is fast.
    const warm = () => void loadLive().then((m) => m.startDuckDB());
    form?.addEventListener('pointerdown', warm, { once: true });
    form?.addEventListener('focusin', warm, { once: true });
  }

  window.addEventListener('popstate', () => {
    const p = new URLSearchParams(window.location.search);
    for (const chart of charts) {
      const state = readState(chart.spec, p);
      if (sameState(state, chart.state)) continue;
      chart.state = state;
      setControls(chart, state);
      void render(chart, 'state');
    }
  });

  // When idle after load: draw at the real width (phones) from the rows in the page, then start DuckDB.
  const idle = () => {
    void loadLive().then(async (m) => {
      for (const chart of charts) if (!chart.el.classList.contains('is-updating')) await m.renderChart(chart.el, chart.state, 'width');
      // A static embed shows only its pre-rendered view: no DuckDB-WASM unless the URL asks for another state.
      if (document.documentElement.dataset.embed !== 'static') m.startDuckDB();
    });
  };
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(idle, { timeout: 3000 }) : setTimeout(idle, 500));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });

  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    for (const chart of charts) void render(chart, 'width');
  });
}

init();
