/**
 * The browser side of a chart section (ChartFrame.astro): its state and everything that follows from it, in one
 * place for pages, embeds, the share toolbar and the scenario explorer. URL ↔ controls ↔ query ↔ redraw: a state
 * comes from the URL or the controls, is written back to both, and is drawn by chart-draw.ts (Plot, the chart
 * definitions and DuckDB-WASM), which loads on first need, never before the pre-rendered charts are on screen.
 */
import type { ChartState, Row } from '../contract/rows.ts';
import type { Lang } from '../contract/schema.ts';
import type { QueryName } from '../queries/index.ts';
import { t } from '../i18n/index.ts';
import { prerenderedFor } from '../charts/prerender.ts';
import { plainText } from '../lib/plain-text.ts';
import { readState, sameState, writeState, type StateSpec } from '../lib/url-state.ts';
import { watchOwnTable } from './own-table/watch.ts';
import { AHEAD_CLASS, PICKING, controlOf, nextStates } from './ahead.ts';
import { loadChart } from '../charts/loader.ts';
import { idle, nextTask } from './tasks.ts';
import { loadLocaleData } from './locale-data.ts';

type Draw = typeof import('./chart-draw.ts');
let draw: Promise<Draw> | null = null;
/**
 * The heavy half once loaded, called directly: awaiting even a loaded module's import() lets a frame be painted
 * between the reader's input and the redraw.
 */
let drawModule: Draw | null = null;
/** The heavy half, loaded once (a failed load is tried again on the next need). */
export function loadDraw(): Promise<Draw> {
  draw ??= import('./chart-draw.ts').then((m) => (drawModule = m));
  draw.catch(() => { draw = null; });
  return draw;
}

/**
 * A chart's drawing code, definition and precomputed answers, fetched side by side ahead of its first change (not one
 * after the other: each is a round trip), then made ready. Once for each chart: resolves when all are on their way.
 */
function prepare(chart: ChartSection): Promise<void> {
  let started = prepared.get(chart);
  if (!started) prepared.set(chart, (started = startLoads(chart)));
  return started;
}
const prepared = new WeakMap<ChartSection, Promise<void>>();
let warmed = false;

async function startLoads(chart: ChartSection): Promise<void> {
  void loadLocaleData();
  // Each load starts in a task of its own: starting one, with its module preloads, takes a while.
  loadChart(chart.id).catch(() => {});
  await nextTask();
  // Answers at low priority; the source list goes with them (source lines are written from it).
  if (chart.queries.length) import('./answers.ts').then((a) => a.prefetch([...chart.queries, 'source_list' satisfies QueryName]), () => {});
  await nextTask();
  loadDraw().then(async (m) => {
    await nextTask(); // not in the task that ran the drawing code's modules
    m.prepareChart(chart);
    // For the first chart prepared on the page, its first control's next view (or, without controls, its view) is
    // drawn while the browser is idle: Plot's code has then run once before the reader waits for it (its first run
    // is several times slower), and the first change may find its drawing made. Other charts draw ahead when the
    // reader reaches for a control.
    if (warmed) return;
    warmed = true;
    const first = chart.el.querySelector<HTMLElement>('[data-chart-controls] [data-key]');
    idle(() => void m.warmPlot().then(() => {
      const states = first ? nextStates(first, chart.state, chart.defaults) : [];
      return m.drawAhead(chart, states.length ? states : [chart.state]);
    }));
  }, () => { prepared.delete(chart); });
}

/** States the reader is likely to ask next, drawn unseen ahead of the change (src/client/ahead.ts). */
export function drawStatesAhead(chart: ChartSection, states: ChartState[]): void {
  if (states.length) loadDraw().then((m) => m.drawAhead(chart, states), () => {});
}

/** The states the reader is likely to ask next with this control (`count` of them), drawn ahead of the change. */
function drawAhead(chart: ChartSection, target: EventTarget | null, count?: number): void {
  const control = controlOf(target);
  if (control) drawStatesAhead(chart, nextStates(control, chart.state, chart.defaults, count));
}

export interface Payload { defaults: ChartState; rows: Row[] }
export type HistoryMode = 'push' | 'replace' | 'none';

/** Fired on the section when its state changes for any reason (controls, URL, code), before it is redrawn. */
export const STATE_EVENT = 'chart:state';

const sections = new WeakMap<HTMLElement, ChartSection>();

/** Text from a link as shown back to the reader: without control or direction-changing characters, and short. */
function shortText(text: string): string {
  const plain = plainText(text);
  return plain.length > 40 ? `${plain.slice(0, 39)}…` : plain;
}

interface DependentOption { value: string; label: string; for?: string }
/** Every option of a select whose options depend on another control (ChartFrame writes them as data-options). */
function dependentOptions(select: HTMLSelectElement): DependentOption[] | null {
  return select.dataset.options ? (JSON.parse(select.dataset.options) as DependentOption[]) : null;
}

export class ChartSection {
  readonly id: string;
  readonly lang: Lang;
  readonly spec: StateSpec;
  readonly payload: Payload;
  /** Path of the chart's page in each language. */
  readonly pages: Record<Lang, string>;
  /** Named queries the controls can ask, whose answers the build computed. */
  readonly queries: readonly string[];
  state: ChartState;
  /** Width the chart is drawn at: measured on first need and again after the window's width changed. */
  private width: number | null = null;
  /** Rows of the view on screen: the page's until the browser draws another state. */
  rows: Row[];
  rowsState: ChartState;

  /** The one ChartSection of a section element. */
  static of(el: HTMLElement): ChartSection {
    let s = sections.get(el);
    if (!s) {
      s = new ChartSection(el);
      sections.set(el, s);
    }
    return s;
  }

  private constructor(readonly el: HTMLElement) {
    this.id = el.dataset.chart!;
    this.lang = (el.dataset.lang ?? 'zh') as Lang;
    this.pages = JSON.parse(el.dataset.pages ?? '{}') as Record<Lang, string>;
    this.queries = JSON.parse(el.dataset.queries ?? '[]') as string[];
    this.payload = JSON.parse(el.querySelector('script[data-chart-payload]')!.textContent!) as Payload;
    this.spec = { id: this.id, defaults: this.payload.defaults, allowed: this.allowedValues(), prefixed: el.dataset.prefixed !== 'false' };
    this.state = this.payload.defaults;
    this.rows = this.payload.rows;
    this.rowsState = this.payload.defaults;
  }

  get defaults(): ChartState { return this.payload.defaults; }
  get figure(): HTMLElement { return this.el.querySelector<HTMLElement>('[data-chart-figure]')!; }
  private get controls(): HTMLElement[] { return [...this.el.querySelectorAll<HTMLElement>('[data-chart-controls] [data-key]')]; }

  /** Values each control offers (a URL asking for anything else falls back to the default). */
  private allowedValues(): Record<string, string[]> {
    const allowed: Record<string, string[]> = {};
    for (const c of this.controls) {
      const key = c.dataset.key!;
      if (c instanceof HTMLSelectElement) allowed[key] = (dependentOptions(c) ?? [...c.options]).map((o) => o.value);
      else if (c instanceof HTMLInputElement && c.type === 'radio') (allowed[key] ??= []).push(c.value);
      else if (c.dataset.allowed) allowed[key] = JSON.parse(c.dataset.allowed) as string[];
    }
    return allowed;
  }

  /** The state the controls show. */
  readControls(): ChartState {
    const state: ChartState = { ...this.state };
    for (const c of this.controls as (HTMLInputElement | HTMLSelectElement)[]) {
      if (c instanceof HTMLInputElement && c.type === 'radio' && !c.checked) continue;
      const key = c.dataset.key!;
      state[key] = typeof this.defaults[key] === 'number' ? Number(c.value) : c.value;
    }
    return state;
  }

  private writeControls(state: ChartState): void {
    for (const c of this.controls as (HTMLInputElement | HTMLSelectElement)[]) {
      const v = String(state[c.dataset.key!]);
      if (c instanceof HTMLInputElement && c.type === 'radio') c.checked = c.value === v;
      else c.value = v;
      if (c instanceof HTMLInputElement && c.type === 'range') {
        const out = c.parentElement?.querySelector('output');
        if (out) out.textContent = v;
      }
    }
  }

  /**
   * The state the current URL asks for. What the chart could not take from it (a value no control offers, a number
   * out of range, a key it does not have) is said once, briefly, next to the controls.
   */
  stateFromUrl(): ChartState {
    const params = new URLSearchParams(window.location.search);
    const state = readState(this.spec, params);
    const ignored = [...params].flatMap(([name, raw]) => {
      const key = this.spec.prefixed ? (name.startsWith(`${this.id}.`) ? name.slice(this.id.length + 1) : null) : name;
      if (key === null || (!this.spec.prefixed && !(key in this.defaults))) return []; // another chart's, or the embed's own
      return key in this.defaults && String(state[key]) === raw ? [] : [`${shortText(key)}=${shortText(raw)}`];
    });
    if (ignored.length) queueMicrotask(() => this.notice(t('frame.notUnderstood', this.lang, { parts: ignored.join(', ') })));
    return state;
  }

  /** A visible note next to the controls (e.g. a part of a link the chart could not use), after any shown already. */
  notice(message: string): void {
    const shown = this.el.querySelector<HTMLElement>('[data-chart-fitted]:not([hidden])')?.textContent;
    this.say(shown ? [shown, message] : [message]);
  }

  /**
   * A state that could not be drawn: the controls and the URL go back to the view on screen (whose table and
   * downloads stay as they are), and the chart says why.
   */
  revert(message: string): void {
    const drawn = this.fit(this.rowsState);
    this.state = drawn;
    this.writeControls(drawn);
    // At once, and without a history entry: a state not yet written into the URL never is.
    this.pendingUrl = { state: drawn, history: 'replace' };
    this.flushUrl();
    this.el.dispatchEvent(new CustomEvent(STATE_EVENT, { bubbles: true, detail: { id: this.id, state: drawn } }));
    this.say([message]);
  }

  /** A state to write into the URL once its drawing is on screen (a push not yet written stays a push). */
  private pendingUrl: { state: ChartState; history: 'push' | 'replace' } | null = null;
  private urlTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Writes the state into the URL once its drawing has been painted (setState), or after URL_WAIT_MS if the drawing
   * waits for something slower: history.pushState makes the browser bring style and layout up to date at once, and
   * updates the page's address, which before the new drawing's frame would delay it.
   */
  private writeUrl(state: ChartState, history: HistoryMode): void {
    if (history === 'none') return;
    const scheduled = this.pendingUrl !== null;
    this.pendingUrl = { state, history: this.pendingUrl?.history === 'push' ? 'push' : history };
    if (!scheduled) this.urlTimer = setTimeout(() => this.flushUrl(), URL_WAIT_MS);
  }

  private flushUrl(): void {
    clearTimeout(this.urlTimer);
    const pending = this.pendingUrl;
    if (!pending) return;
    this.pendingUrl = null;
    const qs = this.params(pending.state, new URLSearchParams(window.location.search)).toString();
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}${window.location.hash}`;
    if (pending.history === 'push') window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  /** URL parameters with this chart's state written into `params` (defaults left out). */
  params(state: ChartState = this.state, params = new URLSearchParams()): URLSearchParams {
    return writeState(this.spec, state, params);
  }

  /** Absolute address of the chart's full view in a language, in this state. */
  permalink(lang: Lang, state: ChartState = this.state): string {
    const spec = { ...this.spec, prefixed: true };
    const qs = writeState(spec, state, new URLSearchParams()).toString();
    return new URL(`${this.pages[lang]}${qs ? `?${qs}` : ''}#${this.id}`, window.location.href).href;
  }

  /**
   * The state moved onto views that hold figures: a control whose options depend on another (a year menu on the
   * indicator) offers only the options for that control's value, and a value it does not offer becomes the nearest
   * one it does. What was asked for and what is shown instead is said next to the controls.
   */
  private fit(state: ChartState, asked: ChartState = state): ChartState {
    const fitted = { ...state };
    const moved: string[] = [];
    for (const select of this.el.querySelectorAll<HTMLSelectElement>('[data-chart-controls] select[data-depends-on]')) {
      const key = select.dataset.key!;
      const on = String(fitted[select.dataset.dependsOn!]);
      const options = (dependentOptions(select) ?? []).filter((o) => o.for === undefined || o.for === on);
      // The menu lists only the options for the value it depends on (each value once).
      if (options.map((o) => o.value).join('|') !== [...select.options].map((o) => o.value).join('|')) {
        select.replaceChildren(...options.map((o) => new Option(o.label, o.value)));
      }
      const offered = options.map((o) => o.value);
      const want = String(fitted[key]);
      if (offered.length === 0 || offered.includes(want)) continue;
      const nearest = typeof this.defaults[key] === 'number'
        ? offered.reduce((a, b) => (Math.abs(Number(b) - Number(want)) < Math.abs(Number(a) - Number(want)) ? b : a))
        : offered[0]!;
      fitted[key] = typeof this.defaults[key] === 'number' ? Number(nearest) : nearest;
      if (String(asked[key]) === want) moved.push(t('frame.fitted', this.lang, { asked: want, shown: nearest }));
    }
    this.say(moved);
    return fitted;
  }

  /** A visible line next to the controls saying which asked-for view had no figures and what is shown instead. */
  private say(messages: string[]): void {
    let p = this.el.querySelector<HTMLElement>('[data-chart-fitted]');
    if (messages.length === 0) { if (p) p.hidden = true; return; }
    if (!p) {
      p = document.createElement('p');
      p.className = 'chart-fitted';
      p.dataset.chartFitted = '';
      p.setAttribute('role', 'status');
      (this.el.querySelector('[data-chart-controls]') ?? this.el.querySelector('.chart-header'))!.after(p);
    }
    p.hidden = false;
    p.textContent = messages.join(' ');
  }

  /** Sets the state: controls, URL (unless 'none'), then the chart. Same state: nothing to do. */
  setState(requested: ChartState, history: HistoryMode = 'push'): Promise<void> {
    // A state from the URL (on load, back and forward): a write still waiting would be out of date.
    if (history === 'none') this.pendingUrl = null;
    const state = this.fit(requested);
    if (sameState(state, this.state)) return Promise.resolve();
    this.state = state;
    this.writeControls(state);
    this.writeUrl(state, history);
    this.el.dispatchEvent(new CustomEvent(STATE_EVENT, { bubbles: true, detail: { id: this.id, state } }));
    // The URL in a task of its own after the drawing's frame and its table.
    return this.redraw('state').finally(() => { if (this.pendingUrl) void nextTask().then(() => this.flushUrl()); });
  }

  /** The drawing width (reading layout on every change would cost time, so it is read once per window width). */
  drawingWidth(): number {
    this.width ??= Math.max(280, Math.round(this.figure.clientWidth || this.el.clientWidth));
    return this.width;
  }

  /** The window's width changed: the next drawing measures again. */
  widthChanged(): void { this.width = null; }

  /** The figure still holds the build's drawings (one per width, the stylesheet showing the one that fits). */
  get showsPrerendered(): boolean {
    return this.figure.querySelector(`:scope > .chart-drawing:not(.${AHEAD_CLASS})`) !== null && !document.documentElement.classList.contains('no-prerender');
  }

  /** Draws the current state (reason 'state') or redraws at the current width ('width'). */
  async redraw(reason: 'state' | 'width'): Promise<void> {
    // The page's own drawing, at about this width, or a drawing already at this width: nothing to load or draw.
    if (reason === 'width') {
      const drawn = this.el.dataset.drawnWidth;
      if (this.showsPrerendered ? sameState(this.state, this.defaults) && prerenderedFor(this.drawingWidth()) !== null : drawn === String(this.drawingWidth())) {
        this.el.dataset.rendered ??= 'page';
        return;
      }
    }
    const m = drawModule ?? (await loadDraw());
    await m.drawChart(this, reason);
  }
}

/** Test and debugging hook: a named query run by the same DuckDB-WASM runner the charts fall back to. */
(window as unknown as { chwdQuery: unknown }).chwdQuery = (name: string, params?: Record<string, string | number>) =>
  loadDraw().then((m) => m.startDuckDB()).then((runner) => runner.query(name as never, params));

/** Longest a changed state waits for its drawing before it is written into the URL anyway. */
const URL_WAIT_MS = 400;

/** How long after loading a page that nobody touches prepares its charts for a change anyway. */
const QUIET_MS = 5000;

/** How long a change of width must have stopped before drawings off screen are skipped again. */
const RESIZE_QUIET_MS = 500;

/**
 * Drawings off screen are skipped by the browser once the page has settled (styles/site.css), each keeping its height.
 * Not from the start: the browser's first look at which are on screen lays out and paints the page a second time
 * during load. Only where there are other drawings to skip: never in an embed, whose one drawing sizes the iframe and
 * must follow the host page's width even while the host has scrolled it away. A skipped drawing holds the height it
 * had at the old width, so a change of width lays every drawing out again and skips them anew once it has stopped.
 */
function skipOffscreen(charts: ChartSection[], settled: Promise<void>): void {
  if (charts.length < 2) return;
  const skip = () => {
    const heights = charts.map((chart) => chart.figure.getBoundingClientRect().height);
    charts.forEach((chart, i) => {
      chart.figure.style.setProperty('--drawn-height', `${heights[i]!}px`);
      chart.figure.classList.add('is-skippable');
    });
  };
  void settled.then(() => {
    idle(skip);
    // Width only: a phone's address bar coming and going changes the height on every scroll.
    let width = window.innerWidth;
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      for (const chart of charts) chart.figure.classList.remove('is-skippable');
      clearTimeout(timer);
      timer = setTimeout(() => idle(skip), RESIZE_QUIET_MS);
    });
  });
}

/** Every chart section on the page: controls, back/forward, the real width once idle, resizes. */
function init(): void {
  const charts = [...document.querySelectorAll<HTMLElement>('section[data-chart]')].map((el) => ChartSection.of(el));
  if (charts.length === 0) return;
  const noPrerender = document.documentElement.classList.contains('no-prerender');

  for (const chart of charts) {
    const state = chart.stateFromUrl();
    // The SVG in the HTML is the default view: a URL asking for another state redraws it as soon as it can.
    if (!sameState(state, chart.defaults) || noPrerender) chart.el.classList.add('is-updating');
    if (!sameState(state, chart.defaults)) void chart.setState(state, 'none');
    else if (noPrerender) void chart.redraw('state');
    const form = chart.el.querySelector<HTMLFormElement>('form[data-chart-controls]');
    if (!form) continue;
    form.addEventListener('submit', (e) => e.preventDefault());
    form.addEventListener('change', (e) => {
      // Once this view is on screen, the next one this control offers is drawn while the browser is idle.
      void chart.setState(chart.readControls(), 'push').then(() => idle(() => drawAhead(chart, e.target)));
    });
    form.addEventListener('input', (e) => {
      const target = e.target as HTMLInputElement;
      const out = target.type === 'range' ? target.parentElement?.querySelector('output') : null;
      if (out) out.textContent = target.value;
    });
    // A reach for a control before the chart came near the screen (a link to a control, keyboard) prepares it now;
    // a reach for a control draws what it will likely show next: the pointer coming onto it, pressing it, focusing it.
    // A menu pressed opens for picking: more of its options are drawn, nearest first, while the reader picks.
    // Not in the input's own task: starting the loads (each with its module preloads) is itself tens of milliseconds.
    const reach = (e: Event) => {
      const count = e.type === 'pointerdown' && e.target instanceof HTMLSelectElement ? PICKING : undefined;
      void nextTask().then(() => prepare(chart)).then(() => drawAhead(chart, e.target, count));
    };
    for (const type of ['pointerover', 'pointerdown', 'focusin']) form.addEventListener(type, reach);
  }

  // The reader's own table, kept in this browser, drawn beside the published figures (never in embeds).
  watchOwnTable(() => { for (const chart of charts) void chart.redraw('state'); });

  window.addEventListener('popstate', () => {
    for (const chart of charts) void chart.setState(chart.stateFromUrl(), 'none');
  });

  // After load, each chart is redrawn at its real width from the rows in the page when it comes into view, one chart
  // per idle slice, so no long task blocks the page; a chart drawn at about its width stays as it is. After a resize
  // the same happens again, chart by chart as each comes into view. DuckDB-WASM is not started: the controls' states
  // are answered from precomputed files.
  const fit = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      fit.unobserve(entry.target);
      const chart = ChartSection.of(entry.target as HTMLElement);
      if (!chart.el.classList.contains('is-updating')) idle(() => void chart.redraw('width'));
    }
  }, { rootMargin: '200px' });
  // A chart with controls within a screen of view gets its drawing code, definition and answers while the browser is
  // idle (answers at low priority), so the reader's first change only draws. Not while the page is still settling:
  // starting the drawing code is one long task, so it waits until the reader does anything on the page (scrolls,
  // moves the pointer, touches, types) or until the page has been quiet for a while after loading.
  const engaged = new Promise<void>((resolve) => {
    const events = ['scroll', 'wheel', 'pointermove', 'pointerdown', 'touchstart', 'keydown', 'focusin'] as const;
    const go = () => {
      for (const e of events) window.removeEventListener(e, go, true);
      resolve();
    };
    for (const e of events) window.addEventListener(e, go, { capture: true, passive: true });
    const later = () => setTimeout(go, QUIET_MS);
    if (document.readyState === 'complete') later();
    else window.addEventListener('load', later, { once: true });
  });
  skipOffscreen(charts, engaged);
  const near = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      near.unobserve(entry.target);
      const chart = ChartSection.of(entry.target as HTMLElement);
      void engaged.then(() => idle(() => void prepare(chart)));
    }
  }, { rootMargin: '100% 0px' });
  const observe = () => {
    for (const chart of charts) {
      fit.observe(chart.el);
      if (chart.el.querySelector('form[data-chart-controls]') || chart.el.closest('[data-scenario]')) near.observe(chart.el);
    }
  };
  if (document.readyState === 'complete') observe();
  else window.addEventListener('load', observe, { once: true });

  let lastWidth = window.innerWidth;
  window.addEventListener('resize', () => {
    if (Math.abs(window.innerWidth - lastWidth) < 40) return;
    lastWidth = window.innerWidth;
    for (const chart of charts) {
      chart.widthChanged();
      fit.observe(chart.el);
    }
  });
}

init();
